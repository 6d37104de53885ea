"""§2T1.8: offenses relating to withholding statements ("Base Offense Level: 4")."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.8",
    title="Offenses Relating to Withholding Statements",
    rules="ussg.guidelines.manual.ch2.s2t1_8.offense_level",
    table="withholding_statements",
    summary="withholding statements (26 U.S.C. §§ 7204, 7205)",
)
