"""§2D3.3: illegal use of registration number to distribute or dispense a controlled substance to another registrant or authorized person; attempt or conspiracy (Nov. 1, 1987 - Oct. 31, 1993; a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D3.3",
    title="Illegal Use of Registration Number to Distribute or Dispense a Controlled Substance to Another Registrant or Authorized Person; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d3_3.offense_level",
    table="registration_number_distribution_2d3_3",
    summary="illegal use of a registration number to distribute to a registrant (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 4; deleted by consolidation with §2D3.2 (Amendment 481)",),
)
