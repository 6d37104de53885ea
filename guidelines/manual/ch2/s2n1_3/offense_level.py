"""§2N1.3 (Tampering With Intent to Injure Business) in the Chapter Two registry
(tables/tampering_to_injure_business.toml): (a) 12; no specific offense characteristic. The
2016 Manual's Note 1 (an upward departure if death or bodily injury, extreme psychological
injury, or substantial property damage or monetary loss resulted) is a judgment call, not
computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 12."""
    set_base(sheet, sheet.manual.table("tampering_to_injure_business"), "§2N1.3", "all",
             given.offense.description or "tampering with intent to injure business")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2N1.3 has none."""
