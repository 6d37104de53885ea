"""§2X7.1 (Border Tunnels and Subterranean Passages), from Nov. 1, 2007 (Amendment 700), in the
Chapter Two registry (tables/border_tunnels.toml): (a)(1) a conviction under 18 U.S.C.
§ 555(c) (§ 554(c) before Nov. 1, 2008, Amendment 724): 4 plus the underlying smuggling
offense's level (through the registry, or stated), at least 16; (a)(2) § 555(a): 16; (a)(3)
§ 555(b): 8.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "border_tunnels"
SECTION = "§2X7.1"
TITLE = "Base offense level (border tunnel)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X7.1(a) by the subsection of conviction."""
    version = sheet.manual.table(TABLE)
    facts, source = given.facts, sheet.note_version(version)
    conviction = f"convicted under {version['statute']}{facts.convicted_under}"
    if facts.convicted_under != "(c)":
        rule = version["subsection_a" if facts.convicted_under == "(a)" else "subsection_b"]
        sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", TITLE, conviction, rule["level"],
                        f"“{rule['text']}”", source)
        return
    rule = version["smuggling"]
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    if facts.underlying_guideline == "other":
        words = f"the underlying smuggling offense: level {level}, as determined"
    sheet.steps.extend(steps)
    sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", TITLE, f"{conviction}; {words}",
                    level + rule["plus"], f"“{rule['text']}” ({rule['plus']} + {level})",
                    source)
    if sheet.level < rule["floor"]:
        sheet.move_to(CH, f"{SECTION}{rule['paragraph']}", "Border tunnel: least level",
                      f"{sheet.level} is less than {rule['floor']}", rule["floor"],
                      f"“If the resulting offense level is less than level {rule['floor']}, "
                      f"increase to level {rule['floor']}.”", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X7.1 has none."""
