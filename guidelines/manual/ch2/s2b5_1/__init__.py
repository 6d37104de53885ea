"""§2B5.1: offenses involving counterfeit bearer obligations of the United States (Nov. 1, 1987
on; until Nov. 1, 1989 "Offenses Involving Counterfeit Obligations of the United States",
Amendment 115)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B5.1",
    title="Offenses Involving Counterfeit Bearer Obligations of the United States",
    rules="ussg.guidelines.manual.ch2.s2b5_1.offense_level",
    table="counterfeiting",
    facts_key="counterfeiting",
    facts="ussg.guidelines.manual.ch2.s2b5_1.facts:CounterfeitingFacts",
    summary="counterfeit bearer obligations of the United States",
    notes=("Nov. 1, 1987 on: (a), (b)(1) the face value through the loss table of §2F1.1 (until "
           "Oct. 31, 2001) or §2B1.1 of the same date, the manufacturing floor of 15 (from 2001 "
           "also +2, with the paper and deterrent clauses), the weapon (from 1995) and the "
           "outside-the-United-States paragraph (from 1997)",),
    # the checklist trail: its characteristics, each where the edition has it
    checklist=("counterfeiting.face_value", "counterfeiting.manufacturing",
               "counterfeiting.manufacturing_minimum", "counterfeiting.weapon",
               "counterfeiting.outside_united_states"),
)
