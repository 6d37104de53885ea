"""§2L2.2 (Fraudulently Acquiring Documents Relating to Naturalization, Citizenship, or Legal
Resident Status for Own Use; ...), from Nov. 1, 1987: (a) 6, from May 1, 1997 8;
(b)(1)-(4) as each edition has them (no (b) before Nov. 1, 1989); (c) refused."""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2l1_1.immigration_priors import felony_immigration_convictions
from ussg.guidelines.manual.ch2.s2l2_1.offense_level import passport_obtained_or_used, where

TABLE = "document_own_use"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.2(a): "Base Offense Level: 8"."""
    version = sheet.manual.table(TABLE)
    sheet.set_level("chapter_two", "§2L2.2(a)", "Base offense level (Fraudulently Acquiring "
                    "Documents for Own Use)", "documents acquired or used for own use",
                    version["base"], f"“{version['text_a']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.2(b)(1)-(4)."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if facts.previously_deported and version.get("deported") is None:
        not_in_edition(sheet, where(sheet, given), "previously_deported", "§2L2.2(b)(1)",
                       "Previously deported", "an unlawful alien deported before the instant "
                       "offense", "§2L2.2(b)(1) was added by Amendment 196 (Nov. 1, 1989; before "
                       "it comment. (n.1) recommended an upward departure of 2 levels)", source,
                       "chapter_two")
    elif facts.previously_deported:
        sheet.adjust("chapter_two", "§2L2.2(b)(1)", "Previously deported",
                     "an unlawful alien deported before the instant offense",
                     version["deported"], f"“{version['text_b1']}”", source)
    felony_immigration_convictions(sheet, given, "§2L2.2(b)(2)", version)
    passport_obtained_or_used(sheet, given, version, "§2L2.2(b)(3)")
    if facts.concealed is not None:
        serious_human_rights_offense(sheet, given, version, source)


def serious_human_rights_offense(sheet: Worksheet, given: registry.ChapterTwoCase, version,
                                 source: str) -> None:
    """§2L2.2(b)(4) "(Apply the Greater)" (Amendment 765, Nov. 1, 2012): (A) membership in an
    organization involved in a serious human rights offense, +2, at least 13; (B)(i) incitement
    to genocide, +6; (ii) any other serious human rights offense, +10, at least 25."""
    concealed = given.facts.concealed
    if version.get("human_rights_membership") is None:
        not_in_edition(sheet, where(sheet, given), "concealed", "§2L2.2(b)(4)",
                       "Concealing a serious human rights offense", concealed.replace("_", " "),
                       f"§2L2.2 has no (b)(4) in the Manual in force on "
                       f"{format_date(sheet.manual.in_force)} (added by Amendment 765, Nov. 1, "
                       f"2012)", source, "chapter_two")
        return
    if concealed == "membership_in_human_rights_violating_organization":
        letter, levels, floor = "(A)", version["human_rights_membership"], \
            version["human_rights_membership_floor"]
    elif concealed == "incitement_to_genocide":
        letter, levels, floor = "(B)(i)", version["incitement_to_genocide"], None
    else:
        letter, levels, floor = "(B)(ii)", version["other_human_rights_offense"], \
            version["other_human_rights_floor"]
    words = f"concealed: {concealed.replace('_', ' ')}"
    section = f"§2L2.2(b)(4){letter}"
    sheet.adjust("chapter_two", section, "Concealing a serious human rights offense", words,
                 levels, f"(b)(4){letter}: increase by {levels} levels", source)
    if floor is not None and sheet.level < floor:
        sheet.move_to("chapter_two", section, "Concealing a serious human rights offense",
                      words, floor, f"“If the resulting offense level is less than level "
                      f"{floor}, "
                      f"increase to level {floor}.”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2L2.2(c)(1): not computed; a case that states its facts is refused rather than
    computed without it."""
    if given.facts.passport_or_visa_used_in_felony:
        raise CaseError(f"{given.facts_field}.passport_or_visa_used_in_felony",
                        "§2L2.2(c)(1) applies §2X1.1 to the felony committed with the passport "
                        "or visa (or a homicide guideline if death resulted) where greater; ussg "
                        "does not compute that cross reference: give guideline = \"other\" with "
                        "the offense level as determined")
