"""§2T2.1 (Non-Payment of Taxes: alcohol and tobacco), unchanged since Nov. 1, 1987
(tables/alcohol_tobacco_tax.toml): "(a) Base Offense Level: Level from §2T4.1 (Tax Table)
corresponding to the tax loss. For purposes of this guideline, the "tax loss" is the amount of
taxes that the taxpayer failed to pay or attempted not to pay."
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_1.offense_level import tax_table_level
from ussg.guidelines.manual.ch2.s2t2_1.facts import AlcoholTobaccoTaxFacts


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T2.1(a): the Tax Table level for the tax loss."""
    facts: AlcoholTobaccoTaxFacts = given.facts
    version = sheet.manual.table("alcohol_tobacco_tax")
    level, line, table_source = tax_table_level(sheet, facts.tax_loss,
                                                f"{given.facts_field}.tax_loss")
    sheet.set_level("chapter_two", "§2T2.1(a)", "Base offense level (Non-Payment of Taxes)",
                    f"tax loss {facts.tax_loss!s}", level, f"“{version['text_a']}” {line}",
                    f"{sheet.note_version(version)}; {table_source}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T2.1 has none."""
