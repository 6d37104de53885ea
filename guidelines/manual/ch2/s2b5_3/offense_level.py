"""§2B5.3 (Criminal Infringement of Copyright or Trademark) in the Chapter Two registry, as
each edition has it (tables/copyright_trademark.toml).

2025 text (GLM2025_fulltext.txt lines 6757-6800): "(a) Base Offense Level: 8 (b)(1) If the
infringement amount (A) exceeded $2,500 but did not exceed $6,500, increase by 1 level; or (B)
exceeded $6,500, increase by the number of levels from the table in §2B1.1 ... corresponding
to that amount. (2) If the offense involved the display, performance, publication,
reproduction, or distribution of a work being prepared for commercial distribution, increase
by 2 levels. (3) If the (A) offense involved the manufacture, importation, or uploading of
infringing items; or (B) defendant was convicted under 17 U.S.C. §§ 1201 and 1204 for
trafficking in circumvention devices, increase by 2 levels. If the resulting offense level is
less than level 12, increase to level 12. (4) If the offense was not committed for commercial
advantage or private financial gain, decrease by 2 levels, but the resulting offense level
shall be not less than level 8. (5) If the offense involved a drug that uses a counterfeit
mark on or in connection with the drug, increase by 2 levels. (6) If the offense involved (A)
the conscious or reckless risk of death or serious bodily injury; or (B) possession of a
dangerous weapon (including a firearm) in connection with the offense, increase by 2 levels.
If the resulting offense level is less than level 14, increase to level 14. (7) If the offense
involved a counterfeit military good or service ... increase by 2 levels. If the resulting
offense level is less than level 14, increase to level 14."

Before May 1, 2000 (Amendment 590): (a) 6 and only (b)(1), the retail value of the infringing
items over $2,000 through §2F1.1's table. The paragraphs come in the same order in every
edition; each floor reads the level the paragraphs before it left.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_amount_band, apply_paragraph, base_level_of, refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import at_least
from ussg.guidelines.manual.ch2.s2b5_3.facts import CopyrightTrademarkFacts

CH = "chapter_two"
TABLE = "copyright_trademark"
SECTION = "§2B5.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B5.3(a): 6, from May 1, 2000 8."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    base_level_of(sheet, version, SECTION, "Base offense level (criminal infringement of "
                  "copyright or trademark)",
                  given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b) in the edition's order: the amount; the pre-release work; the manufacture (+2,
    the floor of 12); the decrease not below 8; the counterfeit drug; the risk or weapon (+2,
    the floor); the counterfeit military good (+2, the floor of 14)."""
    facts: CopyrightTrademarkFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    amount = version["infringement_amount"]
    title = ("Retail value of the infringing items"
             if amount["retail_value_of"] == ["infringing_items"] else "Infringement amount")
    apply_amount_band(sheet, SECTION, title, amount, facts.infringement_amount,
                      f"{given.facts_field}.infringement_amount",
                      f"infringement_amount = \"{facts.infringement_amount!s}\" (retail value "
                      f"of the {facts.retail_value_of.replace('_', ' ')})", source)
    if version["pre_release"].get("exists", True):
        apply_paragraph(sheet, version, SECTION, "Work being prepared for commercial "
                        "distribution", version["pre_release"], facts.pre_release_work,
                        "pre_release_work = true")
    manufacture = version["manufacture"]
    found = [kind for kind in manufacture.get("kinds", []) if getattr(facts, kind)]
    if found:
        words = "; ".join(f"{kind} = true" for kind in found)
        where = f"{SECTION}{manufacture['paragraph']}"
        sheet.adjust(CH, where, "Manufacture, importation, or uploading; circumvention "
                     "devices", words, manufacture["levels"], f"“{manufacture['text']}”",
                     source)
        _floor(sheet, where, words, manufacture["minimum"], manufacture["text"], source)
    if facts.not_for_commercial_advantage_or_private_financial_gain:
        _not_for_profit(sheet, version["not_for_profit"], source)
    if version["counterfeit_drug"].get("exists", True):
        apply_paragraph(sheet, version, SECTION, "Counterfeit drug",
                        version["counterfeit_drug"], facts.counterfeit_drug,
                        "counterfeit_drug = true")
    _risk_or_weapon(sheet, version["risk_or_weapon"], facts, source)
    if facts.counterfeit_military_good_or_service:
        military = version["military"]
        where = f"{SECTION}{military['paragraph']}"
        words = "counterfeit_military_good_or_service = true"
        sheet.adjust(CH, where, "Counterfeit military good or service", words,
                     military["levels"], f"“{military['text']}”", source)
        _floor(sheet, where, words, military["minimum"], military["text"], source)


