"""§2B3.3 (Blackmail and Similar Forms of Extortion) in the Chapter Two registry: (a) the base
offense level, (b)(1) the amount obtained or demanded, (c) the cross references, as the edition
applied has them (tables/blackmail.toml).

§2B3.3(b)(1) (2025): "If the greater of the amount obtained or demanded (A) exceeded $2,500
but did not exceed $6,500, increase by 1 level; or (B) exceeded $6,500, increase by the number
of levels from the table in §2B1.1 (Theft, Property Destruction, and Fraud) corresponding to
that amount." The §2B1.1 table is the one in force on the same date.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, amount_band, base_level_of, greatest_amount)
from ussg.guidelines.manual.ch2.s2b3_3.facts import BlackmailFacts

TABLE = "blackmail"
SECTION = "§2B3.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.3(a): "Base Offense Level: 9"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level (blackmail)",
                  given.offense.description or "blackmail")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.3(b)(1): the greater of the amount obtained or demanded: (A) 1 level over the
    first amount up to the second; (B) over the second, the §2B1.1 table's levels."""
    facts: BlackmailFacts = given.facts
    greatest = greatest_amount(amount_obtained=facts.amount_obtained,
                               amount_demanded=facts.amount_demanded)
    if greatest is None:
        return
    name, amount, words = greatest
    version = sheet.manual.table(TABLE)
    paragraph = version["amount"]
    section = f"{SECTION}{paragraph['paragraph']}"
    title = "Amount obtained or demanded"
    source = sheet.note_version(version)
    band = paragraph.get("one_level_more_than")
    kind, add, line, loss_table = amount_band(sheet, paragraph, amount,
                                              f"{given.facts_field}.{name}")
    if kind == "table":
        sheet.adjust("chapter_two", f"{section}(B)" if band else section, title, words, add,
                     f"“{paragraph['text']}” The greater, {name} {amount!s}: "
                     f"{paragraph['table']}(b)(1) {line}",
                     source + "; " + sheet.note_version(loss_table))
    elif kind == "one_level":
        sheet.adjust("chapter_two", f"{section}(A)", title, words, add,
                     f"“{paragraph['text']}” The greater, {name} {amount!s}, exceeded "
                     f"{paragraph['one_level_more_than']} but not {paragraph['table_more_than']}",
                     source)
    else:
        sheet.note("chapter_two", section, title, words, "no increase",
                   f"the greater, {name} {amount!s}, did not exceed "
                   f"{band or paragraph['table_more_than']}: “{paragraph['text']}”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.3(c)(1): extortion under color of official right: "apply §2C1.1"; (c)(2):
    extortion by force or threat of injury or serious damage: "apply §2B3.2"; each computed
    from its findings through the registry, its level replacing this one (neither says "if
    the resulting offense level is greater")."""
    facts: BlackmailFacts = given.facts
    version = sheet.manual.table(TABLE)
    stated = [(name, key, section, findings) for name, key, section, findings in (
        ("extortion_under_color_of_official_right", "official_right_cross_reference",
         "2C1.1", facts.extortion_under_color_of_official_right),
        ("extortion_by_force", "force_cross_reference", "2B3.2", facts.extortion_by_force))
        if findings is not None]
    for name, key, _, _ in stated:
        if version.get(key) is None:
            raise CaseError(f"{given.facts_field}.{name}",
                            f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} has no cross references "
                            f"(subsection (c) was added by Amendment 479, Nov. 1, 1993)")
    if len(stated) > 1:
        raise CaseError(f"{given.facts_field}.extortion_by_force",
                        f"{SECTION}(c)(1) (apply §2C1.1) and (c)(2) (apply §2B3.2) each name "
                        f"the guideline to apply; give the findings of the one the court "
                        f"applies (§2C1.1(c)(3) reaches §2B3.2 from §2C1.1 where the offense "
                        f"involved a threat: its key threat)")
    if not stated:
        return
    name, key, section, findings = stated[0]
    reference = version[key]
    title = {"2C1.1": "Cross reference: extortion under color of official right (§2C1.1)",
             "2B3.2": "Cross reference: extortion by force or threat (§2B3.2)"}[section]
    level, steps = registry.offense_level_under(
        sheet, section, given.under(section, findings, f"{given.facts_field}.{name}"))
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}", title,
                     f"{name} (the §{section} findings): level {level}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=False)
