"""§2G2.4: possession of materials depicting a minor engaged in sexually explicit conduct
(Nov. 1, 1991 - Oct. 31, 2004; Amendment 664 consolidated it into §2G2.2)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G2.4",
    title="Possession of Materials Depicting a Minor Engaged in Sexually Explicit Conduct",
    rules="ussg.guidelines.manual.ch2.s2g2_4.offense_level",
    table="child_pornography_possession",
    facts_key="child_pornography_possession",
    facts="ussg.guidelines.manual.ch2.s2g2_4.facts:ChildPornographyPossessionFacts",
    summary="possession of child pornography (1991-2004)",
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "child_pornography_possession.prepubescent", "child_pornography_possession.items",
        "child_pornography_possession.computer", "child_pornography_possession.portrayal",
        "child_pornography_possession.images",
        "child_pornography_possession.production_cross_reference",
        "child_pornography_possession.trafficking_cross_reference",),
)
