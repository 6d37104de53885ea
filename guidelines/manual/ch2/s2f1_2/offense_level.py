"""§2F1.2 (Insider Trading), Nov. 1, 1987 - Oct. 31, 2001 (tables/insider_trading_2f1_2.toml).
Amendment 617 quoted it whole as it deleted it: "(a) Base Offense Level: 8 (b) Specific
Offense Characteristic (1) Increase by the number of levels from the table in §2F1.1
corresponding to the gain resulting from the offense." From Nov. 1, 2001 insider trading is
§2B1.4.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import base_level_of
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import loss_table_line
from ussg.guidelines.manual.ch2.s2b1_4.facts import FormerInsiderTradingFacts

CH = "chapter_two"
TABLE = "insider_trading_2f1_2"
SECTION = "§2F1.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2F1.2(a): "Base Offense Level: 8"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (insider trading)",
                  given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2F1.2(b)(1): the line of §2F1.1's table (of the same date) for the gain."""
    facts: FormerInsiderTradingFacts = given.facts
    version = sheet.manual.table(TABLE)
    gain = version["gain"]
    table = sheet.manual.table("fraud_deceit_loss_table")
    _, add, line = loss_table_line(table, facts.gain, f"{given.facts_field}.gain")
    where = f"{SECTION}{gain['paragraph']}"
    words = f"gain = \"{facts.gain!s}\""
    reason = f"“{gain['text']}”: §2F1.1(b)(1) {line}"
    source = f"{sheet.note_version(version)}; {sheet.note_version(table)}"
    if add == 0:
        sheet.note(CH, where, "Gain resulting from the offense", words, "no increase", reason,
                   source)
    else:
        sheet.adjust(CH, where, "Gain resulting from the offense", words, add, reason, source)
