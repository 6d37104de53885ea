"""§2M2.2: production of defective war material, premises, or utilities, Nov. 1, 1987 - Oct. 31, 1993 (deleted by consolidation
with §2M2.1, Amendment 481): "(a) Base Offense Level: 32"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M2.2",
    title="Production of Defective War Material, Premises, or Utilities",
    rules="ussg.guidelines.manual.ch2.s2m2_2.offense_level",
    table="defective_war_material_1987",
    summary="production of defective war material (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993 (refused after: §2M2.1)",),
)
