"""The facts §2B1.2 reads (the case file's ``[offense.stolen_property]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class StolenPropertyFacts(Strict):
    """§2B1.2 (Receiving, Transporting, Transferring, Transmitting, or Possessing Stolen
    Property), Nov. 1, 1987 - Oct. 31, 1993."""

    value: Money = Field(
        description="(b)(1): the value of the stolen property, in dollars (\"$3,500\"): over "
        "$100, the levels of the §2B1.1 loss table in force on the same date.")
    firearm_destructive_device_or_controlled_substance: bool = Field(
        False, description="(b)(2) (1987: (b)(3)): the property included a firearm, "
        "destructive device, or controlled substance (+1, and at least level 7).")
    in_business_of_receiving_and_selling_stolen_property: bool = Field(
        False, description="(b)(4)(A) (1987 (b)(2)(A), 1988-1990 (b)(3)(A)): committed by a "
        "person in the business of receiving and selling stolen property (until Nov. 1, "
        "1989 \"selling\" alone, Amendment 102): +4; with more_than_minimal_planning the "
        "greater.")
    more_than_minimal_planning: bool = Field(
        False, description="(b)(4)(B) (1987 (b)(2)(B), 1988-1990 (b)(3)(B)): the offense "
        "involved more than minimal planning (+2).")
    undelivered_mail: bool = Field(
        False, description="(b)(3) (Nov. 1, 1989 - Oct. 31, 1990 (b)(4), Amendment 103): the "
        "property included undelivered United States mail (at least level 6); an error "
        "before Nov. 1, 1989.")
    organized_criminal_activity: bool = Field(
        False, description="(b)(4), Nov. 1, 1987 - Oct. 31, 1989: the offense involved "
        "\"organized criminal activity\" (at least level 14); Amendment 104 replaced it with "
        "organized_scheme_vehicles.")
    organized_scheme_vehicles: bool = Field(
        False, description="(b)(5), from Nov. 1, 1989 (Amendment 104): an organized scheme to "
        "receive stolen vehicles or vehicle parts (at least level 14).")
