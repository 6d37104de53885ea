"""§2S1.2 (Engaging in Monetary Transactions in Property Derived from Specified Unlawful
Activity), Nov. 1, 1987 - Oct. 31, 2001: "(a) Base Offense Level: 17"; (b)(1) "If the
defendant knew that the funds were the proceeds of: (A) ... narcotics or other controlled
substances, increase by 5 levels; or (B) any other specified unlawful activity ..., increase
by 2 levels"; (b)(2) "If the value of the funds exceeded $100,000, increase the offense level
as specified in §2S1.1(b)(2)."
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import table_increase

TITLE = "Engaging in Monetary Transactions in Property Derived from Specified Unlawful Activity"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    version = sheet.manual.table("laundering_monetary_transactions")
    sheet.set_level("chapter_two", "§2S1.2(a)", f"Base offense level ({TITLE})",
                    "offense under §2S1.2", version["level"], "“Base Offense Level: 17”",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) (A) or (B), then (b)(2) by §2S1.1(b)(2)'s value table."""
    facts = given.facts
    version = sheet.manual.table("laundering_monetary_transactions")
    source = sheet.note_version(version)
    if facts.knew_proceeds_of_controlled_substance_offense:
        sheet.adjust("chapter_two", "§2S1.2(b)(1)(A)", "Proceeds of specified unlawful activity",
                     "knew the funds were the proceeds of a controlled substance offense",
                     version["narcotics_levels"], "“(A) ... narcotics or other controlled "
                     "substances, increase by 5 levels”", source)
    elif facts.knew_proceeds_of_other_specified_unlawful_activity:
        sheet.adjust("chapter_two", "§2S1.2(b)(1)(B)", "Proceeds of specified unlawful activity",
                     "knew the funds were the proceeds of other specified unlawful activity",
                     version["other_levels"], "“(B) any other specified unlawful activity (see "
                     "18 U.S.C. § 1956(c)(7)), increase by 2 levels”", source)
    table_increase(sheet, "§2S1.2(b)(2)", "Value of the funds (§2S1.1(b)(2))",
                   f"value of the funds {facts.value_of_funds!s}",
                   sheet.manual.table("laundering_value_table"), facts.value_of_funds,
                   f"{given.facts_field}.value_of_funds", " (as specified in §2S1.1(b)(2))")
