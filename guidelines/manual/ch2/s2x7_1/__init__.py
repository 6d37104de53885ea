"""§2X7.1: border tunnels and subterranean passages (from Nov. 1, 2007)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X7.1",
    title="Border Tunnels and Subterranean Passages",
    rules="ussg.guidelines.manual.ch2.s2x7_1.offense_level",
    table="border_tunnels",
    facts_key="border_tunnel",
    facts="ussg.guidelines.manual.ch2.s2x7_1.facts:BorderTunnelFacts",
    uses_drugs=True,  # an underlying smuggling offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.border_tunnel]
    summary="border tunnels and subterranean passages (from Nov. 1, 2007)",
    notes=("entered from Nov. 1, 2007 (Amendment 700); the underlying smuggling offense of "
           "(a)(1) is computed under any guideline ussg computes from its facts table in the "
           "same count, or its level stated",),
)
