"""§2G2.2: trafficking in, receiving, transporting, soliciting, advertising or possessing
material involving the sexual exploitation of a minor."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G2.2",
    title="Trafficking in Material Involving the Sexual Exploitation of a Minor; Receiving, "
          "Transporting, Shipping, Soliciting, or Advertising Material Involving the Sexual "
          "Exploitation of a Minor; Possessing Material Involving the Sexual Exploitation of a "
          "Minor with Intent to Traffic; Possessing Material Involving the Sexual Exploitation "
          "of a Minor",
    rules="ussg.guidelines.manual.ch2.s2g2_2.offense_level",
    table="child_pornography",
    facts_key="child_pornography",
    facts="ussg.guidelines.manual.ch2.s2g2_2.facts:ChildPornographyFacts",
    summary="child pornography: trafficking, receipt, possession",
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "child_pornography.receipt_only", "child_pornography.prepubescent",
        "child_pornography.distribution", "child_pornography.portrayal",
        "child_pornography.pattern", "child_pornography.computer", "child_pornography.images",
        "child_pornography.production_cross_reference",),
)
