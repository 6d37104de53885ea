"""§2D1.14: narco-terrorism (21 U.S.C. § 960a), from Nov. 1, 2007."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.14",
    title="Narco-Terrorism",
    rules="ussg.guidelines.manual.ch2.s2d1_14.offense_level",
    table="narco_terrorism",
    uses_drugs=True,
    summary="narco-terrorism",
)
