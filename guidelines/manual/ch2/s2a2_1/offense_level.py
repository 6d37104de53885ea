"""§2A2.1 (Assault with Intent to Commit Murder; Attempted Murder) in the Chapter Two
registry: (a) the base offense level and (b) the specific offense characteristics as the
edition applied has them (tables/attempted_murder.toml).

§2A2.1 (2025): "(a) Base Offense Level: (1) 33, if the object of the offense would have
constituted first degree murder; or (2) 27, otherwise. (b) (1) If (A) the victim sustained
permanent or life-threatening bodily injury, increase by 4 levels; (B) the victim sustained
serious bodily injury, increase by 2 levels; or (C) the degree of injury is between that
specified in subdivisions (A) and (B), increase by 3 levels. (2) If the offense involved the
offer or the receipt of anything of pecuniary value for undertaking the murder, increase by 4
levels." Before Nov. 1, 1990 (Amendment 311): level 20 and §2A2.2's characteristics then.
"""

from __future__ import annotations

from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_alternative, apply_cap, apply_paragraph, apply_weapon, refuse_finding_of_a_single_level,
    refuse_paragraphs_not_in_edition, set_base_level_by_finding)
from ussg.guidelines.manual.ch2.s2a2_1.facts import AttemptedMurderFacts

TABLE = "attempted_murder"
SECTION = "§2A2.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.1(a): 33 if the object would have been first degree murder, 27 otherwise (28
    and 22 from Nov. 1, 1990; a single level 20 before)."""
    facts: AttemptedMurderFacts = given.facts
    version = sheet.manual.table(TABLE)
    _facts_in_edition(sheet, version, facts, given.facts_field)
    set_base_level_by_finding(sheet, version, SECTION, "Base offense level (attempted murder)",
                              "object_first_degree_murder", facts.object_first_degree_murder,
                              "first_degree", given.offense.description or "attempted murder")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.1(b) in order: before Nov. 1, 1990 (b)(1)-(4) with the cap on (2) and (3); from
    then (b)(1) injury and (b)(2) pecuniary value."""
    facts: AttemptedMurderFacts = given.facts
    version = sheet.manual.table(TABLE)
    if version["planning"].get("exists", True):
        apply_paragraph(sheet, version, SECTION, "More than minimal planning",
                        version["planning"], facts.more_than_minimal_planning,
                        "more_than_minimal_planning = true")
        cumulative = apply_weapon(sheet, given, version, SECTION, "Weapon", facts.weapon)
        cumulative += _injury(sheet, version, facts)
        apply_cap(sheet, version, SECTION, version["cap"], cumulative)
        apply_paragraph(sheet, version, SECTION, "Motivated by payment", version["payment"],
                        facts.motivated_by_payment, "motivated_by_payment = true")
        return
    _injury(sheet, version, facts)
    apply_paragraph(sheet, version, SECTION, "Offer or receipt of anything of pecuniary value "
                    "for undertaking the murder", version["pecuniary_value"],
                    facts.offer_or_receipt_of_pecuniary_value,
                    "offer_or_receipt_of_pecuniary_value = true")


def _injury(sheet: Worksheet, version: Version, facts: AttemptedMurderFacts) -> int:
    """The injury paragraph's clause found; from Nov. 1, 1990 (b)(1) names no lesser injury
    than serious bodily injury: such a finding is shown with no increase."""
    paragraph = version["bodily_injury"]
    words = f"bodily_injury = \"{facts.bodily_injury}\""
    if facts.bodily_injury is not None and all(c["key"] != facts.bodily_injury
                                               for c in paragraph["clauses"]):
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", "Bodily injury", words,
                   "no increase", f"{SECTION}{paragraph['paragraph']} increases only for "
                   f"serious, permanent or life-threatening bodily injury, or an injury "
                   f"between them", sheet.note_version(version))
        return 0
    return apply_alternative(sheet, version, SECTION, "Bodily injury", paragraph,
                             facts.bodily_injury, words)


def _facts_in_edition(sheet: Worksheet, version: Version, facts: AttemptedMurderFacts,
                      field: str) -> None:
    """A finding the edition applied does not have is refused, never ignored."""
    refuse_finding_of_a_single_level(
        sheet, version, SECTION, field, "object_first_degree_murder",
        facts.object_first_degree_murder, "for an object that would have constituted first "
        "degree murder, was inserted by Amendment 311, eff. Nov. 1, 1990")
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("planning", "more_than_minimal_planning", facts.more_than_minimal_planning),
        ("weapon", "weapon", facts.weapon is not None),
        ("payment", "motivated_by_payment", facts.motivated_by_payment),
        ("pecuniary_value", "offer_or_receipt_of_pecuniary_value",
         facts.offer_or_receipt_of_pecuniary_value)))
