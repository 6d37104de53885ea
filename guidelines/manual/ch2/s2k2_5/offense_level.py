"""§2K2.5 in the Chapter Two registry: (a) level 6; (b)(1) a federal court facility or a
school zone, +2; (c)(1) the cross reference §2K2.1(c)(1) also has
(tables/weapon_in_federal_facility.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k2_1.offense_level import in_connection_with_another_offense

CH = "chapter_two"
TABLE = "weapon_in_federal_facility"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.5(a): "Base Offense Level: 6"."""
    version = sheet.manual.table(TABLE)
    sheet.set_level(CH, "§2K2.5(a)", "Base offense level", "possession of a firearm or "
                    "dangerous weapon in a federal facility or school zone",
                    version["base_level"], version["text_a"], sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.5(b)(1): (A) a federal court facility or (B) a school zone, +2 (once)."""
    facts = given.facts
    if not (facts.federal_court_facility or facts.school_zone):
        return
    version = sheet.manual.table(TABLE)
    if not version.get("characteristics", True):
        named = "federal_court_facility" if facts.federal_court_facility else "school_zone"
        raise CaseError(f"{given.facts_field}.{named}", f"§2K2.5 has no specific offense "
                        f"characteristics in the Manual in force ({version['citation']}): "
                        f"{version['text_a']}; {version['text_c']}")
    sub = "(A)" if facts.federal_court_facility else "(B)"
    words = "in a federal court facility" if sub == "(A)" else "a firearm in a school zone"
    if facts.federal_court_facility and facts.school_zone:
        words += " (and a school zone: one increase)"
    sheet.adjust(CH, f"§2K2.5(b)(1){sub}", "Specific offense characteristic", words,
                 version["facility_levels"], version["text_b"], sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K2.5(c)(1)."""
    other = given.facts.other_offense
    if other is None:
        return
    version = sheet.manual.table(TABLE)
    if other.death_resulted and not version.get("homicide", True):
        raise CaseError(f"{given.facts_field}.other_offense.death_resulted",
                        f"§2K2.5's cross reference in the Manual in force "
                        f"({version['citation']}) applies §2X1.1 only, not a homicide "
                        f"guideline: {version['text_c']}")
    where = version.get("cross_reference", "(c)(1)")
    in_connection_with_another_offense(sheet, given, other, f"§2K2.5{where}", version["text_c"],
                                       sheet.note_version(version),
                                       lettered=version.get("homicide", True))
