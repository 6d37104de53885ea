"""§2K2.3 of Nov. 1, 1987 - Oct. 31, 1991 in the Chapter Two registry
(tables/former_firearm_2k2_3.toml). 1987: (a)(1) 26 U.S.C. § 5861 12, (a)(2) 6; (b)(1) the
number of firearms dealt in; (b)(2) the greatest of (A) a purchaser prohibited +2, (B) a
purchaser prohibited in his state +1, (C) stolen or altered serial number +1; (c)(1) the other
offense through §2X1.1. 1989 (Amendment 189): the greatest of (a)(1) §2X1.1 in respect to the
offense intended, (a)(2) the §2K2.1 or §2K2.2 level, (a)(3) 12."""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2k2_1.before_1991 import refuse_other_facts, the_greatest_base
from ussg.guidelines.manual.ch2.s2k2_2.offense_level import (
    base_level, greatest, number_of_firearms, other_offense)
from ussg.guidelines.manual.ch2.s2x1_1.inchoate import in_respect_to

TABLE = "former_firearm_2k2_3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    version = sheet.manual.table(TABLE)
    if any(row["rule"] == "nfa_statute" for row in version["base_levels"]):
        base_level(sheet, given, version, "2K2.3", {"26 U.S.C. § 5861"})
        return
    _greatest_of(sheet, given, version)


def _greatest_of(sheet: Worksheet, given: registry.ChapterTwoCase, version) -> None:
    """1989 (a) "(Apply the greatest)": each alternative the facts give, on a scratch sheet;
    the greatest is the base offense level, with the steps that made it."""
    facts = given.facts
    refuse_other_facts(sheet, given, version, facts, "2K2.3")
    candidates = []
    for row in version["base_levels"]:
        where = f"§2K2.3{row['subsection']}"
        if row["rule"] == "fixed":
            candidates.append((row["level"], where, row, "level 12", []))
        elif row["rule"] == "other_offense" and facts.other_offense is not None:
            if facts.other_offense.death_resulted:
                raise CaseError(f"{given.facts_field}.other_offense.death_resulted",
                                f"§2K2.3(a)(1) in the Manual in force ({version['citation']}) "
                                f"has no homicide clause: {row['text']}")
            level, steps, words = in_respect_to(sheet, given, facts.other_offense,
                                                f"{given.facts_field}.other_offense")
            candidates.append((level, where, row, f"§2X1.1 in respect to {words}", steps))
        elif row["rule"] == "firearms_guideline" and facts.firearms_guideline is not None:
            section = facts.firearms_guideline
            guideline = registry.chapter_two_guideline(section)
            assert guideline is not None and guideline.facts_key is not None
            own = getattr(given.offense, guideline.facts_key, None)
            field = f"{given.field}.{guideline.facts_key}"
            level, steps = registry.offense_level_under(
                sheet, section, given.under(section, own, facts_at=field))
            candidates.append((level, where, row, f"§{section}: level {level}", steps))
    the_greatest_base(sheet, candidates, lambda where, row: (
        f"{where} ({version['title_then']}), the greatest: {row['text']}"),
        sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    version = sheet.manual.table(TABLE)
    facts = given.facts
    if version.get("firearms_table"):
        number_of_firearms(sheet, version, "2K2.3", facts.number_of_firearms,
                           "unlawfully dealt in")
    if version.get("knowledge"):
        words = {"knew_purchaser_prohibited": "a purchaser prohibited by federal law from owning "
                 "the firearm", "knew_purchaser_prohibited_in_other_state": "a purchaser "
                 "prohibited in the other state where he resided",
                 "knew_stolen_or_altered_serial_number": "a firearm stolen or with an altered "
                 "or obliterated serial number"}
        greatest(sheet, version, "2K2.3", "knowledge",
                 [(row, f"knew or had reason to believe: {words[row['fact']]}")
                  for row in version["knowledge"]["rows"] if getattr(facts, row["fact"])])


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    version = sheet.manual.table(TABLE)
    if version.get("cross_reference"):
        other_offense(sheet, given, version, "2K2.3")
