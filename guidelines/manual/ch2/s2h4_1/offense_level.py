"""§2H4.1 (Peonage, Involuntary Servitude, Slave Trade, and Child Soldiers) in the Chapter Two
registry, as the edition applied has it (tables/peonage.toml).

Nov. 1, 1987 - Apr. 30, 1997: "(a) Base Offense Level (Apply the greater): (1) 15; or (2) 2
plus the offense level applicable to any underlying offense." (as Amendment 542 quotes it);
no (b). From May 1, 1997 (Amendment 542): 22, (b)(1)-(4); from May 1, 2001 (Amendment 612)
(a)(2) 18 for a § 1592 conviction and (b)(2)(B); from Nov. 1, 2009 (Amendment 730) also
§ 1593A based on § 1592. (b)(4): "increase to the greater of: (A) 2 plus the offense level as
determined above, or (B) 2 plus the offense level from the offense guideline applicable to
that other offense, but in no event greater than level 43." The underlying (other) offense's
level is computed through the registry from the count's facts, or stated (``"other"``).
"""

from __future__ import annotations

import datetime as dt

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_injury_degree, refuse_clause_not_in_edition,
    refuse_paragraphs_not_in_edition, withheld_for_924c)
from ussg.guidelines.manual.ch2.s2h4_1.facts import PeonageFacts

CH = "chapter_two"
TABLE = "peonage"
SECTION = "§2H4.1"
TITLE = "Base offense level (peonage, involuntary servitude)"
CONVICTIONS = ("convicted_under_1592", "convicted_under_1593a_based_on_1592")


def _facts_in_edition(sheet: Worksheet, version: Version, given: registry.ChapterTwoCase
                      ) -> None:
    """A finding the edition applied has no provision for is refused, never ignored."""
    facts: PeonageFacts = given.facts
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("bodily_injury", "bodily_injury", facts.bodily_injury is not None),
        ("weapon", "weapon", facts.weapon is not None),
        ("held", "held_from", facts.held_from is not None)))
    if version["weapon"].get("exists", True):
        refuse_clause_not_in_edition(sheet, SECTION, version["weapon"], facts.weapon,
                                     f"{field}.weapon")
    kinds = [k for b in version["base_levels"] if b["applies_to"] == "conviction"
             for k in b["kinds"]]
    for name in CONVICTIONS:
        if getattr(facts, name) and name not in kinds:
            heading = version["heading"]
            raise CaseError(f"{field}.{name}",
                            f"{SECTION}(a) in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} (“{heading}” "
                            + "; ".join(f"{b['paragraph']} “{b['text']}”"
                                        for b in version["base_levels"])
                            + ") has no level for this conviction: Amendment 612 inserted "
                              "(a)(2) for § 1592 on May 1, 2001, Amendment 730 its clause (B) "
                              "for § 1593A on Nov. 1, 2009")


def _other_level(sheet: Worksheet, given: registry.ChapterTwoCase,
                 what: str) -> tuple[int, list, str]:
    """The offense level from the guideline applicable to the underlying (other) offense:
    computed through the registry (its steps, to be adopted) or as stated."""
    facts: PeonageFacts = given.facts
    guideline = facts.other_offense_guideline
    assert guideline is not None
    if guideline == "other":
        assert facts.other_offense_level is not None
        return facts.other_offense_level, [], f"the {what}, as determined"
    computed = registry.computed_guideline(given, guideline, given.facts_field, what)
    level, steps = registry.offense_level_under(
        sheet, guideline, given.under(guideline, computed.facts_of(given.offense)))
    return level, steps, f"the {what} under §{guideline}"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H4.1(a) as the edition has it."""
    facts: PeonageFacts = given.facts
    version = sheet.manual.table(TABLE)
    _facts_in_edition(sheet, version, given)
    source = sheet.note_version(version)
    heading = version["heading"]
    convicted = [name for name in CONVICTIONS if getattr(facts, name)]
    levels = version["base_levels"]
    base = next((b for b in levels if b["applies_to"] == "conviction"), None) if convicted \
        else None
    if base is None:
        base = next(b for b in levels if b["applies_to"] in ("all", "otherwise"))
    words = (f"{convicted[0]} = true" if convicted
             else given.offense.description or "peonage or involuntary servitude")
    why = f"“{heading}” “{base['text']}”"
    if convicted and version.get("conviction_note"):
        why += f" ({version['conviction_note']})"
    sheet.set_level(CH, f"{SECTION}{base['paragraph']}", TITLE, words, base["level"], why,
                    source)
    underlying = version["underlying"]
    if underlying.get("exists", True) and facts.other_offense_guideline is not None:
        level, steps, named = _other_level(sheet, given, "underlying offense")
        plus = level + underlying["plus"]
        adopt_if_greater(sheet, f"{SECTION}{underlying['paragraph']}",
                         "Underlying offense (apply the greater)",
                         f"{named}: level {level}; {underlying['plus']} plus {level} = {plus}",
                         plus, steps, f"{heading} {underlying['text']}", source,
                         only_if_greater=True)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H4.1(b)(1)-(4), in order (from May 1, 1997)."""
    facts: PeonageFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    if version["bodily_injury"].get("exists", True):
        apply_injury_degree(sheet, version, SECTION, facts.bodily_injury,
                            f"{field}.bodily_injury", ())
    _weapon(sheet, given, version, facts)
    _held(sheet, version, facts)
    _other_felony(sheet, given, version, facts)


