"""§2T3.1 (Evading Import Duties or Restrictions (Smuggling); Receiving or Trafficking in
Smuggled Property) in the Chapter Two registry (tables/import_duties.toml).

2025: "(a) Base Offense Level: (1) The level from §2T4.1 (Tax Table) corresponding to the tax
loss, if the tax loss exceeded $1,500; or (2) 5, if the tax loss exceeded $200 but did not
exceed $1,500; or (3) 4, if the tax loss did not exceed $200. For purposes of this guideline,
the "tax loss" is the amount of the duty. (b)(1) If the offense involved sophisticated means,
increase by 2 levels. If the resulting offense level is less than level 12, increase to level
12. (c)(1) If the offense involves a contraband item covered by another offense guideline,
apply that offense guideline if the resulting offense level is greater than that determined
above." 1987: the Tax Table level alone; (a)(1)-(3) with $1,000 and $100 and (b)(1) from Nov. 1,
1991 (Amendment 410); (c)(1) from Nov. 1, 1992 (Amendment 453); $1,500 and $200 from Nov. 1,
2015 (Amendment 791). The other guideline of (c)(1) is computed through the registry from the
same count's facts, or its level stated.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import dollars
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import (cross_reference_if_greater,
                                                           sophisticated, tax_table_level)
from ussg.guidelines.manual.ch2.s2t3_1.facts import ImportDutiesFacts

CH = "chapter_two"
TABLE = "import_duties"
SECTION = "§2T3.1"
TITLE = "Base offense level (Evading Import Duties or Restrictions)"


def duty_level(sheet: Worksheet, given: registry.ChapterTwoCase, table: str, section: str,
               title: str) -> None:
    """(a) of §2T3.1 (and of the former §2T3.2, ``table``): the first paragraph whose amount
    the duty exceeds (the last otherwise); the Tax Table's level, or the paragraph's own."""
    version = sheet.manual.table(table)
    source = sheet.note_version(version)
    duty = given.facts.tax_loss
    field = f"{given.facts_field}.tax_loss"
    for line in version["lines"]:
        bound = line.get("more_than")
        if bound is not None and not duty > dollars(bound):
            continue
        words = f"tax loss (the duty) {duty!s}"
        if line.get("level") is not None:
            sheet.set_level(CH, f"{section}{line['paragraph']}", title, words, line["level"],
                            f"“{line['text']}”", source)
            return
        level, table_line, table_source = tax_table_level(sheet, duty, field)
        sheet.set_level(CH, f"{section}{line['paragraph']}", title, words, level,
                        f"“{line['text']}” {table_line}", f"{source}; {table_source}")
        return
    raise AssertionError("the last line of (a) applies to any tax loss")


def duty_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase, table: str,
                         section: str) -> None:
    """(b)(1) of §2T3.1 (and of the former §2T3.2), from Nov. 1, 1991, in the edition's
    words; stated before, an error naming the fact."""
    version = sheet.manual.table(table)
    facts = given.facts
    if version.get("sophisticated") is None:
        stated = [name for name in ("sophisticated_means", "sophisticated_concealment")
                  if getattr(facts, name, False)]
        if stated:
            raise CaseError(f"{given.facts_field}.{stated[0]}",
                            f"{section} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} has no specific offense "
                            f"characteristic (subsection (b) was added by Amendment 410, Nov. "
                            f"1, 1991)")
        return
    sophisticated(sheet, given, version, section, facts)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T3.1(a)."""
    duty_level(sheet, given, TABLE, SECTION, TITLE)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T3.1(b)(1), from Nov. 1, 1991, in the edition's words."""
    duty_characteristics(sheet, given, TABLE, SECTION)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T3.1(c)(1), from Nov. 1, 1992: the contraband item's guideline, if greater."""
    facts: ImportDutiesFacts = given.facts
    if not facts.contraband_item:
        return
    cross_reference_if_greater(
        sheet, given, TABLE, SECTION, flag="contraband_item",
        guideline=facts.contraband_guideline, stated_level=facts.contraband_offense_level,
        added_by="subsection (c) was added by Amendment 453, Nov. 1, 1992",
        what="contraband item",
        as_determined="the other offense guideline: level {level}, as determined")
