"""§2A1.1 (First Degree Murder) in the Chapter Two registry: "(a) Base Offense Level: 43" in
every edition (tables/first_degree_murder.toml); no specific offense characteristic, no cross
reference. §§2A1.2 and 2A1.3, also a single level, read theirs through :func:`single_level`.

The commentary's notes on life imprisonment and (before Nov. 1, 2025) on a downward departure
where the defendant did not cause the death intentionally or knowingly are not computed:
a departure is the court's (a case file states it under `departures`)."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import base_level_of

TABLE = "first_degree_murder"


def single_level(sheet: Worksheet, given: registry.ChapterTwoCase, table: str,
                 what: str) -> None:
    """(a) of a guideline that is one base offense level (its table's ``base_level``, quoted
    from ``base_text``), the step's input the offense as described (or ``what``)."""
    version = sheet.manual.table(table)
    section = version.section
    base_level_of(sheet, version, section, "Base offense level",
                  given.offense.description or what)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.1(a): 43."""
    single_level(sheet, given, TABLE, "first degree murder")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A1.1 has none."""
