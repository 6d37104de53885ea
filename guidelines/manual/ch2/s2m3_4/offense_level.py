"""§2M3.4 (Losing National Defense Information) in the Chapter Two registry
(tables/defense_information_losing.toml): (a)(1) 18 if top secret information, (a)(2) 13 otherwise.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a)(1) or (a)(2), by the information's classification."""
    top_secret = given.facts.top_secret
    set_base(sheet, sheet.manual.table("defense_information_losing"), "§2M3.4",
             "top_secret" if top_secret else "otherwise",
             f"top_secret = {str(top_secret).lower()}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M3.4 has none."""
