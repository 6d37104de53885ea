"""§2K1.1: failure to report theft of explosive materials; improper storage of explosive
materials (from Nov. 1, 1993), in every edition from Nov. 1, 1987: "(a) Base Offense Level:
6"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K1.1",
    title="Failure to Report Theft of Explosive Materials; Improper Storage of Explosive "
          "Materials",
    rules="ussg.guidelines.manual.ch2.s2k1_1.offense_level",
    table="explosives_reporting_storage",
    summary="failure to report theft of explosive materials; improper storage",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 1993 derived); improper storage before "
           "Nov. 1, 1993 was §2K1.2's (not computed)",),
)
