"""§2M2.1: destruction of, or Production of Defective, War Material, Premises, or Utilities, in every edition from Nov. 1, 1987:
"(a) Base Offense Level: 32" (the words of (a) never amended)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M2.1",
    title="Destruction of, or Production of Defective, War Material, Premises, or Utilities",
    rules="ussg.guidelines.manual.ch2.s2m2_1.offense_level",
    table="war_material_destruction",
    summary="destruction of, or production of defective, war material",
)
