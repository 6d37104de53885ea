"""§2D1.12: prohibited flask, equipment, chemical, product, or material (21 U.S.C.
§§ 843(a)(6), (7), 864)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.12",
    title="Unlawful Possession, Manufacture, Distribution, Transportation, Exportation, or "
          "Importation of Prohibited Flask, Equipment, Chemical, Product, or Material; "
          "Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_12.offense_level",
    table="prohibited_equipment",
    facts_key="prohibited_equipment",
    facts="ussg.guidelines.manual.ch2.s2d1_12.facts:ProhibitedEquipmentFacts",
    uses_drugs=True,
    summary="prohibited flask, equipment, chemical",
)
