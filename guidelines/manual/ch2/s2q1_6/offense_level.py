"""§2Q1.6 (Hazardous or Injurious Devices on Federal Lands) in the Chapter Two registry
(tables/federal_lands_devices.toml), from Nov. 1, 1989.

2016 text (GLM2016_fulltext.txt lines 8945-8953; the 2025 Manual the same): "(a) Base Offense
Level (Apply the greatest): (1) If the intent was to violate the Controlled Substances Act,
apply §2D1.9 (...); (2) If the intent was to obstruct the harvesting of timber, and property
destruction resulted, apply §2B1.1 (Theft, Property Destruction, and Fraud); (3) If the offense
involved reckless disregard to the risk that another person would be placed in danger of death
or serious bodily injury under circumstances manifesting extreme indifference to such risk, the
offense level from §2A2.2 (Aggravated Assault); or (4) 6, otherwise." (a)(2) named §2B1.3
before Nov. 1, 2001 (Amendment 617).

Each of (1)-(3) the case finds is computed through the registry; the greatest of them and (4)'s
6 is the level (a tie keeps the first listed), the others shown set aside.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import CH

TABLE = "federal_lands_devices"
SECTION = "§2Q1.6"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): the greatest of (1)-(3) found and (4) 6."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    field = given.facts_field
    timber = version["timber"]
    for key, guideline in (("timber_property_damage", "2B1.3"), ("timber_theft_fraud", "2B1.1")):
        if getattr(facts, key) is not None and timber["guideline"] != guideline:
            raise CaseError(f"{field}.{key}",
                            f"{SECTION}(a)(2) in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} applies "
                            f"§{timber['guideline']}, not §{guideline} (Amendment 617, eff. "
                            f"Nov. 1, 2001, replaced §2B1.3 with §2B1.1): give "
                            f"{'timber_theft_fraud' if guideline == '2B1.3' else 'timber_property_damage'}")
    found = []  # (paragraph, level, steps, words)
    if facts.intent_controlled_substances_act:
        rule = version["controlled_substances"]
        level, steps = registry.offense_level_under(sheet, "2D1.9", given.under("2D1.9"))
        found.append((rule, level, steps,
                      f"intent_controlled_substances_act = true: §2D1.9 level {level}"))
    timber_facts = facts.timber_property_damage or facts.timber_theft_fraud
    if timber_facts is not None:
        other = timber["guideline"]
        key = "timber_property_damage" if other == "2B1.3" else "timber_theft_fraud"
        level, steps = registry.offense_level_under(
            sheet, other, given.under(other, timber_facts, f"{field}.{key}"))
        found.append((timber, level, steps, f"{key} (the §{other} findings): level {level}"))
    if facts.reckless_endangerment is not None:
        rule = version["reckless_endangerment"]
        level, steps = registry.offense_level_under(
            sheet, "2A2.2", given.under("2A2.2", facts.reckless_endangerment,
                                        f"{field}.reckless_endangerment"))
        found.append((rule, level, steps,
                      f"reckless_endangerment (the §2A2.2 findings): level {level}"))
    otherwise = version["bases"][0]
    found.append((otherwise, otherwise["level"], [], "none of (a)(1)-(3) greater"
                  if len(found) else "none of (a)(1)-(3) found"))
    chosen = max(found, key=lambda f: f[1])  # the first of equals
    rule, level, steps, words = chosen
    sheet.steps.extend(steps)
    sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", "Base offense level", words, level,
                    f"“{version['heading']} ... {rule['text']}”", source)
    for other, other_level, _, other_words in found:
        if other is not rule:
            sheet.note(CH, f"{SECTION}{other['paragraph']}", "Base offense level", other_words,
                       "set aside", f"{other_level} is not greater than {level}: “"
                       f"{version['heading']}”", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2Q1.6 has none."""
