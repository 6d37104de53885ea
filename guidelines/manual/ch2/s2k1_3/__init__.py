"""§2K1.3: unlawful receipt, possession, or transportation of explosive materials."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K1.3",
    title="Unlawful Receipt, Possession, or Transportation of Explosive Materials; Prohibited "
          "Transactions Involving Explosive Materials",
    rules="ussg.guidelines.manual.ch2.s2k1_3.offense_level",
    table="explosive_materials",
    facts_key="explosives",
    facts="ussg.guidelines.manual.ch2.s2k1_3.facts:ExplosiveFacts",
    uses_drugs=True,  # (c)(1) into §2D1.1 reads [offense] drugs
    summary="explosive materials",
)
