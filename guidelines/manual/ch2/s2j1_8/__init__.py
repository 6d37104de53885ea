"""§2J1.8: bribery of witness, Nov. 1, 1987 - Oct. 31, 1993 (deleted by consolidation with
§2J1.3, Amendment 481): (a) 12; (b)(1) substantial interference +3; (c)(1) §2X3.1 in respect
to the criminal offense, if greater. It reads §2J1.3's facts table ([offense.perjury], offense
= "witness_bribery")."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.8",
    title="Bribery of Witness",
    rules="ussg.guidelines.manual.ch2.s2j1_8.offense_level",
    table="witness_bribery_1987",
    shares_facts_of=("2J1.3",),
    uses_drugs=True,  # (c)(1) over a drug offense: §2D1.1 from [offense] drugs
    summary="bribery of witness (1987-1993), facts in [offense.perjury]",
    notes=("Nov. 1, 1987 - Oct. 31, 1993 (refused after: §2J1.3); (c)(1) before Jan. 15, 1988 "
           "(\"perjury\", a clerical error Amendment 33 corrected) refused",),
    checklist=("witness_bribery_1987.substantial_interference",
               "witness_bribery_1987.cross_reference"),
)
