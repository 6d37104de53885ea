"""§2E1.3 (Violent Crimes in Aid of Racketeering Activity) in the Chapter Two registry: "(a)
Base Offense Level (Apply the greater): (1) 12; or (2) the offense level applicable to the
underlying crime or racketeering activity" (every edition;
tables/violent_crimes_racketeering.toml), through ``s2e1_2.greater_of``."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e1_2.greater_of import apply_the_greater

TABLE = "violent_crimes_racketeering"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.3(a): the greater of 12 and the underlying crime's level."""
    apply_the_greater(sheet, given, sheet.manual.table(TABLE), "§2E1.3",
                      "Base offense level (violent crime in aid of racketeering)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.3 has none: the underlying crime's characteristics are in its level."""
