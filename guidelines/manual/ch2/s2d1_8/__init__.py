"""§2D1.8: renting or managing a drug establishment (21 U.S.C. § 856)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.8",
    title="Renting or Managing a Drug Establishment; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_8.offense_level",
    table="drug_establishment",
    facts_key="drug_establishment",
    facts="ussg.guidelines.manual.ch2.s2d1_8.facts:DrugEstablishmentFacts",
    uses_drugs=True,
    summary="renting or managing a drug establishment",
)
