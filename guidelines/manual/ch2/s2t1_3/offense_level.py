"""§2T1.3 (Fraud and False Statements Under Penalty of Perjury), Nov. 1, 1987 - Oct. 31, 1993
(tables/tax_false_statement.toml): "(a) Base Offense Level: (1) Level from §2T4.1 (Tax Table)
corresponding to the tax loss, if the offense was committed in order to facilitate evasion of
a tax; or (2) 6, otherwise. For purposes of this guideline, the 'tax loss' is 28 percent of
the amount by which the greater of gross income and taxable income was understated, plus 100
percent of the total amount of any false credits claimed against tax. If the taxpayer is a
corporation, use 34 percent in lieu of 28 percent." (b) as §2T1.1's of the same date."""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import (tax_characteristics,
                                                            shown, tax_table_level,
                                                            understated_tax_loss)

CH = "chapter_two"
TABLE = "tax_false_statement"
SECTION = "§2T1.3"
TITLE = "Base offense level (Fraud and False Statements Under Penalty of Perjury)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.3(a)(1) the Tax Table level for the tax loss it defines, if the offense was
    committed to facilitate evasion of a tax; (a)(2) 6 otherwise."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if not facts.to_facilitate_evasion:
        sheet.set_level(CH, f"{SECTION}(a)(2)", TITLE, "not committed to facilitate evasion",
                        version["otherwise_level"], f"“{version['text_a']}”: “6, otherwise”",
                        source)
        return
    amount, working, _ = understated_tax_loss(sheet, facts, given.facts_field)
    level, line, table_source = tax_table_level(sheet, amount,
                                                f"{given.facts_field}.gross_income_understated")
    sheet.set_level(CH, f"{SECTION}(a)(1)", TITLE,
                    f"committed to facilitate evasion; tax loss {shown(amount)}", level,
                    f"“{version['text_a']}” Tax loss: {working}. {line}",
                    f"{source}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.3(b)(1) and (b)(2), as §2T1.1's of the same date."""
    tax_characteristics(sheet, given, sheet.manual.table(TABLE), SECTION)