def _not_for_profit(sheet: Worksheet, paragraph: dict, source: str) -> None:
    """"decrease by 2 levels, but the resulting offense level shall be not less than level
    8": the decrease, stopped at 8 (none where the level is 8 already)."""
    assert sheet.level is not None
    where = f"{SECTION}{paragraph['paragraph']}"
    words = "not_for_commercial_advantage_or_private_financial_gain = true"
    title = "Not for commercial advantage or private financial gain"
    floor = paragraph["not_less_than"]
    change = -min(paragraph["levels"], max(sheet.level - floor, 0))
    if change == 0:
        sheet.note(CH, where, title, words, "no change", f"“{paragraph['text']}”: the offense "
                   f"level {sheet.level} is not more than level {floor}", source)
        return
    why = f"“{paragraph['text']}”"
    if change != -paragraph["levels"]:
        why += f": {sheet.level} decreased to level {floor}, not less"
    sheet.adjust(CH, where, title, words, change, why, source)


def _risk_or_weapon(sheet: Worksheet, paragraph: dict, facts: CopyrightTrademarkFacts,
                    source: str) -> None:
    """(A) the risk or (B) the weapon: +2 once for either or both, then the floor."""
    found = []
    if facts.conscious_or_reckless_risk_of is not None:
        found.append(f"conscious_or_reckless_risk_of = \"{facts.conscious_or_reckless_risk_of}\"")
    if facts.dangerous_weapon_possessed:
        found.append("dangerous_weapon_possessed = true")
    if not found:
        return
    words = "; ".join(found)
    where = f"{SECTION}{paragraph['paragraph']}"
    sheet.adjust(CH, where, "Risk of death or serious bodily injury; dangerous weapon", words,
                 paragraph["levels"], f"“{paragraph['text']}”", source)
    _floor(sheet, where, words, paragraph["minimum"], paragraph["text"], source)


def _floor(sheet: Worksheet, section: str, words: str, minimum: int, text: str,
           source: str) -> None:
    """"If the resulting offense level is less than level N, increase to level N"."""
    assert sheet.level is not None
    if sheet.level >= minimum:
        sheet.note(CH, section, f"Minimum offense level {minimum}", words, "no change",
                   f"“{text}”: the offense level {sheet.level} is not less than level "
                   f"{minimum}", source)
        return
    at_least(sheet, section, minimum, words, source,
             f"“{text}”: the offense level {sheet.level} is less than level {minimum}")


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2B5.3 does not read is an error naming the key."""
    facts: CopyrightTrademarkFacts = given.facts
    field = given.facts_field
    in_force = format_date(sheet.manual.in_force)
    amount = version["infringement_amount"]
    if facts.retail_value_of not in amount["retail_value_of"]:
        raise CaseError(f"{field}.retail_value_of",
                        f"\"{facts.retail_value_of}\": {SECTION}{amount['paragraph']} in the "
                        f"Guidelines Manual in force on {in_force} reads “{amount['text']}” "
                        f"(the retail value of the infringed item, multiplied by the number "
                        f"of infringing items, came with Amendment 590, eff. May 1, 2000)")
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("pre_release", "pre_release_work", facts.pre_release_work),
        ("manufacture", "manufacture_importation_or_uploading",
         facts.manufacture_importation_or_uploading),
        ("not_for_profit", "not_for_commercial_advantage_or_private_financial_gain",
         facts.not_for_commercial_advantage_or_private_financial_gain),
        ("counterfeit_drug", "counterfeit_drug", facts.counterfeit_drug),
        ("risk_or_weapon", "conscious_or_reckless_risk_of",
         facts.conscious_or_reckless_risk_of is not None),
        ("risk_or_weapon", "dangerous_weapon_possessed", facts.dangerous_weapon_possessed),
        ("military", "counterfeit_military_good_or_service",
         facts.counterfeit_military_good_or_service)))
    manufacture = version["manufacture"]
    if (facts.circumvention_devices_trafficking_conviction
            and "circumvention_devices_trafficking_conviction" not in manufacture.get("kinds",
                                                                                     [])):
        raise CaseError(f"{field}.circumvention_devices_trafficking_conviction",
                        "§2B5.3(b)(3)(B), a conviction under 17 U.S.C. §§ 1201 and 1204 for "
                        "trafficking in circumvention devices, was added by Amendment 704, "
                        f"eff. Nov. 1, 2007; it is not in the Guidelines Manual in force on "
                        f"{in_force}")
    risk = version["risk_or_weapon"]
    if (facts.conscious_or_reckless_risk_of is not None and risk.get("exists", True)
            and facts.conscious_or_reckless_risk_of not in risk["risks"]):
        raise CaseError(f"{field}.conscious_or_reckless_risk_of",
                        f"\"{facts.conscious_or_reckless_risk_of}\": {SECTION}"
                        f"{risk['paragraph']} in the Guidelines Manual in force on {in_force} "
                        f"reads “{risk['text']}” (Amendment 735, eff. Nov. 1, 2009, inserted "
                        f"\"death or\")")
