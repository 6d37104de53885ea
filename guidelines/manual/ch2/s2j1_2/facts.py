"""The case file's ``[offense.obstruction]``: the facts §2J1.2 (Obstruction of Justice) reads.
Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x3_1.facts import UnderlyingOffense


class ObstructionFindings(Strict):
    """§2J1.2(b): the specific offense characteristics, as the court found them."""

    sex_offense_false_statement: bool = Field(
        False, description="§2J1.2(b)(1)(A) (from Nov. 1, 2007): convicted under 18 U.S.C. "
        "§ 1001 with the eight-year maximum because the matter relates to sex offenses: +4.")
    injury_or_property_damage: bool = Field(
        False, description="§2J1.2(b)(1) ((b)(1)(A) from Oct. 24, 2005, (b)(1)(B) from Nov. 1, "
        "2007): the offense involved causing or threatening to cause physical injury to a "
        "person, or property damage, in order to obstruct the administration of justice: +8.")
    terrorism_false_statement: bool = Field(
        False, description="§2J1.2(b)(1)(B) (from Oct. 24, 2005; (b)(1)(C) from Nov. 1, 2007): "
        "convicted under 18 U.S.C. § 1001 or § 1505 with the eight-year maximum because the "
        "matter relates to international or domestic terrorism: +12 (not with §3A1.4).")
    substantial_interference: bool = Field(
        False, description="§2J1.2(b)(2): the offense resulted in substantial interference "
        "with the administration of justice: +3.")
    records_or_extensive: bool = Field(
        False, description="§2J1.2(b)(3) (from Jan. 25, 2003): destruction, alteration, or "
        "fabrication of a substantial number of records, documents, or tangible objects; "
        "selection of an essential or especially probative one; or otherwise extensive in "
        "scope, planning, or preparation: +2.")
    obstructed_the_obstruction_count: bool = Field(
        False, description="§2J1.2, comment. (n.2) (n.2(A) from Oct. 24, 2005): the defendant "
        "obstructed the investigation or trial (from Nov. 1, 2003: investigation, prosecution, "
        "or sentencing) of the obstruction of justice count: only then does §3C1.1 (before "
        "Nov. 1, 2013, Chapter Three, Part C) apply.")


class ObstructionOfJusticeFacts(ObstructionFindings):
    """§2J1.2 (Obstruction of Justice)."""

    obstructed_offense: UnderlyingOffense | None = Field(
        None, description="§2J1.2(c)(1): the offense involved obstructing the investigation or "
        "prosecution of a criminal offense: §2X3.1 in respect to that offense, if greater. "
        "Its guideline (\"2D1.1\" from [offense] drugs, or \"other\" with offense_level).")
