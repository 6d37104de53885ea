"""§2T1.5 (Fraudulent Returns, Statements, or Other Documents), Nov. 1, 1987 - Oct. 31, 1993
(tables/tax_fraudulent_returns.toml): "(a) Base Offense Level: 6"."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.5(a): "Base Offense Level: 6"."""
    version = sheet.manual.table("tax_fraudulent_returns")
    sheet.set_level("chapter_two", "§2T1.5(a)", "Base offense level (Fraudulent Returns, "
                    "Statements, or Other Documents)", given.offense.description
                    or "fraudulent return, statement or other document (26 U.S.C. § 7207)",
                    version["base_level"], f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.5 has none."""