def _weapon(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
            facts: PeonageFacts) -> None:
    """(b)(2); a firearm is left out where a §2K2.4 count is sentenced with the offense."""
    if facts.weapon is None:
        return
    words = f"weapon = \"{facts.weapon}\""
    weapon = version["weapon"]
    if facts.weapon_was_firearm:
        words += ", weapon_was_firearm = true"
        if withheld_for_924c(sheet, given.case, f"{SECTION}{weapon['paragraph']}",
                             "Dangerous weapon", words):
            return
    apply_alternative(sheet, version, SECTION, "Dangerous weapon", weapon, facts.weapon, words)


def one_year_after(day: dt.date) -> dt.date:
    """The same day of the next year (Feb. 29 read as Feb. 28)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _held(sheet: Worksheet, version: Version, facts: PeonageFacts) -> None:
    """(b)(3): the clause the time held reaches; 30 days or less, no increase (shown)."""
    if facts.held_from is None:
        return
    held = version["held"]
    start, end = facts.held_from, facts.held_until
    assert end is not None
    days = (end - start).days
    words = f"held_from = {start.isoformat()}, held_until = {end.isoformat()} ({days} days)"
    source = sheet.note_version(version)
    more_than_year = end > one_year_after(start)
    for clause in held["clauses"]:
        if clause["key"] == "more_than_one_year":
            reached = more_than_year
        elif clause["key"] == "one_year_or_less":
            reached = not more_than_year and days >= clause["at_least_days"]
        else:
            reached = days > clause["more_than_days"]
        if reached:
            sheet.adjust(CH, f"{SECTION}{held['paragraph']}{clause['clause']}",
                         "Time held in peonage or involuntary servitude", words,
                         clause["levels"], f"“{clause['text']}”", source)
            return
    sheet.note(CH, f"{SECTION}{held['paragraph']}", "Time held in peonage or involuntary "
               "servitude", words, "no increase", f"not more than 30 days: “{held['text']}”",
               source)


def _other_felony(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                  facts: PeonageFacts) -> None:
    """(b)(4): the greater of (A) 2 plus the level so far and (B) 2 plus the other felony
    offense's level, at most 43; (A) on a tie (no other guideline's steps adopted)."""
    other = version["other_offense"]
    if facts.other_offense_guideline is None or not other.get("exists", True):
        return
    level, steps, named = _other_level(sheet, given, "other felony offense")
    source = sheet.note_version(version)
    where = f"{SECTION}{other['paragraph']}"
    assert sheet.level is not None
    so_far = sheet.level + other["plus"]
    from_other = min(level + other["plus"], other["ceiling"])
    capped = (f", in no event greater than level {other['ceiling']}"
              if level + other["plus"] > other["ceiling"] else "")
    if from_other > so_far:
        sheet.steps.extend(steps)
        sheet.move_to(CH, f"{where}(B)", "Other felony offense", f"{named}: level {level}; "
                      f"{other['plus']} plus {level} = {level + other['plus']}{capped} (greater "
                      f"than {other['plus']} plus {sheet.level} = {so_far})", from_other,
                      f"“{other['text']}”", source)
        return
    sheet.adjust(CH, f"{where}(A)", "Other felony offense", f"{named}: level {level}; "
                 f"{other['plus']} plus it = {from_other}{capped}, not greater than "
                 f"{other['plus']} plus {sheet.level} = {so_far}", other["plus"],
                 f"“{other['text']}”", source)
