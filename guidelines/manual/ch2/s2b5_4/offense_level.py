"""§2B5.4 (Criminal Infringement of Trademark), Nov. 1, 1987 - Oct. 31, 1993
(tables/trademark_infringement.toml). Amendment 481 quoted it whole as it deleted it: "(a)
Base Offense Level: 6 (b) Specific Offense Characteristic (1) If the retail value of the
infringing items exceeded $2,000, increase by the corresponding number of levels from the
table in §2F1.1 (Fraud and Deceit)." From Nov. 1, 1993 a trademark offense is sentenced
under §2B5.3.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import apply_amount_band, base_level_of
from ussg.guidelines.manual.ch2.s2b5_4.facts import TrademarkInfringementFacts

TABLE = "trademark_infringement"
SECTION = "§2B5.4"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B5.4(a): "Base Offense Level: 6"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (criminal infringement of trademark)",
                  given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B5.4(b)(1): the retail value of the infringing items through §2F1.1's table."""
    facts: TrademarkInfringementFacts = given.facts
    version = sheet.manual.table(TABLE)
    value = facts.retail_value_of_infringing_items
    apply_amount_band(sheet, SECTION, "Retail value of the infringing items",
                      version["retail_value"], value,
                      f"{given.facts_field}.retail_value_of_infringing_items",
                      f"retail_value_of_infringing_items = \"{value!s}\"",
                      sheet.note_version(version))
