"""§2S1.3 (Structuring Transactions to Evade Reporting Requirements; Failure to Report Cash or
Monetary Transactions; ...) in the Chapter Two registry, as each edition has it
(tables/structuring.toml).

§2S1.3 (2016): "(a) Base Offense Level: (1) 8, if the defendant was convicted under 31 U.S.C.
§ 5318 or § 5318A; or (2) 6 plus the number of offense levels from the table in §2B1.1 ...
corresponding to the value of the funds, if subsection (a)(1) does not apply. (b) (1) If (A)
the defendant knew or believed that the funds were proceeds of unlawful activity, or were
intended to promote unlawful activity; or (B) the offense involved bulk cash smuggling,
increase by 2 levels. (2) If the defendant (A) was convicted of an offense under subchapter II
of chapter 53 of title 31, United States Code; and (B) committed the offense as part of a
pattern of unlawful activity involving more than $100,000 in a 12-month period, increase by 2
levels. (3) If (A) subsection (a)(2) applies and subsections (b)(1) and (b)(2) do not apply;
(B) the defendant did not act with reckless disregard of the source of the funds; (C) the
funds were the proceeds of lawful activity; and (D) the funds were to be used for a lawful
purpose, decrease the offense level to level 6. (c) (1) If the offense was committed for the
purposes of violating the Internal Revenue laws, apply the most appropriate guideline from
Chapter Two, Part T ... if the resulting offense level is greater than that determined above."
Before Nov. 1, 1993 (Amendment 490): (a)(1) 13 for structuring (and the findings of the
edition), (a)(2) 5; (b)(1) +5 (from 1991 +4, at least 13) where the defendant knew or
believed the funds criminally derived; (b)(2) from (a)(1), the value over $100,000 "as
specified in §2S1.1(b)(2)".
"""

from __future__ import annotations

from typing import get_args

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import (LOSS_TABLE, loss_table_line,
                                                           table_increase)
from ussg.guidelines.manual.ch2.s2s1_3.facts import Finding, StructuringFacts
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

TABLE = "structuring"
SECTION = "§2S1.3"
CH = "chapter_two"
TITLE = "Base offense level (structuring; failure to report monetary transactions)"
#: the loss table (a) names from Nov. 1, 1993, of the same date
LOSS_TABLES = {"§2F1.1": "fraud_deceit_loss_table", "§2B1.1": LOSS_TABLE}
#: where each finding is read, for the message refusing it in an edition without it
READ_IN = {
    "structured_transactions": "(a)(1)(A), Nov. 1, 1987 - Oct. 31, 1993",
    "false_statements_to_conceal": "(a)(1)(B), Nov. 1, 1987 - Oct. 31, 1991",
    "reasonably_should_have_believed_criminally_derived": "(a)(1)(C), Nov. 1, 1987 - Oct. 31, "
                                                          "1991",
    "knowingly_filed_false_report": "(a)(1)(B), Nov. 1, 1991 - Oct. 31, 1993 (Amendment 379)",
    "knew_or_believed_criminally_derived": "(b)(1), Nov. 1, 1987 - Oct. 31, 1993",
    "convicted_under_5318_or_5318a": "(a)(1), from Nov. 1, 2002 (Amendment 637)",
    "knew_or_believed_proceeds_of_unlawful_activity": "(b)(1), from Nov. 1, 1993 (Amendment "
                                                      "490)",
    "knew_or_believed_intended_to_promote_unlawful_activity": "(b)(1), from Nov. 1, 1993 "
                                                              "(Amendment 490)",
    "bulk_cash_smuggling": "(b)(1)(B), from Nov. 1, 2002 (Amendment 637)",
    "convicted_under_31_usc_chapter_53_subchapter_ii": "(b)(2)(A), from Nov. 1, 2002 "
                                                       "(Amendment 637)",
    "pattern_of_unlawful_activity": "(b)(2)(B), from Nov. 1, 2002 (Amendment 637)",
    "violating_another_law_of_the_united_states": "(b)(2)(B), in the 2025 Manual's words, from "
                                                  "Nov. 1, 2024 (Amendment 830)",
    "funds_proceeds_of_lawful_activity": "the decrease to level 6, from Nov. 1, 1993",
    "funds_for_lawful_purpose": "the decrease to level 6, from Nov. 1, 1993",
    "reckless_disregard_of_source": "the decrease to level 6, from Nov. 1, 1993",
    "committed_to_violate_internal_revenue_laws": "(c)(1), from Nov. 1, 1993 (Amendment 490)",
}
PARAGRAPHS = ("base_a1", "base_a2", "statutory_base", "value_base", "knowledge",
              "value_increase", "pattern", "lawful_decrease", "tax_cross_reference")


