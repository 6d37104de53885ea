"""§2A6.2 (Stalking or Domestic Violence), from Nov. 1, 1997 (Amendment 549), in the Chapter
Two registry (tables/stalking_domestic_violence.toml): (a) 14 (18 from Nov. 1, 2001, Amendment
616); (b)(1) the aggravating factors each edition lists ((C) strangling or suffocating from
Nov. 1, 2014, Amendment 781): one, +2; more than one, +4; (c)(1) the Chapter Two, Part A
guideline for the other offense (through the registry, or its level stated), if the resulting
offense level is greater.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "stalking_domestic_violence"
SECTION = "§2A6.2"
FACTORS = ("court_protection_order", "bodily_injury", "strangling_or_suffocating",
           "dangerous_weapon", "pattern_of_activity")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A6.2(a)."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, f"{SECTION}(a)", "Base offense level", "stalking or domestic violence",
                    version["base"], f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): +2 for one of the factors the edition lists, +4 for more than one."""
    version = sheet.manual.table(TABLE)
    rule = version["aggravating"]
    listed = {factor["fact"]: factor for factor in rule["factors"]}
    facts = given.facts
    for name in FACTORS:
        if getattr(facts, name) and name not in listed:
            raise CaseError(f"{given.facts_field}.{name}",
                            f"{SECTION}{rule['paragraph']} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} lists no such factor: "
                            f"“{rule['text']}” (Amendment 781 added strangling and suffocating "
                            f"on Nov. 1, 2014)")
    found = [listed[name] for name in listed if getattr(facts, name)]
    if not found:
        return
    named = "; ".join(f"{f['letter']} {f['words']}" for f in found)
    levels = rule["one"] if len(found) == 1 else rule["more"]
    why = "one aggravating factor" if len(found) == 1 else f"{len(found)} aggravating factors"
    sheet.adjust(CH, f"{SECTION}{rule['paragraph']}", "Aggravating factors", named, levels,
                 f"{why}: “{rule['text']}”", sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): the Part A guideline for the other offense, if the resulting level is
    greater."""
    facts = given.facts
    if facts.cross_reference_guideline is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version["cross_reference"]
    section, source = f"{SECTION}{reference['paragraph']}", sheet.note_version(version)
    title = "Cross reference (Chapter Two, Part A)"
    level, steps, words = underlying_level(sheet, given, facts.cross_reference_guideline,
                                           facts.cross_reference_offense_level,
                                           given.facts_field)
    if facts.cross_reference_guideline == "other":
        words = f"the Part A guideline: level {level}, as determined"
    current = sheet.level
    if level > current:
        sheet.steps.extend(steps)
        sheet.move_to(CH, section, title, words, level,
                      f"“{reference['text']}”: {level} is greater than {current}", source)
        return
    sheet.note(CH, section, title, words, "not applied",
               f"“{reference['text']}”: {level} is not greater than {current}", source)
