"""§2M3.9 (Disclosure of Information Identifying a Covert Agent) in the Chapter Two registry
(tables/covert_agent_disclosure.toml): (a)(1) 30 or (a)(2) 25, by the discloser's access.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a)(1) or (a)(2), by the access of the person who disclosed the information."""
    access = given.facts.access
    set_base(sheet, sheet.manual.table("covert_agent_disclosure"), "§2M3.9", access,
             f"access = {access}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M3.9 has none."""
