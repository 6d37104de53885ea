"""§2M2.3: destruction of, or Production of Defective, National Defense Material, Premises, or Utilities, in every edition from Nov. 1, 1987:
"(a) Base Offense Level: 26" (the words of (a) never amended)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M2.3",
    title="Destruction of, or Production of Defective, National Defense Material, Premises, or Utilities",
    rules="ussg.guidelines.manual.ch2.s2m2_3.offense_level",
    table="defense_material_destruction",
    summary="destruction of, or production of defective, national defense material",
)
