"""§2D2.1: unlawful possession (21 U.S.C. § 844(a)), from Nov. 1, 2010."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D2.1",
    title="Unlawful Possession; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d2_1.offense_level",
    table="drug_possession",
    facts_key="possession",
    facts="ussg.guidelines.manual.ch2.s2d2_1.facts:PossessionFacts",
    summary="unlawful possession",
    notes=("entered from Nov. 1, 2010 (Amendments 746, 748) only; earlier dates refused; the "
           "(b)(1) cross reference to §2P1.2 is not computed",),
)
