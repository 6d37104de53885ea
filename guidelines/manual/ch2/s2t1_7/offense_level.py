"""§2T1.7 (Failing to Deposit Collected Taxes in Trust Account as Required After Notice) in the
Chapter Two registry (tables/tax_trust_deposit.toml), unamended since Nov. 1, 1987: "(a) Base
Offense Level (Apply the greater): (1) 4; or (2) 5 less than the level from §2T4.1 (Tax Table)
corresponding to the amount not deposited."
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import tax_table_level
from ussg.guidelines.manual.ch2.s2t1_7.facts import TaxTrustDepositFacts

CH = "chapter_two"
TABLE = "tax_trust_deposit"
SECTION = "§2T1.7"
TITLE = ("Base offense level (Failing to Deposit Collected Taxes in Trust Account as Required "
         "After Notice)")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.7(a): the greater of (1) 4 and (2) 5 less than the Tax Table level."""
    facts: TaxTrustDepositFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    level, line, table_source = tax_table_level(sheet, facts.amount_not_deposited,
                                                f"{given.facts_field}.amount_not_deposited")
    less = version["less_than_table"]
    floor = version["floor"]
    lowered = level - less
    working = (f"(2) {line}, less {less}: {lowered}; (1) {floor}: the greater, "
               f"{max(lowered, floor)}")
    paragraph = "(a)(2)" if lowered > floor else "(a)(1)"
    sheet.set_level(CH, f"{SECTION}{paragraph}", TITLE,
                    f"amount not deposited {facts.amount_not_deposited!s}",
                    max(lowered, floor), f"“{version['text_a']}” {working}",
                    f"{source}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.7 has no specific offense characteristics."""
