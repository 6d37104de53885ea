"""§2B5.1 (Offenses Involving Counterfeit Bearer Obligations of the United States) in the
Chapter Two registry, as each edition has it (tables/counterfeiting.toml).

§2B5.1 (2025): "(a) Base Offense Level: 9 (b) (1) If the face value of the counterfeit items
(A) exceeded $2,500 but did not exceed $6,500, increase by 1 level; or (B) exceeded $6,500,
increase by the number of levels from the table in §2B1.1 (Theft, Property Destruction, and
Fraud) corresponding to that amount. (2) If the defendant (A) manufactured or produced any
counterfeit obligation or security of the United States, or possessed or had custody of or
control over a counterfeiting device or materials used for counterfeiting; or (B) controlled
or possessed (i) counterfeiting paper similar to a distinctive paper; (ii) genuine United
States currency paper from which the ink or other distinctive counterfeit deterrent has been
completely or partially removed; or (iii) a feature or device essentially identical to a
distinctive counterfeit deterrent, increase by 2 levels. (3) If subsection (b)(2)(A) applies,
and the offense level determined under that subsection is less than level 15, increase to
level 15. (4) If a dangerous weapon (including a firearm) was possessed in connection with the
offense, increase by 2 levels. If the resulting offense level is less than level 13, increase
to level 13. (5) If any part of the offense was committed outside the United States, increase
by 2 levels." Until Nov. 1, 2001 (b)(1) read the §2F1.1 table over $2,000 and (b)(2) was the
(A) conduct alone, a floor of 15 without an increase (Amendments 617 and 618).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import Dollars
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_amount_band, apply_paragraph, base_level_of, refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import at_least
from ussg.guidelines.manual.ch2.s2b5_1.facts import CounterfeitingFacts

TABLE = "counterfeiting"
SECTION = "§2B5.1"
CH = "chapter_two"
#: the amendment that brought each kind of (b)(2) conduct the first edition lacks
ADDED_BY = {
    "paper_similar_to_distinctive_paper": "Amendment 618, eff. Nov. 1, 2001",
    "feature_identical_to_counterfeit_deterrent": "Amendment 618, eff. Nov. 1, 2001",
    "bleached_currency_paper": "Amendment 731, eff. Nov. 1, 2009",
}


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B5.1(a): "Base Offense Level: 9"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (counterfeit bearer obligations of the United States)",
                  given.offense.description or "counterfeiting")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B5.1(b) in the edition's order: (1) the face value; (2) the manufacturing floor
    (from 2001 +2, then (3) the floor); the weapon; outside the United States. A fact the
    edition has no paragraph for is refused, naming it."""
    facts: CounterfeitingFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("weapon", "dangerous_weapon_possessed", facts.dangerous_weapon_possessed),
        ("outside_united_states", "committed_outside_united_states",
         facts.committed_outside_united_states)))
    source = sheet.note_version(version)
    face_value_increase(sheet, version["face_value"], facts.face_value, f"{field}.face_value",
                        source)
    _manufacturing(sheet, version, facts, f"{field}.counterfeiting_conduct", source)
    if facts.dangerous_weapon_possessed:
        weapon = version["weapon"]
        apply_paragraph(sheet, version, SECTION, "Dangerous weapon possessed", weapon, True,
                        "dangerous_weapon_possessed = true")
        _floor(sheet, f"{SECTION}{weapon['paragraph']}", "dangerous_weapon_possessed = true",
               weapon["minimum"], weapon["text"], source)
    apply_paragraph(sheet, version, SECTION, "Committed outside the United States",
                    version["outside_united_states"], facts.committed_outside_united_states,
                    "committed_outside_united_states = true")


def face_value_increase(sheet: Worksheet, paragraph: dict, amount: Dollars, field: str,
                        source: str) -> None:
    """(b)(1): over ``table_more_than`` the loss table's levels for the amount (the table of
    the same date: §2F1.1's until Oct. 31, 2001, then §2B1.1's); from Nov. 1, 2001 (A) 1
    level over ``one_level_more_than`` up to it; else no increase."""
    apply_amount_band(sheet, SECTION, "Face value of the counterfeit items", paragraph, amount,
                      field, f"face_value = \"{amount!s}\"", source)


def _manufacturing(sheet: Worksheet, version, facts: CounterfeitingFacts, field: str,
                   source: str) -> None:
    """(b)(2): the conduct found, each kind one the edition's paragraph covers (a kind a
    later amendment added is refused); its levels once, and its floor (until 2001); from
    Nov. 1, 2001 (b)(3), the floor of 15 where a kind of (b)(2)(A) was found."""
    found = facts.counterfeiting_conduct
    if not found:
        return
    paragraph = version["manufacturing"]
    for kind in found:
        if kind not in paragraph["kinds"]:
            raise CaseError(field, f"\"{kind}\": {SECTION}{paragraph['paragraph']} in the "
                                   f"Guidelines Manual in force on "
                                   f"{format_date(sheet.manual.in_force)} reads "
                                   f"“{paragraph['text']}”, which does not cover it (added by "
                                   f"{ADDED_BY[kind]})")
    words = "counterfeiting_conduct = [" + ", ".join(f"\"{kind}\"" for kind in found) + "]"
    section = f"{SECTION}{paragraph['paragraph']}"
    title = "Manufacturing; counterfeiting device, paper or deterrent"
    if paragraph.get("levels"):
        sheet.adjust(CH, section, title, words, paragraph["levels"], f"“{paragraph['text']}”",
                     source)
    if paragraph.get("minimum") is not None:
        _floor(sheet, section, words, paragraph["minimum"], paragraph["text"], source)
    minimum = version.get("manufacturing_minimum")
    clause_a = [kind for kind in found if minimum is not None and kind in minimum["kinds"]]
    if clause_a:
        _floor(sheet, f"{SECTION}{minimum['paragraph']}", words, minimum["minimum"],
               minimum["text"], source)


def _floor(sheet: Worksheet, section: str, words: str, minimum: int, text: str,
           source: str) -> None:
    """"... is less than level N, increase to level N": the level the paragraphs before it
    left, raised to N, or a step saying it is not less."""
    assert sheet.level is not None
    if sheet.level >= minimum:
        sheet.note(CH, section, f"Minimum offense level {minimum}", words, "no change",
                   f"“{text}”: the offense level {sheet.level} is not less than level "
                   f"{minimum}", source)
        return
    at_least(sheet, section, minimum, words, source,
             f"“{text}”: the offense level {sheet.level} is less than level {minimum}")
