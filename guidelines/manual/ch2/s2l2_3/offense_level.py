"""§2L2.3 (Trafficking in a United States Passport), Nov. 1, 1987 - Oct. 31, 1993: (a) 6, from
Nov. 1, 1989 9; (b)(1) for profit +3, from Nov. 1, 1989 other than for profit -3; (b)(2) the
number of passports from Nov. 1, 1992 (tables/passport_trafficking.toml). Amendment 481 quoted
the guideline whole as it deleted it: "(a) Base Offense Level: 9 (b) ... (1) If the defendant
committed the offense other than for profit, decrease by 3 levels. (2) If the offense involved
six or more passports, increase as follows: ... (A) 6-24 add 2 (B) 25-99 add 4 (C) 100 or
more add 6."."""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2l2_1.offense_level import (
    number_table_line, profit, span_words, where)

TABLE = "passport_trafficking"
SECTION = "§2L2.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.3(a): "Base Offense Level: 9" (6 before Nov. 1, 1989)."""
    version = sheet.manual.table(TABLE)
    sheet.set_level("chapter_two", f"{SECTION}(a)", "Base offense level (Trafficking in a "
                    "United States Passport)", "trafficking in a United States passport",
                    version["base"], f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.3(b)(1) and (b)(2)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    profit(sheet, version, facts.other_than_for_profit, source, SECTION)
    if version.get("passports") is None:
        if facts.passports >= 6:
            not_in_edition(sheet, where(sheet, given), "passports", f"{SECTION}(b)(2)",
                           "Number of passports", f"{facts.passports} passports",
                           f"{SECTION}(b)(2) counts the passports from Amendment 450 (Nov. 1, "
                           f"1992)", source, "chapter_two")
        return
    row = number_table_line(version["passports"], facts.passports)
    if row is not None:
        sheet.adjust("chapter_two", f"{SECTION}(b)(2)({row['line']})", "Number of passports",
                     f"{facts.passports} passports", row["add"],
                     f"(b)(2) “If the offense involved six or more passports”: "
                     f"{span_words(row)}, add {row['add']}", source)
