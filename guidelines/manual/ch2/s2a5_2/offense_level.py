"""§2A5.2 (Interference with Flight Crew Member or Flight Attendant; ...) in the Chapter Two
registry, as it stood in each edition from Nov. 1, 1987 (tables/flight_crew_interference.toml).

2025 text (GLM2025_fulltext.txt lines 4000-4046): "(a) Base Offense Level (Apply the
greatest): (1) 30, if the offense involved intentionally endangering the safety of: (A) an
airport or an aircraft; or (B) a mass transportation facility or a mass transportation vehicle;
(2) 18, if the offense involved recklessly endangering the safety of: [the same]; (3) if an
assault occurred, the offense level from the most analogous assault guideline, §§2A2.1–2A2.4;
or (4) 9. (b)(1) If (A) subsection (a)(1) or (a)(2) applies; and (B)(i) a firearm was
discharged, increase by 5 levels; (ii) a dangerous weapon was otherwise used, increase by 4
levels; or (iii) a dangerous weapon was brandished or its use was threatened, increase by 3
levels. If the resulting offense level is less than level 24, increase to level 24. (c)(1) If
death resulted, apply the most analogous guideline from Chapter Two, Part A, Subpart 1
(Homicide), if the resulting offense level is greater than that determined above. (2) [§2M6.1
for a nuclear, biological or chemical weapon ...], if the resulting offense level is greater".

Before Nov. 1, 2002 (Amendment 637) (a)(1) and (a)(2) named "the aircraft and passengers" and
there was no (b) or (c); before Nov. 1, 1993 (Amendment 480) they read "if the defendant
intentionally [recklessly] endangered".

"Apply the greatest": where two subsections give the same level, the first of them applies
(its level is the greatest); (b)(1) applies only where (a)(1) or (a)(2) is the subsection
applied.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, mass_destruction_level,
    refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2a5_2.facts import FlightCrewFacts

CH = "chapter_two"
TABLE = "flight_crew_interference"
SECTION = "§2A5.2"
TITLE = "Base offense level (interference with flight crew or mass transportation)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A5.2(a): the greatest of the subsections the findings meet ((a)(4), 9, always)."""
    facts: FlightCrewFacts = given.facts
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    source = sheet.note_version(version)
    heading = version["heading"]
    # (paragraph, level, input, words, steps to adopt)
    met: list[tuple[str, int, str, str, list]] = []
    if facts.endangered is not None:
        paragraph = version["intentional" if facts.endangered == "intentionally" else "reckless"]
        met.append((paragraph["paragraph"], paragraph["level"],
                    f"endangered = \"{facts.endangered}\", endangered_safety_of = "
                    f"\"{facts.endangered_safety_of}\"", paragraph["text"], []))
    if facts.assault_guideline is not None:
        assault = version["assault"]
        field = f"{given.facts_field}.assault_guideline"
        section = facts.assault_guideline
        other = registry.chapter_two_guideline(section)
        registry.guideline_in_force(other, sheet.manual, field)
        other = registry.computed_guideline(given, section, given.facts_field,
                                            "assault guideline")
        level, steps = registry.offense_level_under(
            sheet, section, given.under(section, other.facts_of(given.offense)))
        met.append((assault["paragraph"], level, f"assault_guideline = \"{section}\": §{section} "
                    f"level {level}", assault["text"], steps))
    otherwise = version["otherwise"]
    met.append((otherwise["paragraph"], otherwise["level"], "(always met)", otherwise["text"],
                []))
    greatest = max(level for _, level, _, _, _ in met)
    chosen = next(m for m in met if m[1] == greatest)
    paragraph, level, words, text, steps = chosen
    sheet.steps.extend(steps)
    others = [m for m in met if m is not chosen]
    sheet.set_level(CH, f"{SECTION}{paragraph}", TITLE, words, level,
                    f"“{heading} ... {paragraph[-3:]} {text}”" + (
                        f": the greatest (of {', '.join(f'{p} {lv}' for p, lv, *_ in met)})"
                        if others else ""), source)
    for other_paragraph, other_level, other_words, _, _ in others:
        sheet.note(CH, f"{SECTION}{other_paragraph}", TITLE, other_words, "set aside",
                   f"{other_paragraph}, {other_level}, is not greater than {paragraph}, "
                   f"{level}", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) from Nov. 1, 2002: the weapon, where (a)(1) or (a)(2) applies; then at least
    level 24."""
    facts: FlightCrewFacts = given.facts
    version = sheet.manual.table(TABLE)
    if facts.weapon is None or not version["weapon"].get("exists", True):
        return
    weapon = version["weapon"]
    section = f"{SECTION}{weapon['paragraph']}"
    applied = _applied_subsection(sheet)
    input = f"weapon = \"{facts.weapon}\""
    if applied not in (version["intentional"]["paragraph"], version["reckless"]["paragraph"]):
        sheet.note(CH, section, "Weapon", input, "not applied", f"“{weapon['text']}”: "
                   f"{applied} applies, not (a)(1) or (a)(2)", sheet.note_version(version))
        return
    apply_alternative(sheet, version, SECTION, "Weapon", weapon, facts.weapon, input)
    floor = version["weapon_floor"]
    if sheet.level < floor["level"]:
        sheet.move_to(CH, section, "Weapon: least level", f"{sheet.level} is less than "
                      f"{floor['level']}", floor["level"], f"“{floor['text']}”",
                      sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) the homicide guideline's level, as determined, and (c)(2) §2M6.1's, computed
    from [offense.weapons_of_mass_destruction] in the same count (``wmd_guideline``, its steps
    adopted) or as determined, each applied if greater than the level determined above."""
    facts: FlightCrewFacts = given.facts
    version = sheet.manual.table(TABLE)
    for name, stated, title in (
            ("homicide", facts.homicide_offense_level, "Cross reference: death resulted"),
            ("wmd", facts.wmd_offense_level, "Cross reference: §2M6.1")):
        if not version[name].get("exists", True):
            continue
        reference = version[name]
        section, source = f"{SECTION}{reference['paragraph']}", sheet.note_version(version)
        if name == "wmd" and facts.wmd_guideline is not None:
            found = mass_destruction_level(sheet, given, "wmd_guideline", facts.wmd_guideline,
                                           None)
            assert found is not None
            level, steps, words = found
            adopt_if_greater(sheet, section, title, words, level, steps, reference["text"],
                             source, only_if_greater=True)
            continue
        if stated is None:
            continue
        input = f"{name}_offense_level = {stated}"
        if stated > sheet.level:
            sheet.move_to(CH, section, title, input, stated, f"“{reference['text']}”: "
                          f"{stated} is greater than {sheet.level}", source)
        else:
            sheet.note(CH, section, title, input, "not applied", f"“{reference['text']}”: "
                       f"{stated} is not greater than {sheet.level}", source)


