"""§2S1.4 (Failure to File Currency and Monetary Instrument Report), Nov. 1, 1991 - Oct. 31,
1993 (tables/currency_monetary_instrument_report.toml): "(a) Base Offense Level: 9 (b) (1) If
the defendant knew or believed that the funds were criminally derived property, increase by 4
levels. (2) If the defendant knew or believed that the funds were intended to be used to
promote criminal activity, increase by 4 levels. (3) If the value of the funds exceeded
$100,000, increase the offense level as specified in §2S1.1(b)(2)."
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import apply_paragraph, base_level_of
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import table_increase

TABLE = "currency_monetary_instrument_report"
SECTION = "§2S1.4"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (failure to file Currency and Monetary Instrument Report)",
                  given.offense.description or "failure to file a report (31 U.S.C. § 5316)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) and (b)(2), each +4 (added together), then (b)(3)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    apply_paragraph(sheet, version, SECTION, "Funds criminally derived property",
                    version["criminally_derived"],
                    facts.knew_or_believed_criminally_derived_property,
                    "knew_or_believed_criminally_derived_property = true")
    apply_paragraph(sheet, version, SECTION, "Funds to promote criminal activity",
                    version["promote"],
                    facts.knew_or_believed_intended_to_promote_criminal_activity,
                    "knew_or_believed_intended_to_promote_criminal_activity = true")
    paragraph = version["value_increase"]
    table_increase(sheet, f"{SECTION}{paragraph['paragraph']}", "Value of the funds "
                   "(§2S1.1(b)(2))", f"value of the funds {facts.value_of_funds!s}",
                   sheet.manual.table("laundering_value_table"), facts.value_of_funds,
                   f"{given.facts_field}.value_of_funds", " (as specified in §2S1.1(b)(2))")
