"""§2B2.3 (Trespass) in the Chapter Two registry, as each edition has it
(tables/trespass.toml).

2016 and 2025 text (GLM2016_fulltext.txt lines 2843-2859): "(a) Base Offense Level: 4 (b)(1)
(Apply the greater) If— (A) the trespass occurred (i) at a secure government facility; ...
(viii) on a computer system used (I) ...; or (II) ..., increase by 2 levels; or (B) the
trespass occurred at the White House or its grounds, or the Vice President's official residence
or its grounds, increase by 4 levels. (2) If a dangerous weapon (including a firearm) was
possessed, increase by 2 levels. (3) If (A) the offense involved invasion of a protected
computer; and (B) the loss resulting from the invasion (i) exceeded $2,500 but did not exceed
$6,500, increase by 1 level; or (ii) exceeded $6,500, increase by the number of levels from the
table in §2B1.1 ... corresponding to that amount. (c)(1) If the offense was committed with the
intent to commit a felony offense, apply §2X1.1 (Attempt, Solicitation, or Conspiracy) in
respect to that felony offense, if the resulting offense level is greater than that determined
above."

(b)(1) lists fewer locations before Nov. 1, 2013 (777), 2007 (699, 703), 2003 (654) and 2002
(637); (b)(3) is from Nov. 1, 1997 (551), §2F1.1's table over $2,000 until Oct. 31, 2001
(617), $2,000 and $5,000 until Oct. 31, 2015 (791); (c)(1) is from Nov. 1, 2002 (637); before
Nov. 1, 1989 (108) (b)(2) read "a firearm or other dangerous weapon".
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, amount_band, apply_paragraph, base_level_of,
    refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2b2_3.facts import TrespassFacts
from ussg.guidelines.manual.ch2.s2x1_1.inchoate import in_respect_to

CH = "chapter_two"
TABLE = "trespass"
SECTION = "§2B2.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B2.3(a): "Base Offense Level: 4"."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    base_level_of(sheet, version, SECTION, "Base offense level (trespass)",
                  given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) once, the greatest of the locations found; (b)(2); (b)(3) from 1997."""
    facts: TrespassFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if facts.locations:
        listed = {p["key"]: p for p in version["locations"]["places"]}
        found = [listed[key] for key in facts.locations]
        place = max(found, key=lambda p: p["levels"])  # the first of the greatest
        paragraph = version["locations"]
        sheet.adjust(CH, f"{SECTION}{paragraph['paragraph']}{place['clause']}",
                     "Location of the trespass",
                     ", ".join(f"\"{key}\"" for key in facts.locations),
                     place["levels"], f"“{paragraph['text']}”", source)
    apply_paragraph(sheet, version, SECTION, "Dangerous weapon possessed", version["weapon"],
                    facts.dangerous_weapon_possessed, "dangerous_weapon_possessed = true")
    computer = version["computer"]
    if facts.protected_computer_loss is not None and computer.get("exists", True):
        _computer_loss(sheet, given, computer, source)


def _computer_loss(sheet: Worksheet, given: registry.ChapterTwoCase, computer: dict,
                   source: str) -> None:
    """(b)(3): before Nov. 1, 2001 the paragraph itself (§2F1.1's table); then (B)(i) one
    level, (B)(ii) §2B1.1's table."""
    loss = given.facts.protected_computer_loss
    title = "Invasion of a protected computer: the loss"
    words = f"protected_computer_loss = \"{loss!s}\""
    where = f"{SECTION}{computer['paragraph']}"
    band = computer.get("one_level_more_than")
    text = f"“{computer['text']}”"
    kind, add, line, table = amount_band(sheet, computer, loss,
                                         f"{given.facts_field}.protected_computer_loss")
    if kind == "table":
        assert table is not None
        sheet.adjust(CH, f"{where}(B)(ii)" if band else where, title, words, add,
                     f"{text} {loss!s} exceeded {computer['table_more_than']}: "
                     f"{computer['table']}(b)(1) {line}", f"{source}; {sheet.note_version(table)}")
    elif kind == "one_level":
        sheet.adjust(CH, f"{where}(B)(i)", title, words, add,
                     f"{text} {loss!s} exceeded {band} but not {computer['table_more_than']}",
                     source)
    else:
        sheet.note(CH, where, title, words, "no increase",
                   f"{loss!s} did not exceed {band or computer['table_more_than']}: {text}",
                   source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) from Nov. 1, 2002: §2X1.1 in respect to the felony intended, if greater."""
    facts: TrespassFacts = given.facts
    if facts.intended_felony is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version["cross_reference"]
    field = f"{given.facts_field}.intended_felony"
    level, steps, words = in_respect_to(sheet, given, facts.intended_felony, field)
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                     "Cross reference: intent to commit a felony offense (§2X1.1)",
                     f"§2X1.1 in respect to {words}", level, steps, reference["text"],
                     sheet.note_version(version), only_if_greater=True)


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2B2.3 does not read is an error naming the key."""
    facts: TrespassFacts = given.facts
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("computer", "protected_computer_loss", facts.protected_computer_loss is not None),
        ("cross_reference", "intended_felony", facts.intended_felony is not None)))
    paragraph = version["locations"]
    listed = [p["key"] for p in paragraph["places"]]
    for key in facts.locations:
        if key not in listed:
            raise CaseError(f"{field}.locations", f"{key!r}: {SECTION}{paragraph['paragraph']} "
                            f"in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} reads “{paragraph['text']}”")
    felony = facts.intended_felony
    if given.offense.drugs and (felony is None or felony.guideline != "2D1.1"):
        raise CaseError(f"{given.field}.drugs", "§2B2.3 reads the drugs of [offense] only "
                        "through its cross reference (c)(1): give [offense.trespass."
                        "intended_felony] with guideline = \"2D1.1\", or leave the drugs out")
