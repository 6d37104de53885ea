"""§2A3.2 (Criminal Sexual Abuse of a Minor Under the Age of Sixteen Years (Statutory Rape) or
Attempt to Commit Such Acts) in the Chapter Two registry: (a) the base offense level, (b) the
specific offense characteristics, (c) the cross reference to §2A3.1, as the edition applied
has them (tables/statutory_rape.toml).

§2A3.2 (2025): "(a) Base Offense Level: 18"; "(b)(1) If the minor was in the custody, care, or
supervisory control of the defendant, increase by 4 levels. (2) If (A) subsection (b)(1) does
not apply; and (B)(i) the offense involved the knowing misrepresentation of a participant's
identity ...; or (ii) a participant otherwise unduly influenced the minor ..., increase by 4
levels. (3) If a computer or an interactive computer service was used ..., increase by 2
levels." Nov. 1, 2000 - Oct. 31, 2004 (a) also had levels for a violation of chapter 117 of
title 18 and (b)(4) a decrease.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_2a3_1_cross_reference, apply_kinds, apply_paragraph, section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2a3_2.facts import StatutoryRapeFacts

TABLE = "statutory_rape"
SECTION = "§2A3.2"


def _basis(version: Version, facts: StatutoryRapeFacts, field: str) -> dict:
    """The subsection of (a) the findings select (a chapter 117 finding under an edition
    without its levels, or without the sexual-act finding it needs, is refused)."""
    kinds = {b["applies_to"] for b in version["base_levels"]}
    if "all" in kinds:
        note = version.get("chapter_117_note")
        if facts.chapter_117_violation and note is not None:
            raise CaseError(f"{field}.chapter_117_violation",
                            f"{note['note']}; it is not in the Guidelines Manual in force then")
        if facts.sexual_act_or_contact is not None:
            raise CaseError(f"{field}.sexual_act_or_contact",
                            "§2A3.2(a) is a single level from Nov. 1, 2004 (Amendment 664)")
        wanted = "all"
    elif "chapter_117" in kinds:
        if facts.sexual_act_or_contact is not None:
            raise CaseError(f"{field}.sexual_act_or_contact",
                            "§2A3.2(a) before Nov. 1, 2001 does not distinguish a sexual act "
                            "or sexual contact (Amendment 615 added (a)(1)-(2) of 24 and 21)")
        wanted = "chapter_117" if facts.chapter_117_violation else "otherwise"
    elif facts.chapter_117_violation:
        if facts.sexual_act_or_contact is None:
            raise CaseError(f"{field}.sexual_act_or_contact",
                            "§2A3.2(a)(1) (24) and (a)(2) (21) of Nov. 1, 2001 - Oct. 31, 2004 "
                            "turn on whether the chapter 117 offense involved \"(i) the "
                            "commission of a sexual act; or (ii) sexual contact\": state it")
        wanted = ("chapter_117_sexual_act" if facts.sexual_act_or_contact
                  else "chapter_117_no_sexual_act")
    else:
        wanted = "otherwise"
    return next(b for b in version["base_levels"] if b["applies_to"] == wanted)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.2(a): a single 18 from Nov. 1, 2004; by the chapter 117 findings before."""
    facts: StatutoryRapeFacts = given.facts
    version = sheet.manual.table(TABLE)
    base = _basis(version, facts, given.facts_field)
    if base["applies_to"] == "all":
        words = given.offense.description or "criminal sexual abuse of a minor"
    else:
        words = f"chapter_117_violation = {str(facts.chapter_117_violation).lower()}"
        if facts.sexual_act_or_contact is not None:
            words += f", sexual_act_or_contact = {str(facts.sexual_act_or_contact).lower()}"
    sheet.set_level("chapter_two", f"{SECTION}{base['paragraph']}",
                    "Base offense level (criminal sexual abuse of a minor)", words,
                    base["level"], f"“{base['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.2(b), in order; (b)(2) only where (b)(1) does not apply."""
    facts: StatutoryRapeFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    applied = 0
    if facts.victim_custody:
        apply_kinds(sheet, version, SECTION, "custody", "Minor in the custody, care, or "
                    "supervisory control of the defendant", list(facts.victim_custody),
                    f"{field}.victim_custody")
        _custody_without_section_3b1_3(version, given)
        applied += 1
    applied += _influence(sheet, version, facts)
    applied += bool(apply_paragraph(sheet, version, SECTION, "Use of a computer to entice the "
                                    "minor", version["computer"],
                                    "computer" in facts.minor_enticement,
                                    "minor_enticement includes \"computer\""))
    _decrease(sheet, version, facts, field, applied)


def _influence(sheet: Worksheet, version: Version, facts: StatutoryRapeFacts) -> int:
    """(b)(2): once, for misrepresentation of identity or undue influence, "If (A) subsection
    (b)(1) does not apply"; 1 if applied."""
    paragraph = version["influence"]
    grounds = []
    if "misrepresented_identity" in facts.minor_enticement:
        grounds.append(f"minor_enticement includes \"misrepresented_identity\" "
                       f"({paragraph['misrepresentation']})")
    if facts.undue_influence:
        grounds.append(f"undue_influence = true ({paragraph['undue_influence']})")
    if not grounds:
        return 0
    title = "Misrepresentation of identity or undue influence"
    if facts.victim_custody:
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", title,
                   "; ".join(grounds), "not applied", f"subsection (b)(1) applies: "
                   f"“{paragraph['text']}”", sheet.note_version(version))
        return 0
    apply_paragraph(sheet, version, SECTION, title, paragraph, True, "; ".join(grounds))
    return 1


def _decrease(sheet: Worksheet, version: Version, facts: StatutoryRapeFacts, field: str,
              applied: int) -> None:
    """(b)(4), Nov. 1, 2000 - Oct. 31, 2004: the decrease where (a)(1) applies and none of
    (b)(1)-(b)(3) does; shown "not applied" under (a)(1) where one does."""
    paragraph = version["decrease"]
    if not paragraph.get("exists", True):
        return
    base = _basis(version, facts, field)
    if base["applies_to"] != paragraph["requires"]:
        return
    title = "Chapter 117 offense without aggravating conduct"
    if applied:
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", title,
                   f"{applied} of (b)(1)-(b)(3) applied", "not applied",
                   f"“{paragraph['text']}”", sheet.note_version(version))
        return
    apply_paragraph(sheet, version, SECTION, title, paragraph, True,
                    f"subsection {base['paragraph']} applies; none of (b)(1)-(b)(3)")


def _custody_without_section_3b1_3(version: Version, given: registry.ChapterTwoCase) -> None:
    """The note: "If the enhancement in subsection (b)(1) applies, do not apply subsection
    (b)(2) or §3B1.3": a §3B1.3 adjustment stated with (b)(1) is refused."""
    note = version["trust_note"]
    if name := section_3b1_3_stated(given.adjustments.role):
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}{note['paragraph']}: “{note['text']}” "
                        f"({given.facts_field}.victim_custody applies (b)(1))")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): "apply §2A3.1", computed from its findings through the registry, its level
    replacing this one; "If the victim had not attained the age of 12 years, §2A3.1 shall
    apply": a victim under twelve without the §2A3.1 findings is refused."""
    apply_2a3_1_cross_reference(sheet, given, sheet.manual.table(TABLE), SECTION)
