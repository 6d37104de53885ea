"""§2M5.3 (Providing Material Support or Resources to Designated Foreign Terrorist
Organizations or Specially Designated Global Terrorists, or For a Terrorist Purpose), from Nov.
1, 2002 (Amendment 637), in the Chapter Two registry (tables/material_support_terrorists.toml):
(a) 26; (b)(1) +2 for the provision of what the edition names; (c)(1) §2A1.1 or §2A1.2 if
death resulted, (c)(2) §2A2.1 if tantamount to attempted murder, (c)(3) §2M6.1 (computed
from [offense.weapons_of_mass_destruction] in the same count, or its level stated), each "if
the resulting offense level is greater than that determined above", in that order.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_death_or_attempted_murder_references, mass_destruction_level)

CH = "chapter_two"
TABLE = "material_support_terrorists"
SECTION = "§2M5.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 26."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, f"{SECTION}(a)", "Base offense level",
                    given.offense.description or "material support or resources",
                    version["base"], f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): +2 once, where the edition names something provided; the rest shown not
    applied."""
    provided = given.facts.provided
    if not provided:
        return
    version = sheet.manual.table(TABLE)
    rule, source = version["provision"], sheet.note_version(version)
    where = f"{SECTION}{rule['paragraph']}"
    named = [p for p in provided if p in rule["reaches"]]
    for item in provided:
        if item not in rule["reaches"]:
            sheet.note(CH, where, rule["title"], f"provided = {item}", "not applied",
                       f"not what this edition's words name: “{rule['text']}”", source)
    if named:
        sheet.adjust(CH, where, rule["title"], f"provided = {', '.join(named)}",
                     rule["levels"], f"“{rule['text']}”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1)-(3), each applied if the resulting level is greater than the level then."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    apply_death_or_attempted_murder_references(sheet, given, version, SECTION, source)
    found = mass_destruction_level(sheet, given, "mass_destruction_guideline",
                                   facts.mass_destruction_guideline,
                                   facts.mass_destruction_offense_level)
    if found is not None:
        rule, (level, steps, words) = version["mass_destruction"], found
        adopt_if_greater(sheet, f"{SECTION}{rule['paragraph']}", rule["title"], words, level,
                         steps, rule["text"], source, only_if_greater=True)