def _applied_subsection(sheet: Worksheet) -> str:
    """The subsection of (a) applied: the step that set the base offense level (the others
    are "set aside")."""
    chosen = [s for s in sheet.steps if s.chapter == CH and s.section.startswith(
        f"{SECTION}(a)") and s.change.startswith("=")]
    return chosen[-1].section.removeprefix(SECTION) if chosen else ""


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2A5.2 does not read is an error naming the key."""
    facts: FlightCrewFacts = given.facts
    field, day = given.facts_field, format_date(sheet.manual.in_force)
    if facts.endangered_safety_of is not None and \
            facts.endangered_safety_of not in version["safety_of"]:
        paragraph = version["intentional"]
        raise CaseError(f"{field}.endangered_safety_of",
                        f"\"{facts.endangered_safety_of}\": {SECTION}{paragraph['paragraph']} "
                        f"in the Guidelines Manual in force on {day} reads “"
                        f"{paragraph['text']}” (the words for it: "
                        f"{', '.join(repr(w) for w in version['safety_of'])}; Amendment 637, "
                        f"eff. Nov. 1, 2002, named airports and mass transportation, Amendment "
                        f"699, eff. Nov. 1, 2007, struck \"or a ferry\")")
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("weapon", "weapon", facts.weapon is not None),
        ("homicide", "homicide_offense_level", facts.homicide_offense_level is not None),
        ("wmd", "wmd_offense_level", facts.wmd_offense_level is not None),
        ("wmd", "wmd_guideline", facts.wmd_guideline is not None)))
