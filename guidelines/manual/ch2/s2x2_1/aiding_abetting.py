"""§2X2.1 (Aiding and Abetting) in the Chapter Two registry: "The offense level is the same
level as that for the underlying offense" (every edition; tables/aiding_and_abetting.toml).

The underlying offense's level is computed through the registry from the count's facts (its
guideline's facts table beside ``[offense.aiding_abetting]``, or §2D1.1 from ``[offense]
drugs``), or stated (``"other"``), as for §2X3.1 (whose ``underlying_level`` this reuses). Its
steps are adopted whole: the defendant "is punishable as a principal" (Background), so Chapter
Three is then determined in respect to the underlying offense's guideline (§1B1.5(c)), and a
finding its special instruction deems (§2A3.1(d)(1)) is carried, as through §2X1.1.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

TABLE = "aiding_and_abetting"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X2.1: the underlying offense's level, its steps shown first."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    sheet.steps.extend(steps)
    sheet.set_level("chapter_two", "§2X2.1", "Offense level (aiding and abetting)", words,
                    level, f"“{version['text']}” (comment. (n.1): “{version['definition']}”)",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X2.1 has none: the underlying offense's characteristics are in its level."""
