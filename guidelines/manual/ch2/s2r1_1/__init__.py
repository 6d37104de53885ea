"""§2R1.1: bid-rigging, price-fixing or market-allocation agreements among competitors
(Nov. 1, 1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2R1.1",
    title="Bid-Rigging, Price-Fixing or Market-Allocation Agreements Among Competitors",
    rules="ussg.guidelines.manual.ch2.s2r1_1.offense_level",
    table="antitrust",
    facts_key="antitrust",
    facts="ussg.guidelines.manual.ch2.s2r1_1.facts:AntitrustFacts",
    summary="antitrust (bid-rigging, price-fixing, market allocation)",
    notes=("Nov. 1, 1987 on: (a) 9, 10 from 1991, 12 from 2005; (b)(1) bid-rigging +1; (b)(2) "
           "the volume-of-commerce table of each edition. The fine provisions ((c), (d)) are "
           "not applied: ussg computes the offense level",),
    checklist=("antitrust.bid_rigging", "antitrust.volume"),
)
