"""§2E1.2 (Interstate or Foreign Travel or Transportation in Aid of a Racketeering Enterprise)
in the Chapter Two registry: "(a) Base Offense Level (Apply the greater): (1) 6; or (2) the
offense level applicable to the underlying crime of violence or other unlawful activity in
respect to which the travel or transportation was undertaken" (every edition;
tables/racketeering_travel.toml), through ``greater_of``."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e1_2.greater_of import apply_the_greater

TABLE = "racketeering_travel"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.2(a): the greater of 6 and the underlying offense's level."""
    apply_the_greater(sheet, given, sheet.manual.table(TABLE), "§2E1.2",
                      "Base offense level (travel in aid of racketeering)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.2 has none: the underlying offense's characteristics are in its level."""
