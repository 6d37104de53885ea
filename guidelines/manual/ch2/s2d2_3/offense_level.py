"""§2D2.3 in the Chapter Two registry.

2025 text (from Nov. 1, 1989, Amendment 141): "(a) Base Offense Level (Apply the greatest):
(1) 26, if death resulted; or (2) 21, if serious bodily injury resulted; or (3) 13,
otherwise." Before: "(a) Base Offense Level: 8". The versions:
tables/common_carrier_under_the_influence.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (asked_by, greatest_option,
                                                      refuse_facts_not_in_edition)

SECTION = "2D2.3"
TABLE = "common_carrier_under_the_influence"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.3(a): the greatest of (a)(1)-(3) (before Nov. 1, 1989, 8)."""
    version = sheet.manual.table(TABLE)
    asked = {"resulted"} if asked_by(version) else set()
    refuse_facts_not_in_edition(sheet, given, SECTION, asked)
    resulted = given.facts.resulted
    greatest_option(sheet, given, SECTION, TABLE,
                    answers={"death": resulted == "death",
                             "serious_bodily_injury": resulted == "serious_bodily_injury"},
                    quantities={})


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D2.3 has none ((b)(1) is a special instruction for Chapter Three, Part D)."""
