"""§2N1.1: tampering or attempting to tamper involving risk of death or bodily injury ("serious
injury" before Nov. 1, 1991), in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2N1.1",
    title="Tampering or Attempting to Tamper Involving Risk of Death or Bodily Injury",
    rules="ussg.guidelines.manual.ch2.s2n1_1.offense_level",
    table="consumer_product_tampering",
    facts_key="consumer_product_tampering",
    facts="ussg.guidelines.manual.ch2.s2n1_1.facts:ConsumerProductTamperingFacts",
    summary="consumer product tampering (risk of death or bodily injury)",
    notes=("entered from Nov. 1, 1987 (derived before Nov. 1, 1991 and Nov. 1, 2023 - Oct. 31, "
           "2025); (c) through the registry (§2A1.1, §2A1.2, §2A2.1, §2B3.2); (d)(1) and the "
           "departures of comment. (n.1) are not computed",),
    checklist=("consumer_product_tampering.injury",),
)
