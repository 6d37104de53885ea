"""§2L1.1: smuggling, transporting, or harboring an unlawful alien."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L1.1",
    title="Smuggling, Transporting, or Harboring an Unlawful Alien",
    rules="ussg.guidelines.manual.ch2.s2l1_1.offense_level",
    table="alien_smuggling",
    facts_key="smuggling",
    facts="ussg.guidelines.manual.ch2.s2l1_1.facts:SmugglingFacts",
    summary="alien smuggling",
    notes=("from Nov. 1, 1987 (Nov. 1, 2006 - Oct. 31, 2007: (b)(1) as printed, "
           "“(a)(2)”, with a warning)",
           "the (c)(1) homicide cross reference takes the homicide guideline's level as stated"),
)
