"""§2K1.1 (Failure to Report Theft of Explosive Materials; Improper Storage of Explosive
Materials) in the Chapter Two registry (tables/explosives_reporting_storage.toml): (a) 6; no
specific offense characteristic. Before Nov. 1, 1993 (Amendment 481) the guideline was the
failure to report only, improper storage being §2K1.2 (also 6), which ussg does not compute.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table("explosives_reporting_storage"), "§2K1.1", "all",
             given.offense.description or "failure to report theft of explosive materials; "
             "improper storage")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.1 has none."""
