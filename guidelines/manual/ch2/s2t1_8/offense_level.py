"""§2T1.8 (Offenses Relating to Withholding Statements), unchanged since Nov. 1, 1987
(tables/withholding_statements.toml): "(a) Base Offense Level: 4"; and the step every guideline
of one fixed base offense level takes (§2T2.2 too)."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry


def fixed_level(sheet: Worksheet, given: registry.ChapterTwoCase, table: str, section: str,
                title: str, offense: str) -> None:
    """(a): the version's one base offense level, quoted."""
    version = sheet.manual.table(table)
    sheet.set_level("chapter_two", f"{section}(a)", f"Base offense level ({title})",
                    given.offense.description or offense, version["base_level"],
                    f"“{version['text_a']}”", sheet.note_version(version))


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.8(a): "Base Offense Level: 4"."""
    fixed_level(sheet, given, "withholding_statements", "§2T1.8",
                "Offenses Relating to Withholding Statements",
                "withholding statements (26 U.S.C. §§ 7204, 7205)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.8 has none."""
