"""§2D1.4: attempts and conspiracies (drug offenses; Nov. 1, 1987 - Oct. 31, 1992; a deleted
guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.4",
    title="Attempts and Conspiracies",
    rules="ussg.guidelines.manual.ch2.s2d1_4.offense_level",
    table="drug_attempts_conspiracies_2d1_4",
    uses_drugs=True,
    summary="drug attempts and conspiracies (1987-1992)",
    notes=("Nov. 1, 1987 - Oct. 31, 1992: the level of the completed object, computed under "
           "§2D1.1 from [offense] drugs (another Part D object: guideline = \"other\", or "
           "\"2X1.1\" with [offense.inchoate]); deleted by Amendment 447",),
)
