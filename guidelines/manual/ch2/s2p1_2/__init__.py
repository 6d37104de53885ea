"""§2P1.2: providing or possessing contraband in prison (18 U.S.C. § 1791), in every
edition from Nov. 1, 1987; also reached from §2D2.1's cross reference (possession of a
controlled substance in a prison, from Nov. 1, 1995)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2P1.2",
    title="Providing or Possessing Contraband in Prison",
    rules="ussg.guidelines.manual.ch2.s2p1_2.offense_level",
    table="prison_contraband",
    facts_key="prison_contraband",
    facts="ussg.guidelines.manual.ch2.s2p1_2.facts:PrisonContrabandFacts",
    uses_drugs=True,  # (c)(1) into §2D1.1 reads [offense] drugs
    summary="contraband in prison",
    # the checklist trail: its characteristic and cross reference, each where the edition has it
    checklist=("prison_contraband.officer", "prison_contraband.cross_reference"),
    notes=("§1791(c)'s consecutive sentence and comment. (n.3)'s grouping are not computed",),
)
