"""§2D3.4: illegal transfer or transshipment of a controlled substance; attempt or conspiracy (Nov. 1, 1987 - Oct. 31, 1993; a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D3.4",
    title="Illegal Transfer or Transshipment of a Controlled Substance; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d3_4.offense_level",
    table="illegal_transshipment_2d3_4",
    summary="illegal transfer or transshipment of a controlled substance (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 4; deleted by consolidation with §2D3.2 (Amendment 481)",),
)