def _in_edition(version: Version, name: str) -> dict | None:
    """The paragraph ``name`` of the version, or None where the edition has none."""
    paragraph = version.get(name)
    return paragraph if paragraph is not None and paragraph.get("exists", True) else None


def _stated(facts: StructuringFacts, keys) -> list[str]:
    return [key for key in keys if getattr(facts, key)]


def _words(keys: list[str]) -> str:
    return ", ".join(f"{key} = true" for key in keys)


def refuse_findings_not_in_edition(sheet: Worksheet, version: Version,
                                   facts: StructuringFacts, field: str) -> None:
    """A finding stated true that no paragraph of the edition reads is refused, naming it."""
    read: set[str] = set()
    for name in PARAGRAPHS:
        paragraph = _in_edition(version, name)
        if paragraph is not None:
            read.update(paragraph.get("facts", ()))
            if paragraph.get("conviction"):
                read.add(paragraph["conviction"])
    for key in get_args(Finding):
        if getattr(facts, key) and key not in read:
            raise CaseError(f"{field}.{key}",
                            f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} has no words for this "
                            f"finding (it is read in {READ_IN[key]})")


def _old_base_from_a1(version: Version, facts: StructuringFacts) -> list[str]:
    """1987-1993: the findings of (a)(1) made (none: (a)(2))."""
    return _stated(facts, version["base_a1"]["facts"])


def _statutory(version: Version, facts: StructuringFacts) -> bool:
    paragraph = _in_edition(version, "statutory_base")
    return paragraph is not None and facts.convicted_under_5318_or_5318a


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a) of the edition: 13 or 5 (1987-1993); 8 for § 5318/5318A (from 2002); else 6 plus
    the loss table's levels for the value of the funds (from 1993)."""
    facts: StructuringFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_findings_not_in_edition(sheet, version, facts, field)
    source = sheet.note_version(version)
    if _in_edition(version, "base_a1") is not None:
        found = _old_base_from_a1(version, facts)
        base = version["base_a1"] if found else version["base_a2"]
        sheet.set_level(CH, f"{SECTION}{base['paragraph']}", TITLE,
                        _words(found) if found else "none of the findings of (a)(1)",
                        base["level"], f"“{base['text']}”", source)
        return
    if _statutory(version, facts):
        base = version["statutory_base"]
        sheet.set_level(CH, f"{SECTION}{base['paragraph']}", TITLE,
                        "convicted_under_5318_or_5318a = true", base["level"],
                        f"“{base['text']}”", source)
        return
    base = version["value_base"]
    table = sheet.manual.table(LOSS_TABLES[base["table"]])
    letter, add, line = loss_table_line(table, facts.value_of_funds, f"{field}.value_of_funds")
    sheet.set_level(CH, f"{SECTION}{base['paragraph']}", TITLE,
                    f"value of the funds {facts.value_of_funds!s}", base["plus"] + add,
                    f"{base['plus']} plus {base['table']}(b)(1) {line} "
                    f"({sheet.note_version(table)}): “{base['text']}”", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b) in the edition's order."""
    facts: StructuringFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    knowledge = version["knowledge"]
    known = _stated(facts, knowledge["facts"])
    if known:
        section = f"{SECTION}{knowledge['paragraph']}"
        sheet.adjust(CH, section, "Funds criminally derived or to promote unlawful activity",
                     _words(known), knowledge["levels"], f"“{knowledge['text']}”", source)
        minimum = knowledge.get("minimum")
        if minimum is not None and sheet.level < minimum:
            sheet.move_to(CH, section, f"Minimum offense level {minimum}", _words(known),
                          minimum, f"the resulting offense level is less than level {minimum}: "
                          f"“{knowledge['text']}”", source)
    if _in_edition(version, "value_increase") is not None:
        _value_increase(sheet, given, version, facts)
    pattern = _pattern(sheet, version, facts, source)
    _lawful_decrease(sheet, version, facts, bool(known) or pattern, source)


