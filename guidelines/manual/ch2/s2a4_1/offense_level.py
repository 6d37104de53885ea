"""§2A4.1 (Kidnapping, Abduction, Unlawful Restraint) in the Chapter Two registry: (a) the
base offense level, (b) the specific offense characteristics, (c) the cross reference, each as
the edition applied has them (tables/kidnapping.toml).

§2A4.1(b)(7) (from Nov. 1, 1991): "If the victim was kidnapped, abducted, or unlawfully
restrained during the commission of, or in connection with, another offense or escape
therefrom; or if another offense was committed during the kidnapping, abduction, or unlawful
restraint, increase to— (A) the offense level from the Chapter Two offense guideline
applicable to that other offense if such offense guideline includes an adjustment for
kidnapping, abduction, or unlawful restraint, or otherwise takes such conduct into account; or
(B) 4 plus the offense level from the offense guideline applicable to that other offense, but
in no event greater than level 43, in any other case, if the resulting offense level is
greater than that determined above." The other offense's level is computed through the
registry (§1B1.5: a reference; Chapter Three is then determined in respect to that guideline
where its level is adopted) or stated.
"""

from __future__ import annotations

from ussg.guidelines.case.drug_offense_facts import DrugTraffickingFacts
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_injury_degree, apply_paragraph,
    murder_cross_reference, refuse_paragraphs_not_in_edition, withheld_for_924c)
from ussg.guidelines.manual.ch2.s2a4_1.facts import KidnappingFacts

TABLE = "kidnapping"
SECTION = "§2A4.1"
CH = "chapter_two"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A4.1(a): "Base Offense Level: 32" (24 before May 30, 2003, Amendment 650)."""
    version = sheet.manual.table(TABLE)
    _facts_in_edition(sheet, version, given)
    _restraint_not_counted_again(sheet, version, given)
    base = version["base_paragraph"]
    sheet.set_level(CH, f"{SECTION}{base}", "Base offense level (kidnapping)",
                    given.offense.description or "kidnapping, abduction, or unlawful restraint",
                    version["base_level"], f"“{version['base_text']}”",
                    sheet.note_version(version))


def _facts_in_edition(sheet: Worksheet, version: Version,
                      given: registry.ChapterTwoCase) -> None:
    """A finding for a paragraph the edition does not have is refused, never ignored; so are
    §2D1.1's facts where no other offense under §2D1.1 (or a guideline that reads them) is
    named."""
    facts: KidnappingFacts = given.facts
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("sexual_exploitation", "sexually_exploited", facts.sexually_exploited),
        ("minor_placed", "minor_placed_for_consideration", facts.minor_placed_for_consideration),
        ("murder_cross_reference", "victim_murdered", facts.victim_murdered)))
    other = version["other_offense"]
    when = format_date(sheet.manual.in_force)
    if other["kind"] == "facilitate" and facts.other_guideline_restraint is not None:
        raise CaseError(f"{field}.other_guideline_restraint",
                        f"{SECTION}{other['paragraph']} in the Guidelines Manual in force on "
                        f"{when} reads “{other['text']}”: it has no alternative for a guideline "
                        f"that takes the restraint into account (Amendment 363, eff. Nov. 1, "
                        f"1991, wrote (b)(7)(A) and (B))")
    if (other["kind"] == "increase_to" and facts.other_offense_guideline is not None
            and facts.other_guideline_restraint is None):
        raise CaseError(f"{field}.other_guideline_restraint",
                        f"{SECTION}{other['paragraph']} increases to (A) the other offense's "
                        f"level \"if such offense guideline includes an adjustment for "
                        f"kidnapping, abduction, or unlawful restraint, or otherwise takes such "
                        f"conduct into account\", or (B) 4 plus it \"in any other case\": give "
                        f"\"taken_into_account\" for (A) or \"any_other_case\" for (B)")
    named = facts.other_offense_guideline
    guideline = registry.chapter_two_guideline(named) if named and named != "other" else None
    if guideline is not None and guideline.uses_drugs:
        return
    offense = given.offense
    stated = sorted(offense.model_fields_set & set(DrugTraffickingFacts.model_fields))
    stated = ["drugs"] * bool(offense.drugs) + ["dangerous_weapon"] * offense.dangerous_weapon \
        + stated
    if stated:
        raise CaseError(f"{given.field}.{stated[0]}",
                        f"§2D1.1 facts ({', '.join(stated)}), read by {SECTION} only for the "
                        f"other offense of {SECTION}{other['paragraph']} under §2D1.1: give "
                        f"other_offense_guideline = \"2D1.1\", or leave them out")


def _restraint_not_counted_again(sheet: Worksheet, version: Version,
                                 given: registry.ChapterTwoCase) -> None:
    """§3A1.3's note: the unlawful restraint of a victim is an element of a kidnapping (from
    Nov. 1, 1991, Amendment 413, the note names §2A4.1): the adjustment stated is refused."""
    if given.adjustments.victim.restrained:
        note = version["restraint_note"]
        raise CaseError("adjustments.victim.restrained",
                        f"{note['note']} (in force on {format_date(sheet.manual.in_force)}): "
                        f"“{note['text']}” The offense is under {SECTION}, whose offense is "
                        f"the unlawful restraint of a victim")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A4.1(b)(1)-(7), in order."""
    facts: KidnappingFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    apply_paragraph(sheet, version, SECTION, "Ransom demand or demand upon government",
                    version["ransom"], facts.ransom_or_demand_upon_government,
                    "ransom_or_demand_upon_government = true")
    apply_injury_degree(sheet, version, SECTION, facts.bodily_injury, f"{field}.bodily_injury",
                        ("between_serious_and_permanent",))
    _weapon(sheet, given, version, facts)
    _release(sheet, version, facts)
    apply_paragraph(sheet, version, SECTION, "Victim sexually exploited",
                    version["sexual_exploitation"], facts.sexually_exploited,
                    "sexually_exploited = true")
    apply_paragraph(sheet, version, SECTION, "Minor placed in the care or custody of another "
                    "for money or other consideration", version["minor_placed"],
                    facts.minor_placed_for_consideration, "minor_placed_for_consideration = true")
    _other_offense(sheet, given, version, facts)


