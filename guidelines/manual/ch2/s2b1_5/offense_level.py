"""§2B1.5 (Theft of, Damage to, or Destruction of, Cultural Heritage Resources or
Paleontological Resources; Unlawful Sale, Purchase, Exchange, Transportation, or Receipt of
Cultural Heritage Resources or Paleontological Resources) in the Chapter Two registry, from
Nov. 1, 2002 (tables/cultural_heritage.toml).

2025 text (GLM2025_fulltext.txt lines 5644-5693): "(a) Base Offense Level: 8 (b)(1) If the
value of the cultural heritage resource or paleontological resource (A) exceeded $2,500 but
did not exceed $6,500, increase by 1 level; or (B) exceeded $6,500, increase by the number of
levels from the table in §2B1.1 ... corresponding to that amount. (2) If the offense involved a
cultural heritage resource or paleontological resource from, or that, prior to the offense, was
on, in, or in the custody of (A) the national park system; ... (G) the World Heritage List,
increase by 2 levels. (3) ... constituting (A) human remains; ... increase by 2 levels. (4) ...
pecuniary gain or otherwise involved a commercial purpose, increase by 2 levels. (5) ... a
pattern of misconduct ..., increase by 2 levels. (6) If a dangerous weapon was brandished or
its use was threatened, increase by 2 levels. If the resulting offense level is less than level
14, increase to level 14. (c)(1) If the offense involved arson, or property damage by the use
of any explosive, explosive material, or destructive device, apply §2K1.4 ..., if the resulting
offense level is greater than that determined above."

Amendment 638 (Nov. 1, 2002) inserted it with $2,000 and $5,000 and for cultural heritage
resources alone; 685 (2006) added the veterans' memorial to (b)(2)(E); 745 (2010) the
paleontological resource; 791 (2015) $2,500 and $6,500.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_amount_band, apply_kinds, apply_paragraph, base_level_of)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import at_least
from ussg.guidelines.manual.ch2.s2b1_5.facts import CulturalHeritageFacts

CH = "chapter_two"
TABLE = "cultural_heritage"
SECTION = "§2B1.5"


def _where(sheet: Worksheet, version: Version) -> str:
    return (f"{SECTION} in the Guidelines Manual in force on "
            f"{format_date(sheet.manual.in_force)} ({version.citation})")


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A paleontological resource before Amendment 745, a place (b)(2) of the edition does
    not name: an error naming the key."""
    facts: CulturalHeritageFacts = given.facts
    field = given.facts_field
    if facts.resource == "paleontological" and not version["paleontological"]:
        raise CaseError(f"{field}.resource", f"{_where(sheet, version)}, "
                        f"“{version['guideline_title']}”, does not cover a paleontological "
                        f"resource (Amendment 745, eff. Nov. 1, 2010, added it)")
    place = version["place"]
    if facts.place is not None and facts.place not in place["kinds"]:
        raise CaseError(f"{field}.place", f"{facts.place!r}: {_where(sheet, version)} "
                        f"{place['paragraph']} reads “{place['text']}”, which does not name "
                        f"it (Amendment 685, eff. Nov. 1, 2006, added the veterans' memorial)")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B1.5(a): "Base Offense Level: 8"."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    base_level_of(sheet, version, SECTION, "Base offense level (cultural heritage or "
                  "paleontological resources)", given.offense.description or
                  f"the offense involved a {given.facts.resource.replace('_', ' ')} resource")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)-(6) in order, (b)(6)'s floor reading the level they left."""
    facts: CulturalHeritageFacts = given.facts
    field = given.facts_field
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    apply_amount_band(sheet, SECTION, "Value of the resource", version["value"], facts.value,
                      f"{field}.value", f"value = \"{facts.value!s}\"", source)
    apply_kinds(sheet, version, SECTION, "place", "Resource from a protected place",
                [facts.place] if facts.place else [], f"{field}.place")
    apply_kinds(sheet, version, SECTION, "resource", "Kind of cultural heritage resource",
                [facts.resource_kind] if facts.resource_kind else [], f"{field}.resource_kind")
    apply_paragraph(sheet, version, SECTION, "Pecuniary gain or commercial purpose",
                    version["commercial"], facts.pecuniary_gain_or_commercial_purpose,
                    "pecuniary_gain_or_commercial_purpose = true")
    apply_paragraph(sheet, version, SECTION, "Pattern of misconduct", version["pattern"],
                    facts.pattern_of_misconduct, "pattern_of_misconduct = true")
    weapon = version["weapon"]
    words = "dangerous_weapon_brandished_or_threatened = true"
    if apply_paragraph(sheet, version, SECTION, "Dangerous weapon brandished or threatened",
                       weapon, facts.dangerous_weapon_brandished_or_threatened, words):
        section = f"{SECTION}{weapon['paragraph']}"
        assert sheet.level is not None
        if sheet.level >= weapon["minimum"]:
            sheet.note(CH, section, f"Minimum offense level {weapon['minimum']}", words,
                       "no change", f"the resulting offense level {sheet.level} is not less "
                       f"than level {weapon['minimum']}: “{weapon['text']}”", source)
        else:
            at_least(sheet, section, weapon["minimum"], words, source,
                     f"the resulting offense level {sheet.level} is less than level "
                     f"{weapon['minimum']}: “{weapon['text']}”")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2K1.4, computed from the facts nested at ``arson`` through the registry or
    at the level stated (``arson_offense_level``), if greater."""
    facts: CulturalHeritageFacts = given.facts
    if facts.arson is None and facts.arson_offense_level is None:
        return
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    reference = version["arson"]
    section = f"{SECTION}{reference['paragraph']}"
    if facts.arson_offense_level is not None:
        level, steps = facts.arson_offense_level, []
        words = f"§2K1.4: level {level}, as determined"
    else:
        at = f"{given.facts_field}.arson"
        level, steps = registry.offense_level_under(
            sheet, "2K1.4", given.under("2K1.4", facts.arson, at))
        words = f"§2K1.4: level {level} (its steps above)"
    adopt_if_greater(sheet, section, "Cross reference (§2K1.4)", words, level, steps,
                     reference["text"], source, True)
