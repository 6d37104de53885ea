"""§2K1.5 (Possessing Dangerous Weapons or Materials While Boarding or Aboard an Aircraft) in
the Chapter Two registry (tables/aircraft_weapons.toml): (a) 9; (b)(1) +15, (b)(2) +2, (b)(3)
-3, "If more than one applies, use the greatest"; (c)(1) "apply the guideline for such other
offense, or §2X1.1 (Attempt, Solicitation, or Conspiracy), as appropriate, if the resulting
offense level is greater than that determined above" (before Nov. 1, 1991 only a weapon
"used").

The other offense's level is computed through the registry from its facts table beside
[offense.aircraft_weapons] (or §2D1.1 from [offense] drugs), through §2X1.1 for an attempt,
or stated (``"other"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import adopt_if_greater, base_level_of
from ussg.guidelines.manual.ch2.s2k1_5.facts import AircraftWeaponsFacts
from ussg.guidelines.manual.ch2.s2x1_1.inchoate import in_respect_to

CH = "chapter_two"
TABLE = "aircraft_weapons"
SECTION = "§2K1.5"
PARAGRAPHS = (("disregard", "disregard_for_safety_of_human_life"),
              ("prohibited", "prohibited_by_other_federal_law"),
              ("negligence", "lawful_but_for_46505_mere_negligence"))


@dataclass(frozen=True)
class _Attempted:
    """The attempted offense as §2X1.1's "in respect to" reads it."""

    guideline: str
    offense_level: int | None
    all_acts_completed: bool
    inchoate: str = "attempt"
    solicitation_treated_identically: bool = False


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.5(a): 9."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level",
                  given.offense.description or "dangerous weapon or material aboard an aircraft")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.5(b): the greatest of the paragraphs found (a decrease only where it alone is)."""
    facts: AircraftWeaponsFacts = given.facts
    version = sheet.manual.table(TABLE)
    found = [(version[name], key) for name, key in PARAGRAPHS if getattr(facts, key)]
    if not found:
        return
    paragraph, _ = max(found, key=lambda f: f[0]["levels"])
    words = ", ".join(f"{key} = true ({p['paragraph']}, {p['levels']:+d})" for p, key in found)
    sheet.adjust(CH, f"{SECTION}{paragraph['paragraph']}", "Specific offense characteristic"
                 + (" (the greatest)" if len(found) > 1 else ""), words, paragraph["levels"],
                 f"“{version['greatest_text']}” “{paragraph['text']}”",
                 sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2K1.5(c)(1), if greater."""
    facts: AircraftWeaponsFacts = given.facts
    guideline = facts.other_offense_guideline
    if guideline is None:
        return
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    reference = version["other_offense"]
    where = f"{SECTION}{reference['paragraph']}"
    if facts.possessed_only and not version["possessed_reaches"]:
        sheet.note(CH, where, "Cross reference", "possessed_only = true", "not applied",
                   f"the weapon or material was not used: “{reference['text']}” (Amendment 404 "
                   f"added \"or possessed\" on Nov. 1, 1991)", source)
        return
    field = given.facts_field
    if facts.other_offense_attempted:
        attempted = _Attempted(guideline, facts.other_offense_level, facts.all_acts_completed)
        level, steps, words = in_respect_to(sheet, given, attempted, field)
        words = f"§2X1.1 in respect to {words}"
    elif guideline == "other":
        assert facts.other_offense_level is not None
        level, steps = facts.other_offense_level, []
        words = f"the other offense: level {level}, as determined"
    else:
        computed = registry.computed_guideline(given, guideline, field, "other offense")
        level, steps = registry.offense_level_under(
            sheet, guideline, given.under(guideline, computed.facts_of(given.offense)))
        words = f"§{guideline}: level {level}"
    adopt_if_greater(sheet, where, "Cross reference: the other offense", words, level, steps,
                     reference["text"], source, only_if_greater=True)
