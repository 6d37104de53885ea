"""§2B1.2: receiving, transporting, transferring, transmitting, or possessing stolen property
(Nov. 1, 1987 - Oct. 31, 1993; Amendment 481 consolidated it with §2B1.1)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B1.2",
    title="Receiving, Transporting, Transferring, Transmitting, or Possessing Stolen Property",
    rules="ussg.guidelines.manual.ch2.s2b1_2.offense_level",
    table="stolen_property",
    facts_key="stolen_property",
    facts="ussg.guidelines.manual.ch2.s2b1_2.facts:StolenPropertyFacts",
    summary="stolen property (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a), (b)(1) the value through the §2B1.1 loss table "
           "of the same date, and every other paragraph of (b) of each edition",),
)
