"""§2D2.3: operating or directing the operation of a common carrier under the influence of
alcohol or drugs (18 U.S.C. § 342)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D2.3",
    title="Operating or Directing the Operation of a Common Carrier Under the Influence of "
          "Alcohol or Drugs",
    rules="ussg.guidelines.manual.ch2.s2d2_3.offense_level",
    table="common_carrier_under_the_influence",
    facts_key="common_carrier",
    facts="ussg.guidelines.manual.ch2.s2d2_3.facts:CommonCarrierFacts",
    summary="common carrier under the influence",
    notes=("(b)(1), a count for each victim killed or injured (Chapter Three, Part D), is not "
           "applied: state one count per victim",),
)
