"""§2D1.4 (Attempts and Conspiracies), Nov. 1, 1987 - Oct. 31, 1992, in the Chapter Two
registry (tables/drug_attempts_conspiracies_2d1_4.toml): "(a) Base Offense Level: If a
defendant is convicted of [1987: participating in an incomplete] a conspiracy or an attempt to
commit any offense involving a controlled substance, the offense level shall be the same as if
the object of the conspiracy or attempt had been completed." The object is computed under
§2D1.1 from the count's drugs (applies_guideline.py), its steps shown first.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.applies_guideline import apply_guideline


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.4(a): the level of the completed object under §2D1.1, its steps shown first."""
    apply_guideline(sheet, given, "drug_attempts_conspiracies_2d1_4", "§2D1.4(a)",
                    "Attempts and Conspiracies")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.4 has none: §2D1.1's are in its level."""
