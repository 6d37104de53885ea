"""§2M2.4: production of defective national defense material, premises, or utilities, Nov. 1, 1987 - Oct. 31, 1993 (deleted by consolidation
with §2M2.3, Amendment 481): "(a) Base Offense Level: 26"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M2.4",
    title="Production of Defective National Defense Material, Premises, or Utilities",
    rules="ussg.guidelines.manual.ch2.s2m2_4.offense_level",
    table="defective_defense_material_1987",
    summary="production of defective national defense material (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993 (refused after: §2M2.3)",),
)
