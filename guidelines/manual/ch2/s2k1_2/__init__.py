"""§2K1.2: improper storage of explosive materials, Nov. 1, 1987 - Oct. 31, 1993 (deleted by consolidation
with §2K1.1, Amendment 481): "(a) Base Offense Level: 6"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K1.2",
    title="Improper Storage of Explosive Materials",
    rules="ussg.guidelines.manual.ch2.s2k1_2.offense_level",
    table="explosives_storage_1987",
    summary="improper storage of explosive materials (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993 (refused after: §2K1.1)",),
)
