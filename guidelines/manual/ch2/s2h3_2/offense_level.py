"""§2H3.2 (Manufacturing, Distributing, Advertising, or Possessing an Eavesdropping Device) in
the Chapter Two registry (tables/eavesdropping_device.toml): (a) 6; (b)(1) committed for
pecuniary gain +3. Never amended (historical note: "Effective November 1, 1987.").
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base

TABLE = "eavesdropping_device"
SECTION = "§2H3.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description or "eavesdropping device")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)."""
    if given.facts.pecuniary_gain:
        apply_paragraph(sheet, sheet.manual.table(TABLE), SECTION, "pecuniary_gain", "true",
                        "pecuniary_gain = true")
