"""§2N1.2 (Providing False Information or Threatening to Tamper with Consumer Products) in the
Chapter Two registry (tables/tampering_threat.toml).

Nov. 1, 1987 - Oct. 31, 1990 (App. C Vol. I lines 7201-7204, the text Amendment 339 deletes):
"(a) Base Offense Level (Apply the greater): (1) 16; (2) If the offense involved extortion,
apply §2B3.2." From Nov. 1, 1990 (Amendment 339; the 2016 and 2025 words): "(a) Base Offense
Level: 16 (b) Cross Reference (1) If the offense involved extortion, apply §2B3.2 (Extortion by
Force or Threat of Injury or Serious Damage)." (no "if greater": §2B3.2's level replaces 16;
"No substantive change results", the amendment's reason says, §2B3.2's base being 18). Note 1's
upward departure is not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater

TABLE = "tampering_threat"
SECTION = "§2N1.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 16 ((a)(1) before Nov. 1, 1990)."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description
             or "providing false information or threatening to tamper with consumer products")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2N1.2 has none."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """Extortion: §2B3.2 through the registry ((a)(2) the greater before Nov. 1, 1990; (b)(1)
    outright from then)."""
    facts = given.facts
    if facts.extortion is None:
        return
    version = sheet.manual.table(TABLE)
    level, steps = registry.offense_level_under(
        sheet, "2B3.2", given.under("2B3.2", facts.extortion, f"{given.facts_field}.extortion"))
    rule = version["extortion"]
    adopt_if_greater(sheet, f"{SECTION}{rule['paragraph']}", rule["title"],
                     f"extortion (the §2B3.2 findings): level {level}", level, steps,
                     rule["text"], sheet.note_version(version),
                     only_if_greater=rule["if_greater"])
