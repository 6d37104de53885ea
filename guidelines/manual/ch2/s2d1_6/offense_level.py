"""§2D1.6 in the Chapter Two registry.

2025 text (unchanged since Nov. 1, 1990, Amendment 320): "(a) Base Offense Level: the
offense level applicable to the underlying offense." ussg computes the underlying offense
under §2D1.1 from the same ``[offense] drugs`` facts (comment. (n.1): "Where the offense
level for the underlying offense is to be determined by reference to §2D1.1 ..."). Before
Nov. 1, 1990 the level was 12. The versions are in tables/communication_facility.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import drugs_case, greatest_option

SECTION = "2D1.6"
TABLE = "communication_facility"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.6(a): the offense level of the underlying offense (§2D1.1); before Nov. 1,
    1990, 12."""
    greatest_option(sheet, given, SECTION, TABLE, answers={},
                    quantities={"total": lambda: (drugs_case(given), "the underlying offense")})


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.6 has none."""
