"""§2A2.4 (Obstructing or Impeding Officers) in the Chapter Two registry, as it stood in each
edition from Oct. 15, 1988 (tables/obstructing_officers.toml).

2025 text (GLM2025_fulltext.txt lines 2999-3018): "(a) Base Offense Level: 10 (b)(1) If (A)
the offense involved physical contact; or (B) a dangerous weapon (including a firearm) was
possessed and its use was threatened, increase by 3 levels. (2) If the victim sustained bodily
injury, increase by 2 levels. (c)(1) If the conduct constituted aggravated assault, apply
§2A2.2 (Aggravated Assault)." Comment. (n.2): "do not apply §3A1.2 (Official Victim) unless,
pursuant to subsection (c), the offense level is determined under §2A2.2".

Before Nov. 1, 2004 (Amendment 663) (a) was 6 and there was no (b)(2); before Nov. 1, 1992
(Amendment 443) (c)(1) reached only a defendant "convicted under 18 U.S.C. § 111"; before Nov.
1, 1989 (Amendments 89, 90) (b)(1) read "striking, beating, or wounding" and the note said
"Do not apply §3A1.2 (Official Victim)" without exception.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_paragraph, base_level_of, refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2a2_4.facts import ObstructingOfficersFacts

CH = "chapter_two"
TABLE = "obstructing_officers"
SECTION = "§2A2.4"
CONTACT_FACTS = ("struck_beat_or_wounded", "physical_contact",
                 "dangerous_weapon_possessed_and_threatened")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.4(a): a single level (6; 10 from Nov. 1, 2004)."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    base_level_of(sheet, version, SECTION, "Base offense level (obstructing or impeding "
                  "officers)", "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) +3 once, for any of what the edition names; (b)(2) bodily injury +2."""
    facts: ObstructingOfficersFacts = given.facts
    version = sheet.manual.table(TABLE)
    contact = version["contact"]
    found = [f"{name} = true" for name in contact["facts"] if getattr(facts, name)]
    apply_paragraph(sheet, version, SECTION, "Physical contact or dangerous weapon", contact,
                    bool(found), ", ".join(found))
    if version["bodily_injury"].get("exists", True):
        apply_paragraph(sheet, version, SECTION, "Bodily injury", version["bodily_injury"],
                        facts.bodily_injury, "bodily_injury = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): the conduct constituted aggravated assault: §2A2.2 is computed through the
    registry and its level applies (before Nov. 1, 1992 only for a conviction under 18 U.S.C.
    § 111); then the note on §3A1.2."""
    facts: ObstructingOfficersFacts = given.facts
    version = sheet.manual.table(TABLE)
    reference = version["cross_reference"]
    section, source = f"{SECTION}{reference['paragraph']}", sheet.note_version(version)
    applied = False
    if facts.aggravated_assault is not None:
        if reference["requires_conviction_under_111"] and not facts.convicted_under_111:
            sheet.note(CH, section, "Cross reference: aggravated assault (§2A2.2)",
                       "aggravated_assault stated, convicted_under_111 = false", "not applied",
                       f"“{reference['text']}”: the defendant is not convicted under 18 "
                       f"U.S.C. § 111", source)
        else:
            level, steps = registry.offense_level_under(
                sheet, "2A2.2", given.under("2A2.2", facts.aggravated_assault,
                                            f"{given.facts_field}.aggravated_assault"))
            sheet.steps.extend(steps)
            sheet.move_to(CH, section, "Cross reference: aggravated assault (§2A2.2)",
                          "aggravated_assault (the §2A2.2 findings)" + (
                              ", convicted_under_111 = true"
                              if reference["requires_conviction_under_111"] else ""),
                          level, f"“{reference['text']}” §2A2.2: level {level}", source)
            applied = True
    _official_victim(sheet, given, version, applied)


def _official_victim(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                     cross_referenced: bool) -> None:
    """The note on §3A1.2: the base offense level incorporates the official victim, so
    §3A1.2 stated is refused unless (from Nov. 1, 1989) the level is determined under §2A2.2
    by (c); where it is, a step says the note does not bar it."""
    note = version["official_victim_note"]
    stated = given.adjustments.victim.official_victim
    if stated is None:
        return
    quoted = f"{SECTION}, {note['note']}: “{note['text']}”"
    if not (note["unless_cross_reference"] and cross_referenced):
        raise CaseError("adjustments.victim.official_victim", f"{quoted} (the offense level "
                        f"is {'determined under §2A2.4' if not cross_referenced else 'that of §2A2.2, but the note in force then makes no exception'}): "
                        f"leave official_victim out")
    sheet.note(CH, f"{SECTION}, {note['note']}", "§3A1.2 with §2A2.4", "cross reference "
               "applied", "applies", f"the offense level is determined under §2A2.2 by (c), "
               f"so the note does not bar §3A1.2: “{note['text']}”",
               sheet.note_version(version))


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2A2.4 does not read is an error naming the key."""
    facts: ObstructingOfficersFacts = given.facts
    field, day = given.facts_field, format_date(sheet.manual.in_force)
    contact = version["contact"]
    for name in CONTACT_FACTS:
        if getattr(facts, name) and name not in contact["facts"]:
            raise CaseError(f"{field}.{name}", f"{SECTION}{contact['paragraph']} in the "
                            f"Guidelines Manual in force on {day} reads “{contact['text']}” "
                            f"(Amendment 90, eff. Nov. 1, 1989, replaced \"striking, beating, "
                            f"or wounding\" with \"physical contact, or if a dangerous weapon "
                            f"(including a firearm) was possessed and its use was threatened\")")
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("bodily_injury", "bodily_injury", facts.bodily_injury),))
    reference = version["cross_reference"]
    if facts.convicted_under_111 and not reference["requires_conviction_under_111"]:
        raise CaseError(f"{field}.convicted_under_111", f"{SECTION}{reference['paragraph']} "
                        f"in the Guidelines Manual in force on {day} reads “"
                        f"{reference['text']}”: no conviction is named (Amendment 443, eff. "
                        f"Nov. 1, 1992, struck \"defendant is convicted under 18 U.S.C. § 111 "
                        f"and the\")")
