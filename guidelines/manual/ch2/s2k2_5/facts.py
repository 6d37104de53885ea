"""The case file's ``[offense.federal_facility]``: the facts §2K2.5 reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2k2_1.facts import OtherOffense


class FederalFacilityFacts(Strict):
    """§2K2.5 (Possession of Firearm or Dangerous Weapon in Federal Facility; Possession or
    Discharge of Firearm in School Zone)."""

    federal_court_facility: bool = Field(
        False, description="§2K2.5(b)(1)(A): unlawfully possessed or caused any firearm or "
        "dangerous weapon to be present in a federal court facility (comment. (n.2)).")
    school_zone: bool = Field(
        False, description="§2K2.5(b)(1)(B): unlawfully possessed or caused any firearm to be "
        "present in a school zone (18 U.S.C. § 922(q)).")
    other_offense: OtherOffense | None = Field(
        None, description="§2K2.5(c)(1): a firearm or dangerous weapon used or possessed in "
        "connection with another offense ([offense.federal_facility.other_offense], the keys "
        "of §2K2.1's).")
