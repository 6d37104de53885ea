"""§2C1.2 (Offering, Giving, Soliciting, or Receiving a Gratuity) in the Chapter Two registry:
(a) the base offense level and (b) the specific offense characteristics, as the edition applied
has them (tables/gratuity.toml). §2C1.2 has no cross reference in any edition.

§2C1.2 (2025): "(a) Base Offense Level: (1) 11, if the defendant was a public official; or
(2) 9, otherwise. (b) (1) If the offense involved more than one gratuity, increase by 2 levels.
(2) If the value of the gratuity exceeded $6,500, increase by the number of levels from the
table in §2B1.1 (Theft, Property Destruction, and Fraud) corresponding to that amount. (3) If
the offense involved an elected public official or any public official in a high-level
decision-making or sensitive position, increase by 4 levels. If the resulting offense level is
less than level 15, increase to level 15. (4) If the defendant was a public official who
facilitated (A) entry into the United States ..., increase by 2 levels."

Until Nov. 1, 2004 the base was 7 and the value and the elected or high-level official were
alternatives, +8 for the official ("(If more than one applies, use the greater)"; 1987: "Apply
the greater"): the greater is applied, the other shown as not applied. The loss table is the
one in force on the same date: §2F1.1's until Oct. 31, 2001, then §2B1.1's.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    amount_band, apply_kinds, apply_paragraph, refuse_finding_of_a_single_level,
    refuse_paragraphs_not_in_edition, section_3b1_3_stated, set_base_level_by_finding)
from ussg.guidelines.manual.ch2.s2c1_2.facts import GratuityFacts

TABLE = "gratuity"
SECTION = "§2C1.2"
CH = "chapter_two"
VALUE_TITLE = "Value of the gratuity"
HIGH_TITLE = "Elected or high-level official"
HIGH_WORDS = "high_level_official = true"

#: (section, input, levels, reason, loss-table source) of the value's increase, not yet applied
Increase = tuple[str, str, int, str, str]


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2C1.2(a): 7 until Oct. 31, 2004; then (1) 11 if the defendant was a public official,
    (2) 9 otherwise. A fact the edition lacks is refused first, naming it."""
    facts: GratuityFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_finding_of_a_single_level(sheet, version, SECTION, field, "public_official",
                                     facts.public_official,
                                     "“11, if the defendant was a public official”, was "
                                     "written by Amendment 666 (Nov. 1, 2004)")
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("more_than_one", "more_than_one_gratuity", facts.more_than_one_gratuity),
        ("facilitated", "facilitated", bool(facts.facilitated))))
    if facts.facilitated and not facts.public_official:
        raise CaseError(f"{field}.facilitated",
                        f"{SECTION}{version['facilitated']['paragraph']} reads “If the "
                        f"defendant was a public official who facilitated ...”: give "
                        f"public_official = true, or leave facilitated out")
    set_base_level_by_finding(sheet, version, SECTION, "Base offense level (gratuity)",
                              "public_official", facts.public_official, "public_official",
                              given.offense.description or "gratuity")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2C1.2(b): (1) more than one gratuity (from Nov. 1, 1989); the value; the elected or
    high-level official (until Nov. 1, 2004 the greater of the two); from Nov. 1, 2004 (4)
    the public official who facilitated entry or documents. Then comment. (n.2), from 2004
    (n.4): "Do not apply the adjustment in §3B1.3"."""
    facts: GratuityFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if version["more_than_one"].get("exists", True):
        apply_paragraph(sheet, version, SECTION, "More than one gratuity",
                        version["more_than_one"], facts.more_than_one_gratuity,
                        "more_than_one_gratuity = true")
    value = _value_increase(sheet, given, version)
    high = version["high_level"]
    if version.get("greater_of") is not None:
        _the_greater(sheet, version, value, facts.high_level_official)
    else:
        if value is not None:
            _apply_value(sheet, value, source)
        if apply_paragraph(sheet, version, SECTION, HIGH_TITLE, high, facts.high_level_official,
                           HIGH_WORDS):
            _floor(sheet, high, source)
    if version["facilitated"].get("exists", True):
        apply_kinds(sheet, version, SECTION, "facilitated",
                    "Public official facilitated entry or documents", list(facts.facilitated),
                    f"{given.facts_field}.facilitated")
    _abuse_of_trust(given, version)


def _value_increase(sheet: Worksheet, given: registry.ChapterTwoCase,
                    version: Version) -> Increase | None:
    """The value's increase, not yet applied, or None where no value is stated."""
    facts: GratuityFacts = given.facts
    amount = facts.gratuity_value
    if amount is None:
        return None
    paragraph = version["value"]
    section = f"{SECTION}{paragraph['paragraph']}"
    words = f"gratuity_value = \"{amount!s}\""
    text = f"“{paragraph['text']}”"
    band = paragraph.get("one_level_more_than")
    kind, add, line, loss_table = amount_band(sheet, paragraph, amount,
                                              f"{given.facts_field}.gratuity_value")
    if kind == "table":
        return (f"{section}(ii)" if band else section, words, add,
                f"{text} {amount!s} exceeded {paragraph['table_more_than']}: "
                f"{paragraph['table']}(b)(1) {line}", sheet.note_version(loss_table))
    if kind == "one_level":
        return (f"{section}(i)", words, add, f"{text} {amount!s} exceeded {band} but not "
                f"{paragraph['table_more_than']}", "")
    return (section, words, 0, f"{amount!s} did not exceed "
            f"{band or paragraph['table_more_than']}: {text}", "")


