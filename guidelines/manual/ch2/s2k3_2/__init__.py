"""§2K3.2: feloniously mailing injurious articles, from Nov. 1, 1990 (Amendment 334)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K3.2",
    title="Feloniously Mailing Injurious Articles",
    rules="ussg.guidelines.manual.ch2.s2k3_2.offense_level",
    table="mailing_injurious_articles",
    facts_key="injurious_mailing",
    facts="ussg.guidelines.manual.ch2.s2k3_2.facts:InjuriousMailingFacts",
    applies_facts_of="intended_offense_guideline",  # (a)(1): its facts table beside it
    uses_drugs=True,
    summary="feloniously mailing injurious articles (from 1990)",
    notes=("entered from Nov. 1, 1990 (Amendment 334)",
           "(a)(2)'s homicide guideline is computed where it has no facts table of its own "
           "(§§2A1.1-2A1.3), otherwise its level is stated"),
)