def _weapon(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
            facts: KidnappingFacts) -> None:
    """(b)(3): "If a dangerous weapon was used, increase by 2 levels"; a firearm is left out
    where a §2K2.4 count is sentenced with the offense (§2K2.4's note)."""
    if facts.weapon_used is None:
        return
    words = f"weapon_used = \"{facts.weapon_used}\""
    where = f"{SECTION}{version['weapon']['paragraph']}"
    if facts.weapon_used == "firearm" and withheld_for_924c(sheet, given.case, where,
                                                            "Dangerous weapon used", words):
        return
    apply_paragraph(sheet, version, SECTION, "Dangerous weapon used", version["weapon"], True,
                    words)


def _release(sheet: Worksheet, version: Version, facts: KidnappingFacts) -> None:
    """(b)(4): the alternative the days before release reach (the greatest), or, until May 30,
    2003, (C) -1 for a victim released before twenty-four hours had elapsed; else a step says
    no adjustment."""
    days = facts.days_before_release
    if days is None:
        return
    release = version["release"]
    words = f"days_before_release = {days}"
    source = sheet.note_version(version)
    for clause in release["not_released"]:  # greatest first
        if days >= clause["days"]:
            sheet.adjust(CH, f"{SECTION}{release['paragraph']}{clause['clause']}",
                         "Time before release", words, clause["levels"],
                         f"“{clause['text']}” ({days} whole days had elapsed before release: "
                         f"not before {clause['days']})", source)
            return
    early = release.get("released_early")
    if early is not None and days == 0:
        sheet.adjust(CH, f"{SECTION}{release['paragraph']}{early['clause']}",
                     "Victim released before twenty-four hours", words, early["levels"],
                     f"“{early['text']}”", source)
        return
    least = min(c["days"] for c in release["not_released"])
    why = f"released before {least} days had elapsed"
    if days == 0 and release.get("ended"):
        why += f"; no decrease: {release['ended']}"
    sheet.note(CH, f"{SECTION}{release['paragraph']}", "Time before release", words,
               "no adjustment", why, source)


def _other_offense(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                   facts: KidnappingFacts) -> None:
    """(b)(7) from Nov. 1, 1991 ("increase to" (A) the other offense's level or (B) 4 plus
    it, at most 43, if greater); before, (b)(5): (A) +4, or (B) the other offense's
    guideline where its result is greater."""
    if facts.other_offense_guideline is None:
        return
    other = version["other_offense"]
    where = f"{SECTION}{other['paragraph']}"
    source = sheet.note_version(version)
    level, steps, named = _other_level(sheet, given, facts)
    if other["kind"] == "facilitate":
        sheet.adjust(CH, f"{where}(A)", "Restraint to facilitate another offense",
                     f"other_offense_guideline = \"{facts.other_offense_guideline}\"",
                     other["levels"], f"“{other['text']}”", source)
        adopt_if_greater(sheet, f"{where}(B)", "Guideline for the other offense",
                         f"{named}: level {level}", level, steps, other["text"], source,
                         only_if_greater=True)
        return
    if facts.other_guideline_restraint == "taken_into_account":
        clause, result = "(A)", level
        words = (f"{named}: level {level}; other_guideline_restraint = "
                 f"\"taken_into_account\": that level")
    else:
        clause, result = "(B)", min(level + other["plus"], other["ceiling"])
        words = (f"{named}: level {level}; other_guideline_restraint = \"any_other_case\": "
                 f"{other['plus']} plus {level} = {level + other['plus']}"
                 + (f", in no event greater than level {other['ceiling']}"
                    if level + other["plus"] > other["ceiling"] else ""))
    adopt_if_greater(sheet, f"{where}{clause}", "Other offense", words, result, steps,
                     other["text"], source, only_if_greater=True)


def _other_level(sheet: Worksheet, given: registry.ChapterTwoCase,
                 facts: KidnappingFacts) -> tuple[int, list, str]:
    """The offense level from the guideline applicable to the other offense: computed through
    the registry (its steps, to be adopted) or as stated."""
    guideline = facts.other_offense_guideline
    assert guideline is not None
    if guideline == "other":
        assert facts.other_offense_level is not None
        return facts.other_offense_level, [], "the other offense, as determined"
    computed = registry.computed_guideline(given, guideline, given.facts_field, "other offense")
    level, steps = registry.offense_level_under(
        sheet, guideline, given.under(guideline, computed.facts_of(given.offense)))
    return level, steps, f"the other offense under §{guideline}"


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) (from Nov. 1, 1991): the victim murdered: "apply §2A1.1 (First Degree
    Murder)"."""
    facts: KidnappingFacts = given.facts
    if facts.victim_murdered:
        murder_cross_reference(sheet, sheet.manual.table(TABLE), SECTION, only_if_greater=False)
