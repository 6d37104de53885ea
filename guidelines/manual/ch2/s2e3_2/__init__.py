"""§2E3.2: transmission of wagering information (Nov. 1, 1987 - Oct. 31, 1993; a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E3.2",
    title="Transmission of Wagering Information",
    rules="ussg.guidelines.manual.ch2.s2e3_2.offense_level",
    table="wagering_information_2e3_2",
    summary="transmission of wagering information (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 12; deleted by consolidation with §2E3.1 (Amendment 481)",),
)
