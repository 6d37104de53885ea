"""§2Q1.3 (Mishandling of Other Environmental Pollutants; Recordkeeping, Tampering, and
Falsification) in the Chapter Two registry (tables/environmental_pollutants.toml), with
§2Q1.2's steps (s2q1_2/offense_level.py).

2016 text (GLM2016_fulltext.txt lines 8847-8861; the 2025 Manual's lines 16320-16343 the
same): "(a) Base Offense Level: 6 (b)(1)(A) If the offense resulted in an ongoing, continuous,
or repetitive discharge, release, or emission of a pollutant into the environment, increase by
6 levels; or (B) if the offense otherwise involved a discharge, release, or emission of a
pollutant, increase by 4 levels. (2) If the offense resulted in a substantial likelihood of
death or serious bodily injury, increase by 11 levels. (3) If the offense resulted in
disruption of public utilities or evacuation of a community, or if cleanup required a
substantial expenditure, increase by 4 levels. (4) If the offense involved a discharge without
a permit or in violation of a permit, increase by 4 levels. (5) If a recordkeeping offense
reflected an effort to conceal a substantive environmental offense, use the offense level for
the substantive offense."
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2q1_2.offense_level import base_level, characteristics

TABLE = "environmental_pollutants"
SECTION = "§2Q1.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    base_level(sheet, given, TABLE, SECTION)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)-(5)."""
    characteristics(sheet, given, TABLE, SECTION)
