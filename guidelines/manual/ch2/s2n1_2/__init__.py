"""§2N1.2: providing false information or threatening to tamper with consumer products, in
every edition from Nov. 1, 1987: (a) 16, extortion through §2B3.2."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2N1.2",
    title="Providing False Information or Threatening to Tamper with Consumer Products",
    rules="ussg.guidelines.manual.ch2.s2n1_2.offense_level",
    table="tampering_threat",
    facts_key="tampering_threat",
    facts="ussg.guidelines.manual.ch2.s2n1_2.facts:TamperingThreatFacts",
    summary="false information or threat to tamper with consumer products",
    notes=("entered from Nov. 1, 1987 (derived before Nov. 1, 1990); extortion into §2B3.2 "
           "through the registry; comment. (n.1)'s upward departure is not computed",),
)
