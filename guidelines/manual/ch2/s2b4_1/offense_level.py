"""§2B4.1 (Bribery in Procurement of Bank Loan and Other Commercial Bribery) in the Chapter Two
registry: (a) the base offense level and (b) the specific offense characteristics, as the
edition applied has them (tables/commercial_bribery.toml). §2B4.1 has no cross reference.

§2B4.1 (2025): "(a) Base Offense Level: 8 (b) (1) If the greater of the value of the bribe or
the improper benefit to be conferred (A) exceeded $2,500 but did not exceed $6,500, increase by
1 level; or (B) exceeded $6,500, increase by the number of levels from the table in §2B1.1
(Theft, Property Destruction, and Fraud) corresponding to that amount. (2) (Apply the greater)
If— (A) the defendant derived more than $1,000,000 in gross receipts from one or more financial
institutions as a result of the offense, increase by 2 levels; or (B) the offense substantially
jeopardized the safety and soundness of a financial institution, increase by 4 levels. If the
resulting offense level determined under subdivision (A) or (B) is less than level 24, increase
to level 24." Until Nov. 1, 2001 (b)(1) read the §2F1.1 table over $2,000 (Amendment 617);
(b)(2) came in 1990 (Amendment 317: jeopardized, +4), took the gross receipts in 1991
(Amendment 364: either, +4) and its present form in 2002 (Amendment 646).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    amount_band, base_level_of, greatest_amount, refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2b4_1.facts import CommercialBriberyFacts

TABLE = "commercial_bribery"
SECTION = "§2B4.1"
CH = "chapter_two"
#: the case-file key of each (b)(2) clause
FACT = {"jeopardized": "jeopardized_financial_institution",
        "gross_receipts": "gross_receipts_over_1_million"}


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B4.1(a): "Base Offense Level: 8" (every edition). A fact the edition lacks is
    refused first, naming it."""
    facts: CommercialBriberyFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("financial_institution", "jeopardized_financial_institution",
         facts.jeopardized_financial_institution),
        ("financial_institution", "gross_receipts_over_1_million",
         facts.gross_receipts_over_1_million)))
    paragraph = version["financial_institution"]
    keys = {c["key"] for c in paragraph.get("clauses", ())}
    if facts.gross_receipts_over_1_million and "gross_receipts" not in keys:
        raise CaseError(f"{field}.gross_receipts_over_1_million",
                        f"{SECTION}{paragraph['paragraph']} in the Guidelines Manual in force "
                        f"on {format_date(sheet.manual.in_force)} reads “{paragraph['text']}”: "
                        f"the gross receipts clause was added by Amendment 364, eff. Nov. 1, "
                        f"1991")
    base_level_of(sheet, version, SECTION, "Base offense level (commercial bribery)",
                  given.offense.description or "commercial bribery")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B4.1(b): (1) the greater of the bribe and the improper benefit; (2) the financial
    institution, once (from 2002 the greater clause), then the floor of 24."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    _value(sheet, given, version, source)
    if version["financial_institution"].get("exists", True):
        _financial_institution(sheet, given.facts, version["financial_institution"], source)


def _value(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
           source: str) -> None:
    """(b)(1): the greater of the amounts stated, through amount_band (the loss table of the
    same date); no step where neither is stated."""
    facts: CommercialBriberyFacts = given.facts
    greatest = greatest_amount(bribe_value=facts.bribe_value,
                               improper_benefit=facts.improper_benefit)
    if greatest is None:
        return
    name, amount, words = greatest
    paragraph = version["value"]
    section = f"{SECTION}{paragraph['paragraph']}"
    title = "Value of the bribe or the improper benefit"
    text = f"“{paragraph['text']}”"
    band = paragraph.get("one_level_more_than")
    kind, add, line, table = amount_band(sheet, paragraph, amount, f"{given.facts_field}.{name}")
    if kind == "table":
        sheet.adjust(CH, f"{section}(B)" if band else section, title, words, add,
                     f"{text} The greater, {name} {amount!s}, exceeded "
                     f"{paragraph['table_more_than']}: {paragraph['table']}(b)(1) {line}",
                     f"{source}; {sheet.note_version(table)}")
    elif kind == "one_level":
        sheet.adjust(CH, f"{section}(A)", title, words, add,
                     f"{text} The greater, {name} {amount!s}, exceeded {band} but not "
                     f"{paragraph['table_more_than']}", source)
    else:
        sheet.note(CH, section, title, words, "no increase",
                   f"the greater, {name} {amount!s}, did not exceed "
                   f"{band or paragraph['table_more_than']}: {text}", source)


def _financial_institution(sheet: Worksheet, facts: CommercialBriberyFacts, paragraph: dict,
                           source: str) -> None:
    """(b)(2): the clauses found, applied once (the one of most levels; from Nov. 1, 2002
    "(Apply the greater)", the other shown as not applied), then "If the resulting offense
    level ... is less than level 24, increase to level 24"."""
    found = [c for c in paragraph["clauses"] if getattr(facts, FACT[c["key"]])]
    if not found:
        return
    title = "Financial institution"
    applied = max(found, key=lambda c: c["levels"])  # the first on a tie
    section = f"{SECTION}{paragraph['paragraph']}"
    for clause in found:
        if clause is not applied:
            sheet.note(CH, f"{section}{clause['clause']}", title,
                       f"{FACT[clause['key']]} = true", "not applied",
                       (f"“{paragraph['greater']}”: {applied['clause']} gives "
                        f"{applied['levels']} levels" if paragraph.get("greater") else
                        f"“increase by {applied['levels']} levels” once, for "
                        f"{applied['clause']}"), source)
    words = f"{FACT[applied['key']]} = true"
    sheet.adjust(CH, f"{section}{applied['clause']}", title, words, applied["levels"],
                 f"“{applied['text']}”", source)
    floor = paragraph["floor"]
    assert sheet.level is not None
    if sheet.level >= floor:
        sheet.note(CH, section, f"Minimum offense level {floor}", words, "no change",
                   f"the offense level {sheet.level} is not less than level {floor}: "
                   f"“{paragraph['floor_text']}”", source)
    else:
        sheet.move_to(CH, section, f"Minimum offense level {floor}", words, floor,
                      f"the offense level {sheet.level} is less than level {floor}: "
                      f"“{paragraph['floor_text']}”", source)
