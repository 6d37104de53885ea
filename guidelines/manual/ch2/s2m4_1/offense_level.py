"""§2M4.1 (Failure to Register and Evasion of Military Service) in the Chapter Two registry
(tables/military_service_evasion.toml): (a) 6; (b)(1) +6 if the offense occurred while persons
were being inducted (1987-1990 "into the armed services, other than in time of war or armed
conflict"; from Nov. 1, 1990, Amendment 336, "for compulsory military service").
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base

CH = "chapter_two"
TABLE = "military_service_evasion"
SECTION = "§2M4.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description or "failure to register or evasion of military service")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): +6 where persons were being inducted (1987-1990 not in time of war); the
    wartime finding is an error from Nov. 1, 1990, whose (b)(1) does not ask it."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    rule, source = version["induction"], sheet.note_version(version)
    where, wartime = f"{SECTION}{rule['paragraph']}", facts.time_of_war_or_armed_conflict
    if wartime and not version["not_in_wartime"]:
        raise CaseError(f"{given.facts_field}.time_of_war_or_armed_conflict",
                        f"{SECTION}(b)(1) in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} does not ask it (Amendment 336 "
                        "deleted \"other than in time of war or armed conflict\" on Nov. 1, "
                        f"1990): “{rule['text']}”; leave out time_of_war_or_armed_conflict")
    if not facts.persons_being_inducted:
        return
    words = "persons_being_inducted = true"
    if wartime and version["not_in_wartime"]:
        sheet.note(CH, where, rule["title"], f"{words}; time_of_war_or_armed_conflict = true",
                   "not applied", f"in time of war or armed conflict: “{rule['text']}”", source)
        return
    sheet.adjust(CH, where, rule["title"], words, rule["levels"], f"“{rule['text']}”", source)
