"""§2L2.5 (Failure to Surrender Canceled Naturalization Certificate) in the Chapter Two registry
(tables/canceled_naturalization_certificate.toml): (a) 6; no specific offense characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table("canceled_naturalization_certificate"), "§2L2.5", "all",
             given.offense.description or "failure to surrender a canceled naturalization "
             "certificate")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.5 has none."""
