"""§2D1.10: endangering human life while illegally manufacturing a controlled substance
(21 U.S.C. § 858)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.10",
    title="Endangering Human Life While Illegally Manufacturing a Controlled Substance; "
          "Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_10.offense_level",
    table="endangering_life_manufacturing",
    facts_key="endangering_life",
    facts="ussg.guidelines.manual.ch2.s2d1_10.facts:EndangeringLifeFacts",
    uses_drugs=True,
    summary="endangering human life while manufacturing",
)
