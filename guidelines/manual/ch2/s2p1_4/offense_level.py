"""§2P1.4 (Trespass on Bureau of Prisons Facilities) in the Chapter Two registry (tables/prison_trespass_1987.toml):
"(a) Base Offense Level: 6", as Amendment 204 quotes it where it deletes it (App. C Vol. I lines
3986-3992); refused June 15, 1988 - Oct. 31, 1989, when §1B1.9 exempted petty offenses.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2l1_3.petty import petty_offense_base

TABLE = "prison_trespass_1987"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6, or refused where §1B1.9 exempts the offense."""
    petty_offense_base(sheet, given, TABLE, "§2P1.4", "trespass on Bureau of Prisons facilities")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2P1.4 has none."""
