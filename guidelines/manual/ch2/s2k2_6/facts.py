"""The case file's ``[offense.body_armor_felon]``: the fact §2K2.6 reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class BodyArmorFacts(Strict):
    """§2K2.6 (Possessing, Purchasing, or Owning Body Armor by Violent Felons)."""

    used_in_connection_with_another_felony: bool = Field(
        False, description="§2K2.6(b)(1): used the body armor (actively employed to protect "
        "from gunfire, or as a means of bartering; comment. (n.1(C)): not merely possessed) "
        "in connection with another felony offense.")
