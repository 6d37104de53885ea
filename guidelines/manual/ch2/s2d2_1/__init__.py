"""§2D2.1: unlawful possession (21 U.S.C. § 844(a)), in every edition."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D2.1",
    title="Unlawful Possession; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d2_1.offense_level",
    table="drug_possession",
    facts_key="possession",
    facts="ussg.guidelines.manual.ch2.s2d2_1.facts:PossessionFacts",
    uses_drugs=True,  # (b)(1) into §2D1.1 for cocaine base (1989-2010); §2P1.2(c)(1)
    summary="unlawful possession",
)
