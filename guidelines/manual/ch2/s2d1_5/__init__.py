"""§2D1.5: continuing criminal enterprise (21 U.S.C. § 848)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.5",
    title="Continuing Criminal Enterprise; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_5.offense_level",
    table="continuing_criminal_enterprise",
    facts_key="continuing_criminal_enterprise",
    facts="ussg.guidelines.manual.ch2.s2d1_5.facts:ContinuingCriminalEnterpriseFacts",
    uses_drugs=True,
    summary="continuing criminal enterprise",
)