def _apply_value(sheet: Worksheet, value: Increase, source: str) -> None:
    section, words, levels, reason, table_source = value
    source = f"{source}; {table_source}" if table_source else source
    if levels:
        sheet.adjust(CH, section, VALUE_TITLE, words, levels, reason, source)
    else:
        sheet.note(CH, section, VALUE_TITLE, words, "no increase", reason, source)


def _the_greater(sheet: Worksheet, version: Version, value: Increase | None,
                 high_found: bool) -> None:
    """Until Nov. 1, 2004: the value's levels or the official's 8, "(If more than one applies,
    use the greater)" (1987: "Apply the greater"); the other is shown as not applied."""
    source = sheet.note_version(version)
    words = version["greater_of"]["words"]
    high = version["high_level"]
    value_levels = value[2] if value is not None else 0
    if not high_found or value_levels >= high["levels"]:
        if value is not None:
            _apply_value(sheet, value, source)
        if high_found:
            sheet.note(CH, f"{SECTION}{high['paragraph']}", HIGH_TITLE, HIGH_WORDS,
                       "not applied", f"“{words}”: the value's {value_levels} levels are not "
                       f"fewer than {high['levels']}", source)
        return
    if value is not None:
        sheet.note(CH, value[0], VALUE_TITLE, value[1], "not applied",
                   f"“{words}”: {high['paragraph']} gives more ({high['levels']} levels "
                   f"against {value_levels})", source)
    sheet.adjust(CH, f"{SECTION}{high['paragraph']}", HIGH_TITLE, HIGH_WORDS, high["levels"],
                 f"“{high['text']}”", source)


def _floor(sheet: Worksheet, high: dict, source: str) -> None:
    """(b)(3)'s second sentence: "If the resulting offense level is less than level 15,
    increase to level 15"."""
    assert sheet.level is not None
    floor = high["floor"]
    section = f"{SECTION}{high['paragraph']}"
    if sheet.level >= floor:
        sheet.note(CH, section, f"Minimum offense level {floor}", HIGH_WORDS, "no change",
                   f"the offense level {sheet.level} is not less than level {floor}: "
                   f"“{high['text']}”", source)
        return
    sheet.move_to(CH, section, f"Minimum offense level {floor}", HIGH_WORDS, floor,
                  f"the offense level {sheet.level} is less than level {floor}: “If the "
                  f"resulting offense level is less than level {floor}, increase to level "
                  f"{floor}.”", source)


def _abuse_of_trust(given: registry.ChapterTwoCase, version: Version) -> None:
    """"Do not apply the adjustment in §3B1.3": a case that states it is refused, naming the
    adjustment (§2C1.2 has no cross reference that would lift the bar)."""
    rule = version["abuse_of_trust"]
    name = section_3b1_3_stated(given.adjustments.role)
    if name is not None:
        raise CaseError(f"adjustments.role.{name}", f"{SECTION}, {rule['note']}: "
                                                    f"“{rule['text']}”")
