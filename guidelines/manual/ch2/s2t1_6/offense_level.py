"""§2T1.6 (Failing to Collect or Truthfully Account for and Pay Over Tax) in the Chapter Two
registry (tables/tax_pay_over.toml).

2025: "(a) Base Offense Level: Level from §2T4.1 (Tax Table) corresponding to the tax not
collected or accounted for and paid over. (b) Cross Reference (1) Where the offense involved
embezzlement by withholding tax from an employee's earnings and willfully failing to account to
the employee for it, apply §2B1.1 (Theft, Property Destruction, and Fraud) if the resulting
offense level is greater than that determined above." 1987: "... and paid over, plus interest"
(Amendment 232 deleted the interest on Nov. 1, 1989); (b) from Nov. 1, 1991 (Amendment 409).
The §2B1.1 level is computed through the registry from [offense.theft_fraud] of the same count,
or stated ("other").
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import Dollars
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import (cross_reference_if_greater, shown,
                                                           tax_table_level)
from ussg.guidelines.manual.ch2.s2t1_6.facts import TaxPayOverFacts

CH = "chapter_two"
TABLE = "tax_pay_over"
SECTION = "§2T1.6"
TITLE = "Base offense level (Failing to Collect or Truthfully Account for and Pay Over Tax)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.6(a): the Tax Table level for the tax not paid over (1987: plus interest)."""
    facts: TaxPayOverFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    in_force = format_date(sheet.manual.in_force)
    amount, words = facts.tax_not_paid_over, f"tax not paid over {facts.tax_not_paid_over!s}"
    if version.get("with_interest"):
        if facts.interest is None:
            raise CaseError(f"{given.facts_field}.interest",
                            f"{SECTION}(a) in the Guidelines Manual in force on {in_force} "
                            f"reads the tax “plus interest”: give interest (\"0\" if none)")
        amount = Dollars(facts.tax_not_paid_over + facts.interest)
        words = (f"tax not paid over {facts.tax_not_paid_over!s} plus interest "
                 f"{facts.interest!s} = {shown(amount)}")
    elif facts.interest is not None:
        raise CaseError(f"{given.facts_field}.interest",
                        f"{SECTION}(a) in the Guidelines Manual in force on {in_force} adds no "
                        f"interest (“plus interest” was deleted by Amendment 232, Nov. 1, "
                        f"1989)")
    level, line, table_source = tax_table_level(sheet, amount,
                                                f"{given.facts_field}.tax_not_paid_over")
    sheet.set_level(CH, f"{SECTION}(a)", TITLE, words, level,
                    f"“{version['text_a']}” {line}", f"{source}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.6 has no specific offense characteristics."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.6(b)(1), from Nov. 1, 1991: §2B1.1 if the resulting offense level is greater."""
    facts: TaxPayOverFacts = given.facts
    if not facts.employee_embezzlement:
        return
    cross_reference_if_greater(
        sheet, given, TABLE, SECTION, flag="employee_embezzlement",
        guideline=facts.embezzlement_guideline, stated_level=facts.embezzlement_offense_level,
        added_by="subsection (b) was added by Amendment 409, Nov. 1, 1991",
        what="embezzlement from employees", as_determined="§2B1.1: level {level}, as determined")
