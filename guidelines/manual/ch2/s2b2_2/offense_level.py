"""§2B2.2 (Burglary of Other Structures), Nov. 1, 1987 - Oct. 31, 1993
(tables/burglary_other_structure.toml). Amendment 481 quoted it whole as it deleted it: "(a)
Base Offense Level: 12 (b) Specific Offense Characteristics (1) If the offense involved more
than minimal planning, increase by 2 levels. (2) If the loss exceeded $2,500, increase by the
corresponding number of levels from the table in §2B2.1. (3) If a firearm, destructive
device, or controlled substance was taken, or if the taking of such item was an object of the
offense, increase by 1 level. (4) If a dangerous weapon (including a firearm) was possessed,
increase by 2 levels." The characteristics are §2B2.1's (the loss read by §2B2.1's table of
the same date).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import base_level_of
from ussg.guidelines.manual.ch2.s2b2_1.offense_level import characteristics

TABLE = "burglary_other_structure"
SECTION = "§2B2.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B2.2(a): "Base Offense Level: 12"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (burglary of other structures)",
                  given.offense.description or "burglary of a structure other than a residence")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B2.2(b)(1)-(4), as §2B2.1's."""
    characteristics(sheet, given, sheet.manual.table(TABLE), SECTION)
