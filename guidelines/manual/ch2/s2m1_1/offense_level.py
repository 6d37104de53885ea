"""§2M1.1 (Treason) in the Chapter Two registry (tables/treason.toml): (a)(1) 43 if the conduct
is tantamount to waging war against the United States; (a)(2) the offense level applicable to
the most analogous offense (stated), otherwise.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry

CH = "chapter_two"
SECTION = "§2M1.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a)(1) 43, or (a)(2) the stated level of the most analogous offense."""
    version = sheet.manual.table("treason")
    source, heading, facts = sheet.note_version(version), version["heading"], given.facts
    if facts.waging_war:
        war = version["war"]
        sheet.set_level(CH, f"{SECTION}{war['paragraph']}", "Base offense level",
                        "waging_war = true", war["level"], f"“{heading} {war['text']}”", source)
        return
    rule, level = version["analogous"], facts.analogous_offense_level
    sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", "Base offense level",
                    f"analogous_offense_level = {level}", level,
                    f"“{heading} ... {rule['text']}” (the level as determined)", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M1.1 has none."""
