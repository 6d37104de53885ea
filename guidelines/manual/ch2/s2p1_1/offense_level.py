"""§2P1.1 (Escape, Instigating or Assisting Escape) in the Chapter Two registry, as it stood in
each edition from Nov. 1, 1987 (tables/escape.toml).

2025 text (GLM2025_fulltext.txt lines 15990-16023): "(a) Base Offense Level: (1) 13, if the
custody or confinement is by virtue of an arrest on a charge of felony, or conviction of any
offense; (2) 8, otherwise. (b)(1) If the use or the threat of force against any person was
involved, increase by 5 levels. (2) If the defendant escaped from non-secure custody and
returned voluntarily within ninety-six hours, decrease the offense level under §2P1.1(a)(1)
by 7 levels or the offense level under §2P1.1(a)(2) by 4 levels. Provided, however, that this
reduction shall not apply if the defendant, while away from the facility, committed any
federal, state, or local offense punishable by a term of imprisonment of one year or more.
(3) If the defendant escaped from the non-secure custody of a community corrections center,
community treatment center, “halfway house,” or similar facility, and subsection (b)(2) is
not applicable, decrease the offense level under subsection (a)(1) by 4 levels or the offense
level under subsection (a)(2) by 2 levels. Provided, however, [the same proviso]. (4) If the
defendant was a law enforcement or correctional officer or employee, or an employee of the
Department of Justice, at the time of the offense, increase by 2 levels."

Before Nov. 1, 1989 (Amendments 200, 201) (a) named the custody otherwise and the officer
paragraph, then (b)(3), reached only "a correctional officer or other employee of the
Department of Justice"; before Nov. 1, 1990 (Amendment 341) (b)(2) had no proviso and there
was no community corrections paragraph. The notes: no §3B1.3 with the officer paragraph;
from Nov. 1, 1991 (Amendment 406) no §3A1.2 where (b)(1) applies as a result of conduct that
involves an official victim.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (apply_paragraph,
                                                               officer_or_employee)
from ussg.guidelines.manual.ch2.s2p1_1.facts import EscapeFacts

CH = "chapter_two"
TABLE = "escape"
SECTION = "§2P1.1"
NON_SECURE = ("non_secure_custody", "community_corrections")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2P1.1(a): 13 or 8 by the custody, as the edition's words place it."""
    facts: EscapeFacts = given.facts
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    if facts.custody in version.get("unplaced", {}):
        raise CaseError(f"{given.facts_field}.custody", version["unplaced"][facts.custody])
    option = _option(version, facts)
    sheet.set_level(CH, f"{SECTION}{option['paragraph']}", "Base offense level",
                    f"custody = \"{facts.custody}\"", option["level"], f"“{option['text']}”",
                    sheet.note_version(version))


def _option(version: Version, facts: EscapeFacts) -> dict:
    return next(o for o in version["base_levels"] if facts.custody in o["custody"])


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) force; (b)(2) the return within 96 hours, or else (b)(3) the community
    corrections center; the officer paragraph; the notes on §3A1.2 and §3B1.3."""
    facts: EscapeFacts = given.facts
    version = sheet.manual.table(TABLE)
    if apply_paragraph(sheet, version, SECTION, "Use or threat of force", version["force"],
                       facts.use_or_threat_of_force, "use_or_threat_of_force = true"):
        _official_victim(sheet, given, version)
    under = "under_a1" if _option(version, facts)["paragraph"] == "(a)(1)" else "under_a2"
    if facts.returned_voluntarily_within_96_hours:
        _decrease(sheet, given, version, version["returned"], under,
                  "Escape from non-secure custody; voluntary return within 96 hours",
                  facts.escaped_from in NON_SECURE, "escaped from non-secure custody")
    elif version["community_corrections"].get("exists", True):
        _decrease(sheet, given, version, version["community_corrections"], under,
                  "Escape from the non-secure custody of a community corrections center",
                  facts.escaped_from == "community_corrections", None)
    officer_or_employee(sheet, given, version, SECTION)


def _decrease(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
              paragraph: dict, under: str, title: str, found: bool, missing: str | None) -> None:
    """(b)(2) or (b)(3): the decrease of the level under (a)(1) or (a)(2), unless the
    proviso's offense committed while away bars it."""
    facts: EscapeFacts = given.facts
    section, source = f"{SECTION}{paragraph['paragraph']}", sheet.note_version(version)
    words = f"escaped_from = \"{facts.escaped_from}\""
    if facts.returned_voluntarily_within_96_hours:
        words += ", returned_voluntarily_within_96_hours = true"
    if not found:
        if missing is not None:
            sheet.note(CH, section, title, words, "not applied", f"not {missing}: "
                       f"“{paragraph['text']}”", source)
        return
    if paragraph["proviso"] and facts.offense_while_away:
        sheet.note(CH, section, title, f"{words}, offense_while_away = true", "not applied",
                   f"“{paragraph['text']}”", source)
        return
    base = "(a)(1)" if under == "under_a1" else "(a)(2)"
    sheet.adjust(CH, section, title, f"{words}; the offense level under {base}",
                 paragraph[under], f"“{paragraph['text']}”", source)


def _official_victim(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version) -> None:
    """From Nov. 1, 1991: "If the adjustment in subsection (b)(1) applies as a result of
    conduct that involves an official victim, do not apply §3A1.2 (Official Victim)." With
    §3A1.2 stated, the case must say whether the (b)(1) conduct involved an official victim:
    if it did, §3A1.2 is refused; if not, a step says the note does not bar it."""
    note = version.get("official_victim_note")
    stated = given.adjustments.victim.official_victim
    if note is None or stated is None:
        return
    involved = given.facts.force_involved_official_victim
    quoted = f"{SECTION}, {note['note']}: “{note['text']}”"
    if "force_involved_official_victim" not in given.facts.model_fields_set:
        raise CaseError(f"{given.facts_field}.force_involved_official_victim",
                        f"{quoted} State whether the (b)(1) conduct involved an official victim "
                        f"(true or false): [adjustments.victim] official_victim is stated")
    if involved:
        raise CaseError("adjustments.victim.official_victim",
                        f"{quoted} ({given.facts_field}.force_involved_official_victim = true)")
    sheet.note(CH, f"{SECTION}, {note['note']}", "§3A1.2 with §2P1.1(b)(1)",
               "force_involved_official_victim = false", "applies", f"the (b)(1) conduct did "
               f"not involve an official victim, so the note does not bar §3A1.2: “"
               f"{note['text']}”", sheet.note_version(version))


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2P1.1 does not have is an error naming the key."""
    facts: EscapeFacts = given.facts
    field, day = given.facts_field, format_date(sheet.manual.in_force)
    community = version["community_corrections"]
    if facts.escaped_from == "community_corrections" and not community.get("exists", True):
        raise CaseError(f"{field}.escaped_from", f"{community['note']}; it is not in the "
                        f"Guidelines Manual in force on {day}: state \"non_secure_custody\" "
                        f"(comment. (n.1)) if the court so found")
    if facts.offense_while_away and not version["returned"]["proviso"]:
        raise CaseError(f"{field}.offense_while_away", f"§2P1.1(b)(2) in the Guidelines "
                        f"Manual in force on {day} has no proviso on an offense committed "
                        f"while away: Amendment 341 (Nov. 1, 1990) added it")
    if facts.force_involved_official_victim and version.get("official_victim_note") is None:
        raise CaseError(f"{field}.force_involved_official_victim", f"§2P1.1 in the Guidelines "
                        f"Manual in force on {day} has no note on §3A1.2: Amendment 406 (Nov. "
                        f"1, 1991) added it")