def _value_increase(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                    facts: StructuringFacts) -> None:
    """1987-1993 (b)(2): from (a)(1), the value of the funds by §2S1.1(b)(2)'s table."""
    paragraph = version["value_increase"]
    section = f"{SECTION}{paragraph['paragraph']}"
    words = f"value of the funds {facts.value_of_funds!s}"
    if not _old_base_from_a1(version, facts):
        sheet.note(CH, section, "Value of the funds (§2S1.1(b)(2))", words, "not applied",
                   f"the base offense level is from (a)(2): “{paragraph['text']}”",
                   sheet.note_version(version))
        return
    table_increase(sheet, section, "Value of the funds (§2S1.1(b)(2))", words,
                   sheet.manual.table("laundering_value_table"), facts.value_of_funds,
                   f"{given.facts_field}.value_of_funds", " (as specified in §2S1.1(b)(2))")


def _pattern(sheet: Worksheet, version: Version, facts: StructuringFacts, source: str) -> bool:
    """From 2002 (b)(2): the conviction (A) and a finding of (B); True if applied."""
    paragraph = _in_edition(version, "pattern")
    if paragraph is None:
        return False
    found = _stated(facts, paragraph["facts"])
    if not found:
        return False
    section = f"{SECTION}{paragraph['paragraph']}"
    title = "Pattern of unlawful activity; another law violated"
    if not getattr(facts, paragraph["conviction"]):
        sheet.note(CH, section, title, _words(found), "not applied",
                   f"(A) is not found ({paragraph['conviction']} is not stated): "
                   f"“{paragraph['text']}”", source)
        return False
    sheet.adjust(CH, section, title, _words([paragraph["conviction"], *found]),
                 paragraph["levels"], f"“{paragraph['text']}”", source)
    return True


def _lawful_decrease(sheet: Worksheet, version: Version, facts: StructuringFacts,
                     increased: bool, source: str) -> None:
    """From 1993: the decrease to level 6, where (A)-(D) are all met; where (C) and (D) are
    found but (A) or (B) is not, a step says which."""
    paragraph = _in_edition(version, "lawful_decrease")
    if paragraph is None or not (facts.funds_proceeds_of_lawful_activity or
                                 facts.funds_for_lawful_purpose):
        return
    section = f"{SECTION}{paragraph['paragraph']}"
    title = "Lawful funds for a lawful purpose"
    words = _words(_stated(facts, paragraph["facts"]))
    text = f"“{paragraph['text']}”"
    missing = []
    if _statutory(version, facts) or increased:
        missing.append("(A)")
    if facts.reckless_disregard_of_source:
        missing.append("(B)")
    if not facts.funds_proceeds_of_lawful_activity:
        missing.append("(C)")
    if not facts.funds_for_lawful_purpose:
        missing.append("(D)")
    if missing:
        sheet.note(CH, section, title, words, "not applied",
                   f"{', '.join(missing)} not met: {text}", source)
        return
    if sheet.level <= paragraph["to_level"]:
        sheet.note(CH, section, title, words, "no change",
                   f"the offense level is {sheet.level}: {text}", source)
        return
    sheet.move_to(CH, section, title, words, paragraph["to_level"], text, source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """From 1993 (c)(1): the Part T guideline's level, if greater."""
    facts: StructuringFacts = given.facts
    if not facts.committed_to_violate_internal_revenue_laws:
        return
    version = sheet.manual.table(TABLE)
    paragraph = version["tax_cross_reference"]
    assert facts.tax_guideline is not None
    level, steps, words = underlying_level(sheet, given, facts.tax_guideline,
                                           facts.tax_offense_level, given.facts_field)
    adopt_if_greater(sheet, f"{SECTION}{paragraph['paragraph']}",
                     "Cross reference: Chapter Two, Part T",
                     f"committed to violate the Internal Revenue laws; {words}", level, steps,
                     paragraph["text"], sheet.note_version(version), only_if_greater=True)
