"""§2A5.1 (Aircraft Piracy or Attempted Aircraft Piracy) in the Chapter Two registry
(tables/aircraft_piracy.toml): (a) 38; (b)(1) death resulted +5.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base

TABLE = "aircraft_piracy"
SECTION = "§2A5.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 38."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description or "aircraft piracy or attempted aircraft piracy")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)."""
    if given.facts.death_resulted:
        apply_paragraph(sheet, sheet.manual.table(TABLE), SECTION, "death", "true",
                        "death_resulted = true")
