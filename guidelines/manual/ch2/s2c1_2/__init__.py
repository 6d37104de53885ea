"""§2C1.2: offering, giving, soliciting, or receiving a gratuity (Nov. 1, 1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2C1.2",
    title="Offering, Giving, Soliciting, or Receiving a Gratuity",
    rules="ussg.guidelines.manual.ch2.s2c1_2.offense_level",
    table="gratuity",
    facts_key="gratuity",
    facts="ussg.guidelines.manual.ch2.s2c1_2.facts:GratuityFacts",
    summary="gratuity",
    notes=("Nov. 1, 1987 on: (a) 7, from 2004 11 / 9; the value through the §2F1.1 or §2B1.1 "
           "loss table of the same date; the elected or high-level official (until 2004 the "
           "greater of the two); (b)(4) from 2004. (c) (fines for organizations) is not "
           "applied: ussg sentences individuals",),
    checklist=("gratuity.more_than_one", "gratuity.value", "gratuity.high_level",
               "gratuity.facilitated"),
)
