"""§2T3.2 (Receiving or Trafficking in Smuggled Property), Nov. 1, 1987 - Oct. 31, 1992
(tables/smuggled_property.toml): (a) and, from Nov. 1, 1991, (b)(1), the same words as §2T3.1's
of the same date (Amendment 453's reason: "each contains the same offense levels and
adjustments"), computed by §2T3.1's steps."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t3_1.offense_level import duty_characteristics, duty_level

TABLE = "smuggled_property"
SECTION = "§2T3.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T3.2(a): the Tax Table level for the duty (from 1991, 5 or 4 for a small one)."""
    duty_level(sheet, given, TABLE, SECTION,
               "Base offense level (Receiving or Trafficking in Smuggled Property)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T3.2(b)(1), from Nov. 1, 1991."""
    duty_characteristics(sheet, given, TABLE, SECTION)
