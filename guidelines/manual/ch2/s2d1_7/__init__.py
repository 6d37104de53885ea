"""§2D1.7: unlawful sale or transportation of drug paraphernalia (21 U.S.C. § 863)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.7",
    title="Unlawful Sale or Transportation of Drug Paraphernalia; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_7.offense_level",
    table="drug_paraphernalia",
    facts_key="paraphernalia",
    facts="ussg.guidelines.manual.ch2.s2d1_7.facts:ParaphernaliaFacts",
    uses_drugs=True,
    summary="drug paraphernalia",
)
