"""The facts §2B2.1 and §2B2.2 read (the case file's ``[offense.burglary]`` and
``[offense.burglary_other_structure]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class OtherStructureBurglaryFacts(Strict):
    """§2B2.2 (Burglary of Other Structures), Nov. 1, 1987 - Oct. 31, 1993; the
    characteristics §2B2.1 shares."""

    loss: Money = Field(
        description="(b)(2): the loss, in dollars (\"$3,000\"; \"$0\" where nothing was taken, "
        "damaged or destroyed): until June 15, 1988 (Amendments 12 and 13) \"the value of the "
        "property taken or destroyed\"; from Nov. 1, 2001 comment. (n.2) \"the value of the "
        "property taken, damaged, or destroyed\". Read by §2B2.1's loss table of the same date "
        "(tables/burglary_loss_table.toml).")
    more_than_minimal_planning: bool = Field(
        False, description="(b)(1): the offense involved more than minimal planning (+2).")
    firearm_destructive_device_or_controlled_substance: bool = Field(
        False, description="(b)(3): a firearm, destructive device, or controlled substance "
        "was taken, or its taking was an object of the offense (+1). Until Nov. 1, 1990 "
        "(Amendment 315) the paragraph read \"If obtaining a firearm, destructive device, or "
        "controlled substance was an object of the offense\", and comment. (n.2) presumed "
        "that object \"if such an item was in fact taken\".")
    dangerous_weapon_possessed: bool = Field(
        False, description="(b)(4): a dangerous weapon (including a firearm) was possessed "
        "(until Nov. 1, 1989, Amendments 106 and 107: \"a firearm or other dangerous weapon\") "
        "(+2); not a weapon stolen during the course of the offense (comment. (n.3)).")


class BurglaryFacts(OtherStructureBurglaryFacts):
    """§2B2.1 (Burglary of a Residence or a Structure Other than a Residence; until Nov. 1,
    1993 Burglary of a Residence)."""

    residence: bool = Field(
        description="(a): the burglary was of a residence (from Nov. 1, 1993: (a)(1) 17; "
        "false: a structure other than a residence, (a)(2) 12). Until Oct. 31, 1993 §2B2.1 is "
        "the burglary of a residence alone, level 17: false is an error there (the burglary "
        "of other structures is §2B2.2, guideline = \"2B2.2\").")
