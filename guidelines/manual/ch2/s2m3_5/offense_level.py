"""§2M3.5 (Tampering with Restricted Data Concerning Atomic Energy) in the Chapter Two registry
(tables/atomic_energy_restricted_data.toml): (a) 24; no specific offense characteristic.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 24."""
    set_base(sheet, sheet.manual.table("atomic_energy_restricted_data"), "§2M3.5", "all",
             given.offense.description or "tampering with restricted data concerning atomic energy")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M3.5 has none."""
