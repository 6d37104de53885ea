"""§2P1.3 (Engaging In, Inciting or Attempting to Incite a Riot Involving Persons in a Facility
for Official Detention) in the Chapter Two registry (tables/prison_riot.toml), the same words
in every edition (GLM2016_fulltext.txt lines 8747-8753; the 2025 Manual lines 16153-16158):
"(a) Base Offense Level: (1) 22, if the offense was committed under circumstances creating a
substantial risk of death or serious bodily injury to any person. (2) 16, if the offense
involved a major disruption to the operation of an institution. (3) 10, otherwise." The case
states the first of them that applies. The 2016 Manual's Note 1 (an upward departure if death or
bodily injury resulted) is a judgment call, not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 22, 16 or 10 by the circumstances."""
    found = given.facts.circumstances
    set_base(sheet, sheet.manual.table("prison_riot"), "§2P1.3", found,
             f"circumstances = \"{found}\"")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2P1.3 has none."""
