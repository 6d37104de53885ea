"""§2M3.8 (Receipt of Classified Information) in the Chapter Two registry (tables/classified_receipt_1987.toml),
Nov. 1, 1987 - Oct. 31, 1993, as Amendment 481 quotes it where it deletes it (App. C Vol. I lines
14487-14496): "(a) Base Offense Level: (1) 29, if top secret information was received; or (2) 24,
otherwise." The finding is §2M3.3's (the case file's ``[offense.defense_information_transmitting]``
``top_secret``), the guideline Amendment 481 consolidated it with.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a)(1) or (a)(2), by the information's classification."""
    top_secret = given.facts.top_secret
    set_base(sheet, sheet.manual.table("classified_receipt_1987"), "§2M3.8",
             "top_secret" if top_secret else "otherwise",
             f"top_secret = {str(top_secret).lower()}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M3.8 has none."""
