"""§2Q1.5 (Threatened Tampering with Public Water System) in the Chapter Two registry
(tables/threatened_water_tampering.toml), Nov. 1, 1987 - Oct. 31, 2003.

1989-2003 (App. C Vol. II lines 15975-15991, the text Amendment 655 strikes): "(a) Base
Offense Level: 10 (b) Specific Offense Characteristic (1) If the threat or attempt resulted in
disruption of a public water system or evacuation of a community or a substantial public
expenditure, increase by 4 levels. (c) Cross Reference (1) If the purpose of the offense was to
influence government action or to extort money, apply §2B3.2 (Extortion by Force or Threat of
Injury or Serious Damage)." Before Nov. 1, 1989 (Amendment 207, Vol. I lines 4011-4024) (b)(2)
read "If the purpose of the offense was to influence government action or to extort money,
increase by 8 levels." and there was no (c). (c)(1) does not say "if greater": §2B3.2's level
replaces this one.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, refuse_paragraphs_not_in_edition)

TABLE = "threatened_water_tampering"
SECTION = "§2Q1.5"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 10."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("purpose", "purpose_influence_government_or_extort",
         facts.purpose_influence_government_or_extort),
        ("extortion", "extortion", facts.extortion is not None)))
    set_base(sheet, version, SECTION, "all",
             given.offense.description or "threatened tampering with a public water system")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1); (b)(2) before Nov. 1, 1989."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    if facts.disruption_or_expenditure:
        apply_paragraph(sheet, version, SECTION, "disruption", "true",
                        "disruption_or_expenditure = true")
    if facts.purpose_influence_government_or_extort:
        apply_paragraph(sheet, version, SECTION, "purpose", "true",
                        "purpose_influence_government_or_extort = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) from Nov. 1, 1989: §2B3.2 through the registry, its level replacing this one."""
    facts = given.facts
    if facts.extortion is None:
        return
    version = sheet.manual.table(TABLE)
    level, steps = registry.offense_level_under(
        sheet, "2B3.2", given.under("2B3.2", facts.extortion, f"{given.facts_field}.extortion"))
    rule = version["extortion"]
    adopt_if_greater(sheet, f"{SECTION}{rule['paragraph']}", rule["title"],
                     f"extortion (the §2B3.2 findings): level {level}", level, steps,
                     rule["text"], sheet.note_version(version), only_if_greater=False)
