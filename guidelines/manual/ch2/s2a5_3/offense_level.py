"""§2A5.3 (Committing Certain Crimes Aboard Aircraft), from Oct. 15, 1988 (Amendment 65), in the
Chapter Two registry (tables/crimes_aboard_aircraft.toml): "(a) Base Offense Level: The offense
level applicable to the underlying offense." The underlying offense's level is computed through
the registry (its facts table beside [offense.crime_aboard_aircraft], or §2D1.1 from [offense]
drugs) or stated, as for §2X2.1; its steps are adopted whole.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

TABLE = "crimes_aboard_aircraft"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): the underlying offense's level, its steps shown first."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    sheet.steps.extend(steps)
    sheet.set_level("chapter_two", "§2A5.3(a)", "Base offense level (the underlying offense)",
                    words, level, f"“{version['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A5.3 has none."""
