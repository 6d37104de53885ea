"""§2B1.4 (Insider Trading) in the Chapter Two registry, as each edition has it
(tables/insider_trading.toml).

2016 and 2025 text (GLM2016_fulltext.txt lines 2585-2593; GLM2025_fulltext.txt lines
5558-5568): "(a) Base Offense Level: 8 (b)(1) If the gain resulting from the offense exceeded
$6,500, increase by the number of levels from the table in §2B1.1 (Theft, Property
Destruction, and Fraud) corresponding to that amount. (2) If the offense involved an organized
scheme to engage in insider trading and the offense level determined above is less than level
14, increase to level 14." $5,000 before Nov. 1, 2015 (Amendment 791); no (b)(2) before Nov. 1,
2012 (Amendment 761). Before Nov. 1, 2001 insider trading was §2F1.2 (``s2f1_2``).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_amount_band, base_level_of, refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import at_least
from ussg.guidelines.manual.ch2.s2b1_4.facts import InsiderTradingFacts

CH = "chapter_two"
TABLE = "insider_trading"
SECTION = "§2B1.4"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.4(a): "Base Offense Level: 8"."""
    version = sheet.manual.table(TABLE)
    facts: InsiderTradingFacts = given.facts
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("organized", "organized_scheme", facts.organized_scheme),))
    base_level_of(sheet, version, SECTION, "Base offense level (insider trading)",
                  given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) the gain; (b)(2) the floor of 14 ("the offense level determined above")."""
    facts: InsiderTradingFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    apply_amount_band(sheet, SECTION, "Gain resulting from the offense", version["gain"],
                      facts.gain, f"{given.facts_field}.gain", f"gain = \"{facts.gain!s}\"",
                      source)
    if not facts.organized_scheme:
        return
    organized = version["organized"]
    section, words = f"{SECTION}{organized['paragraph']}", "organized_scheme = true"
    assert sheet.level is not None
    if sheet.level >= organized["minimum"]:
        sheet.note(CH, section, f"Minimum offense level {organized['minimum']}", words,
                   "no change", f"“{organized['text']}”: the offense level {sheet.level} is "
                   f"not less than level {organized['minimum']}", source)
        return
    at_least(sheet, section, organized["minimum"], words, source,
             f"“{organized['text']}”: the offense level {sheet.level} is less than level "
             f"{organized['minimum']}")
