"""§2J1.2 (Obstruction of Justice) in the Chapter Two registry: (a) the base offense level
(12; 14 from Jan. 25, 2003), (b) the characteristics as each edition has them, (c)(1) §2X3.1
in respect to the obstructed offense, if greater, and comment. (n.2): Chapter Three, Part C
(from Nov. 1, 2013 §3C1.1) does not apply unless the defendant obstructed the obstruction
count (tables/obstruction_of_justice.toml).

(b)(1) from Oct. 24, 2005 is a set of alternatives ("(Apply the greater)", from Nov. 1, 2007
"(Apply the greatest)"): the greatest found is applied, the others shown as not applied; with
§3A1.4 (Terrorism) the terrorism paragraph is not applied (comment. (n.2(B))).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_paragraph, base_level_of, obstruction_adjustment_withheld)
from ussg.guidelines.manual.ch2.s2x3_1.accessory import in_respect_to

CH = "chapter_two"
TABLE = "obstruction_of_justice"
SECTION = "§2J1.2"
#: the facts of (b) that some editions lack: the fact, the table entry, the amendment
ADDED = (("sex_offense_false_statement", "sex_offense", "Amendment 701 (Nov. 1, 2007)"),
         ("terrorism_false_statement", "terrorism", "Amendment 676 (Oct. 24, 2005)"),
         ("records_or_extensive", "records", "Amendment 647 (Jan. 25, 2003)"))
#: (b)(1)'s alternatives: the table entry, the fact, the step's title
ALTERNATIVES = (("sex_offense", "sex_offense_false_statement",
                 "False statement: sex offense matter (18 U.S.C. § 1001)"),
                ("injury", "injury_or_property_damage",
                 "Causing or threatening injury or property damage"),
                ("terrorism", "terrorism_false_statement",
                 "False statement or obstruction: terrorism matter (18 U.S.C. § 1001, § 1505)"))


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    for name, entry, amendment in ADDED:
        if getattr(given.facts, name) and version.get(entry) is None:
            raise CaseError(f"{given.facts_field}.{name}",
                            f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} has no such characteristic: "
                            f"{amendment} added it")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.2(a): 12 until Jan. 24, 2003, then 14 (Amendment 647)."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    base_level_of(sheet, version, SECTION, "Base offense level",
                  given.offense.description or "obstruction of justice")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.2(b)(1) (one paragraph, or the greatest of its alternatives), (b)(2), (b)(3)."""
    version = sheet.manual.table(TABLE)
    facts = given.facts
    if version.get("greatest") is None:
        paragraph = version["injury"]
        apply_paragraph(sheet, version, SECTION, ALTERNATIVES[1][2], paragraph,
                        facts.injury_or_property_damage, "injury_or_property_damage = true")
    else:
        _the_greatest(sheet, given, version)
    apply_paragraph(sheet, version, SECTION, "Substantial interference with the administration "
                    "of justice", version["substantial_interference"],
                    facts.substantial_interference, "substantial_interference = true")
    if version.get("records") is not None:
        apply_paragraph(sheet, version, SECTION, "Records destroyed or altered; extensive in "
                        "scope, planning, or preparation", version["records"],
                        facts.records_or_extensive, "records_or_extensive = true")


def _the_greatest(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version) -> None:
    """(b)(1) "(Apply the greater)" / "(Apply the greatest)": of the alternatives found, the
    one of most levels; with §3A1.4 the terrorism paragraph is not applied (n.2(B))."""
    source = sheet.note_version(version)
    found = []
    for entry, name, title in ALTERNATIVES:
        paragraph = version.get(entry)
        if paragraph is None or not getattr(given.facts, name):
            continue
        if entry == "terrorism" and given.adjustments.victim.terrorism:
            note = version["terrorism_note"]
            sheet.note(CH, f"{SECTION}{paragraph['paragraph']}", title, f"{name} = true",
                       "not applied", f"§3A1.4 applies ([adjustments.victim] terrorism = "
                       f"true): {note['note']}: “{note['text']}”", source)
            continue
        found.append((paragraph, name, title))
    if not found:
        return
    paragraph, name, title = max(found, key=lambda f: f[0]["levels"])
    for other, other_name, other_title in found:
        if other is not paragraph:
            sheet.note(CH, f"{SECTION}{other['paragraph']}", other_title, f"{other_name} = true",
                       "not applied", f"“{version['greatest']}” {paragraph['paragraph']} gives "
                       f"more ({paragraph['levels']} levels against {other['levels']})", source)
    apply_paragraph(sheet, version, SECTION, title, paragraph, True, f"{name} = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2X3.1 in respect to the obstructed offense, if greater; then the note on
    Chapter Three, Part C (§3C1.1)."""
    version = sheet.manual.table(TABLE)
    other = given.facts.obstructed_offense
    if other is not None:
        reference = version["cross_reference"]
        field = f"{given.facts_field}.obstructed_offense"
        level, steps, words = in_respect_to(sheet, given, other, field)
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: obstructing the investigation or prosecution of a "
                         "criminal offense (§2X3.1)", f"obstructed_offense: {words}", level,
                         steps, reference["text"], sheet.note_version(version),
                         only_if_greater=True)
    if given.offense.guideline == "2J1.2":
        obstruction_adjustment_withheld(sheet, given, version, SECTION,
                                        "obstructed_the_obstruction_count")
