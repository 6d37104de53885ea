"""§2L1.2: unlawfully entering or remaining in the United States."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L1.2",
    title="Unlawfully Entering or Remaining in the United States",
    rules="ussg.guidelines.manual.ch2.s2l1_2.offense_level",
    table="illegal_reentry",
    facts_key="reentry",
    facts="ussg.guidelines.manual.ch2.s2l1_2.facts:ReentryFacts",
    summary="illegal reentry",
    notes=("the kind of each prior offense (crime of violence, aggravated felony, ...) is "
           "the court's finding, stated per prior",),
)
