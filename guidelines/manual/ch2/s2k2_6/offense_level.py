"""§2K2.6 in the Chapter Two registry: (a) level 10; (b)(1) the body armor used in connection
with another felony offense, +4 (tables/body_armor_by_violent_felon.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"
TABLE = "body_armor_by_violent_felon"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.6(a): "Base Offense Level: 10"."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, "§2K2.6(a)", "Base offense level", "body armor possessed, purchased "
                    "or owned by a violent felon (18 U.S.C. § 931)", version["base_level"],
                    version["text_a"], sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.6(b)(1): used in connection with another felony offense, +4."""
    if not given.facts.used_in_connection_with_another_felony:
        return
    version = sheet.manual.table(TABLE)
    sheet.adjust(CH, "§2K2.6(b)(1)", "Specific offense characteristic", "the body armor used "
                 "in connection with another felony offense", version["used_levels"],
                 version["text_b"], sheet.note_version(version))
