"""§2N3.1: odometer laws and regulations, in every edition from Nov. 1, 1987: (a) 6; more than
one vehicle: §2F1.1 (§2B1.1 from Nov. 1, 2001)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2N3.1",
    title="Odometer Laws and Regulations",
    rules="ussg.guidelines.manual.ch2.s2n3_1.offense_level",
    table="odometer",
    facts_key="odometer",
    facts="ussg.guidelines.manual.ch2.s2n3_1.facts:OdometerFacts",
    summary="odometer laws and regulations",
    notes=("entered from Nov. 1, 1987 (derived before Nov. 1, 2001); more than one vehicle "
           "through §2F1.1 or §2B1.1 by date",),
)
