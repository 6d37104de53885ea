"""§2K3.1 (Unlawfully Transporting Hazardous Materials in Commerce) in the Chapter Two registry
(tables/hazardous_materials_transport_1987.toml), Nov. 1, 1987 - Oct. 31, 1993, as Amendment 481
quotes it where it deletes it (App. C Vol. I lines 14370-14380): "Apply the guideline provision
for §2Q1.2 (Mishandling of Hazardous or Toxic Substances or Pesticides; Recordkeeping,
Tampering, and Falsification)." The level is §2Q1.2's (base and specific offense
characteristics, from §2Q1.2's facts table, under the same edition), computed through the
registry and adopted whole.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

TABLE = "hazardous_materials_transport_1987"
SECTION = "§2K3.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """The whole of §2K3.1: §2Q1.2's offense level, its steps shown first."""
    version = sheet.manual.table(TABLE)
    other = version["applies"]
    level, steps = registry.offense_level_under(
        sheet, other, given.under(other, given.facts, given.facts_field))
    sheet.steps.extend(steps)
    sheet.set_level("chapter_two", SECTION, f"Apply §{other}",
                    f"§{other}: level {level} (its steps above)", level,
                    f"“{version['instruction']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K3.1 has none of its own: §2Q1.2's are in its level."""
