"""§2E5.1 (Offering, Accepting, or Soliciting a Bribe or Gratuity Affecting the Operation of an
Employee Welfare or Pension Benefit Plan; Prohibited Payments or Lending of Money by Employer or
Agent to Employees, Representatives, or Labor Organizations) in the Chapter Two registry
(tables/benefit_plan_bribery.toml): (a) 10 for a bribe, 6 for a gratuity; (b)(1) a fiduciary
+2; (b)(2) the greater of the value of the prohibited payment and the value of the improper
benefit to the payer, through the loss table of the same date (§2F1.1's until Nov. 1, 2001,
then "(A) exceeded $2,000 [2015: $2,500] but did not exceed $5,000 [$6,500], 1 level; or (B)"
the §2B1.1 table, as §2B4.1 reads it). (c) (fines for organizations) is not applied.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    amount_band, greatest_amount, section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2e5_1.facts import BenefitPlanBriberyFacts

CH = "chapter_two"
TABLE = "benefit_plan_bribery"
SECTION = "§2E5.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E5.1(a): (1) 10 if a bribe, (2) 6 if a gratuity. A fiduciary the edition does not
    name, or a §3B1.3 adjustment with (b)(1) (comment. (n.5)), is refused first."""
    facts: BenefitPlanBriberyFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    fiduciary = version["fiduciary"]
    if facts.fiduciary_of is not None and facts.fiduciary_of not in fiduciary["of"]:
        raise CaseError(f"{field}.fiduciary_of",
                        f"{SECTION}{fiduciary['paragraph']} in the Guidelines Manual in force "
                        f"on {format_date(sheet.manual.in_force)} reads “{fiduciary['text']}”: "
                        f"“or labor organization” was added by Amendment 481, eff. Nov. 1, 1993")
    if facts.fiduciary_of is not None and (name := section_3b1_3_stated(given.adjustments.role)):
        note = version["trust_note"]
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}{note['paragraph']}: “{note['text']}” ({field}.fiduciary_of "
                        f"applies (b)(1))")
    paragraph = "(a)(1)" if facts.payment == "bribe" else "(a)(2)"
    sheet.set_level(CH, f"{SECTION}{paragraph}", "Base offense level", facts.payment,
                    version[facts.payment], f"“{version['text_a']}”",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) the fiduciary; (b)(2) the greater value (no step where neither is stated)."""
    facts: BenefitPlanBriberyFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if facts.fiduciary_of is not None:
        fiduciary = version["fiduciary"]
        sheet.adjust(CH, f"{SECTION}{fiduciary['paragraph']}", "Fiduciary",
                     f"fiduciary_of = \"{facts.fiduciary_of}\"", fiduciary["levels"],
                     f"“{fiduciary['text']}”", source)
    apply_greater_value(sheet, given, version, SECTION)


def apply_greater_value(sheet: Worksheet, given: registry.ChapterTwoCase, version,
                        section_name: str) -> None:
    """(b)(2) (the former §2E5.6's (b)(1)): the greater of the value of the prohibited payment
    and the value of the improper benefit to the payer through the loss table the version's
    ``value`` names (no step where neither is stated)."""
    facts: BenefitPlanBriberyFacts = given.facts
    source = sheet.note_version(version)
    greatest = greatest_amount(prohibited_payment_value=facts.prohibited_payment_value,
                               improper_benefit_value=facts.improper_benefit_value)
    if greatest is None:
        return
    name, amount, words = greatest
    paragraph = version["value"]
    section = f"{section_name}{paragraph['paragraph']}"
    title = "Value of the prohibited payment or the improper benefit"
    text = f"“{paragraph['text']}”"
    band = paragraph.get("one_level_more_than")
    kind, add, line, table = amount_band(sheet, paragraph, amount,
                                         f"{given.facts_field}.{name}")
    if kind == "table" and add > 0:
        assert table is not None
        over = (f", exceeded {paragraph['table_more_than']}" if band else "")
        sheet.adjust(CH, f"{section}(B)" if band else section, title, words, add,
                     f"{text} The greater, {name} {amount!s}{over}: "
                     f"{paragraph['table']}(b)(1) {line}", f"{source}; {sheet.note_version(table)}")
    elif kind == "table":
        assert table is not None
        sheet.note(CH, section, title, words, "no increase",
                   f"{text} The greater, {name} {amount!s}: {paragraph['table']}(b)(1) {line}",
                   f"{source}; {sheet.note_version(table)}")
    elif kind == "one_level":
        sheet.adjust(CH, f"{section}(A)", title, words, add,
                     f"{text} The greater, {name} {amount!s}, exceeded {band} but not "
                     f"{paragraph['table_more_than']}", source)
    else:
        sheet.note(CH, section, title, words, "no increase",
                   f"the greater, {name} {amount!s}, did not exceed "
                   f"{band or paragraph['table_more_than']}: {text}", source)
