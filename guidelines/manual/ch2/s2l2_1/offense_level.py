"""§2L2.1 (Trafficking in a Document Relating to Naturalization, Citizenship, or Legal Resident
Status, or a United States Passport; ...), from Nov. 1, 1987: (a) 6, from Nov. 1, 1989 9, from
May 1, 1997 11; (b)(1)-(5) as each edition has them (a fact of a paragraph the edition lacks is
refused)."""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2l1_1.immigration_priors import felony_immigration_convictions

TABLE = "document_trafficking"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.1(a): "Base Offense Level: 11" (9 from Nov. 1, 1989, 6 before)."""
    version = sheet.manual.table(TABLE)
    sheet.set_level("chapter_two", "§2L2.1(a)", "Base offense level (Trafficking in a "
                    "Document)", "trafficking in a document", version["base"],
                    f"“{version['text_a']}”", sheet.note_version(version))


def number_table_line(rows: list[dict], number: int) -> dict | None:
    """The line of a "number of ..." table (§2L2.1(b)(2), §2L1.1(b)(2)) that ``number`` falls
    in, or None below its first line."""
    found = None
    for row in rows:
        if number >= row["at_least"] and (row.get("at_most") is None or number <= row["at_most"]):
            found = row
    return found


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.1(b)(1)-(5)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    profit(sheet, version, facts.other_than_for_profit, source)
    if version.get("documents") is None:
        if facts.documents >= 6:
            not_in_edition(sheet, where(sheet, given), "documents", "§2L2.1(b)(2)",
                           "Number of documents", f"{facts.documents} documents",
                           "§2L2.1(b)(2) counts the documents from Amendment 450 (Nov. 1, 1992)",
                           source, "chapter_two")
    else:
        row = number_table_line(version["documents"], facts.documents)
        if row is not None:
            sheet.adjust("chapter_two", f"§2L2.1(b)(2)({row['line']})", "Number of documents",
                         f"{facts.documents} documents or passports", row["add"],
                         f"(b)(2) number of {version.get('documents_words', 'documents/passports')}"
                         f": {span_words(row)}, add {row['add']}", source)
    if facts.passport_or_visa_for_felony:
        if version.get("passport_felony") is None:
            not_in_edition(sheet, where(sheet, given), "passport_or_visa_for_felony",
                           "§2L2.1(b)(3)", "Passport or visa for a felony",
                           "passport or visa to be used to facilitate a felony",
                           "§2L2.1(b)(3) was added by Amendment 524 (Nov. 1, 1995)", source,
                           "chapter_two")
        else:
            sheet.adjust("chapter_two", "§2L2.1(b)(3)", "Passport or visa for a felony",
                         "passport or visa to be used to facilitate a felony",
                         version["passport_felony"], f"“{version['text_b3']}”", source)
    felony_immigration_convictions(sheet, given, "§2L2.1(b)(4)", version)
    passport_obtained_or_used(sheet, given, version, "§2L2.1(b)(5)")


def profit(sheet: Worksheet, version, other_than_for_profit: bool, source: str,
           section: str = "§2L2.1") -> None:
    """§2L2.1(b)(1) (and §2L2.3(b)(1), 1987-1993): from Nov. 1, 1989 (Amendments 195, 197) "If
    the defendant committed the offense other than for profit, decrease by 3 levels"; before,
    "If the defendant committed the offense for profit, increase by 3 levels"."""
    if version.get("profit_increase") is not None:
        if not other_than_for_profit:
            sheet.adjust("chapter_two", f"{section}(b)(1)", "For profit", "committed for profit",
                         version["profit_increase"], f"“{version['text_b1']}”", source)
    elif other_than_for_profit:
        sheet.adjust("chapter_two", f"{section}(b)(1)", "Other than for profit",
                     "committed other than for profit", -version["profit_decrease"],
                     f"“{version['text_b1']}”", source)


def where(sheet: Worksheet, given: registry.ChapterTwoCase) -> Where:
    """A fact the edition lacks is an error, except in the earlier Manual §1B1.11(b) weighs."""
    return Where(given.facts_field, sheet.manual.strict)


def span_words(row: dict) -> str:
    """A line's range as the Manual prints it: "25–99", "100 or more"."""
    return f"{row['at_least']}–{row['at_most']}" if row.get("at_most") is not None else \
        f"{row['at_least']} or more"


def passport_obtained_or_used(sheet: Worksheet, given: registry.ChapterTwoCase, version,
                              section: str) -> None:
    """§2L2.1(b)(5) / §2L2.2(b)(3): "If the defendant fraudulently obtained or used (A) a
    United States passport, increase by 4 levels; or (B) a foreign passport, increase by 2
    levels." An error where the edition has no such increase (shown as "not in this edition"
    in the earlier Manual §1B1.11(b) weighs)."""
    passport = given.facts.fraudulently_obtained_or_used
    if passport is None:
        return
    levels = version.get(passport)
    if levels is None:
        not_in_edition(sheet, where(sheet, given), "fraudulently_obtained_or_used", section,
                       "Passport fraudulently obtained or used", passport.replace("_", " "),
                       f"{section.split('(')[0]} has no increase for a "
                       f"{passport.replace('_', ' ')} in the Manual in force on "
                       f"{format_date(sheet.manual.in_force)} (United States passports: §2L2.2 "
                       f"from Amendment 671, Nov. 1, 2004; §2L2.1 and foreign passports from "
                       f"Amendment 692, Nov. 1, 2006)", sheet.note_version(version), "chapter_two")
        return
    letter = "A" if passport == "us_passport" else "B"
    words = "a United States passport" if passport == "us_passport" else "a foreign passport"
    sheet.adjust("chapter_two", f"{section}({letter})" if version.get("foreign_passport")
                 else section, "Passport fraudulently obtained or used",
                 f"fraudulently obtained or used {words}", levels,
                 f"“If the defendant fraudulently obtained or used ... {words}, increase by "
                 f"{levels} levels”", sheet.note_version(version))
