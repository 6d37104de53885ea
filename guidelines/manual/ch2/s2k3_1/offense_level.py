"""§2K3.1 (Unlawfully Transporting Hazardous Materials in Commerce) in the Chapter Two registry
(tables/hazardous_materials_transport_1987.toml), Nov. 1, 1987 - Oct. 31, 1993, as Amendment 481
quotes it where it deletes it (App. C Vol. I lines 14370-14380): "Apply the guideline provision
for §2Q1.2 (Mishandling of Hazardous or Toxic Substances or Pesticides; Recordkeeping,
Tampering, and Falsification)." §2Q1.2 computed from its own facts table in the count, under
the same edition (applies_guideline.py), its level adopted whole.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.applies_guideline import apply_guideline


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """The whole of §2K3.1: §2Q1.2's offense level, its steps shown first."""
    apply_guideline(sheet, given, "hazardous_materials_transport_1987", "§2K3.1",
                    "Unlawfully Transporting Hazardous Materials in Commerce")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K3.1 has none of its own: §2Q1.2's are in its level."""
