"""§2A2.2 (Aggravated Assault) in the Chapter Two registry: (a) the base offense level and
(b) the specific offense characteristics as the edition applied has them
(tables/aggravated_assault.toml).

§2A2.2(b)(3) and (4) (2025): "However, the cumulative adjustments from application of
subdivisions (2) and (3) shall not exceed 10 levels." ... "However, the cumulative
adjustments from application of subdivisions (2), (3), and (4) shall not exceed 12 levels."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_alternative, apply_cap, apply_paragraph, base_level_of, refuse_paragraphs_not_in_edition,
    withheld_for_924c)
from ussg.guidelines.manual.ch2.s2a2_2.facts import AggravatedAssaultFacts

TABLE = "aggravated_assault"
SECTION = "§2A2.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.2(a): "Base Offense Level: 14" (15 before Nov. 1, 2004, Amendment 663)."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (aggravated assault)",
                  given.offense.description or "aggravated assault")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A2.2(b), in order, with its two caps."""
    facts: AggravatedAssaultFacts = given.facts
    version = sheet.manual.table(TABLE)
    _facts_in_edition(sheet, version, facts, given.facts_field)
    apply_paragraph(sheet, version, SECTION, "More than minimal planning", version["planning"],
                    facts.more_than_minimal_planning, "more_than_minimal_planning = true")
    cumulative = _weapon(sheet, given, version, facts)
    cumulative += apply_alternative(sheet, version, SECTION, "Bodily injury",
                                    version["bodily_injury"], facts.bodily_injury,
                                    f"bodily_injury = \"{facts.bodily_injury}\"")
    cumulative = apply_cap(sheet, version, SECTION, version["cap"], cumulative)
    if version["strangling"].get("exists", True):
        cumulative += apply_paragraph(sheet, version, SECTION, "Strangling or suffocating a "
                                      "spouse, intimate partner, or dating partner",
                                      version["strangling"], facts.strangled_partner,
                                      "strangled_partner = true")
        apply_cap(sheet, version, SECTION, version["strangling_cap"], cumulative)
    apply_paragraph(sheet, version, SECTION, "Motivated by payment", version["payment"],
                    facts.motivated_by_payment, "motivated_by_payment = true")
    # a paragraph the edition lacks was refused above (_facts_in_edition)
    if version["protection_order"].get("exists", True):
        apply_paragraph(sheet, version, SECTION, "Violation of a court protection order",
                        version["protection_order"], facts.violated_protection_order,
                        "violated_protection_order = true")
    if version["statutory"].get("exists", True):
        _official_victim_also(given, version["statutory"]["paragraph"])
        apply_paragraph(sheet, version, SECTION, "Convicted under 18 U.S.C. § 111(b) or § 115",
                        version["statutory"], facts.convicted_under_111b_or_115,
                        "convicted_under_111b_or_115 = true")


def _official_victim_also(given: registry.ChapterTwoCase, paragraph: str) -> None:
    """Comment. (n.4) (from Nov. 1, 2004, Amendment 663, App. C Vol. III lines 202-203; 2016
    and 2025 Manuals): "If subsection (b)(7) [(b)(6) until Nov. 1, 2014] applies, §3A1.2
    (Official Victim) also shall apply": a conviction under § 111(b) or § 115 without the
    §3A1.2 adjustment stated would leave it out; refused, naming it (ussg does not choose
    among §3A1.2's subsections)."""
    if given.facts.convicted_under_111b_or_115 and given.adjustments.victim.official_victim is None:
        raise CaseError("adjustments.victim.official_victim",
                        f"{SECTION}, comment. (n.4): “If subsection {paragraph} applies, §3A1.2 "
                        f"(Official Victim) also shall apply” ({given.facts_field}."
                        f"convicted_under_111b_or_115 = true): state official_victim "
                        f"(\"status\", \"status_person_offense\" or \"assault\")")


def _facts_in_edition(sheet: Worksheet, version, facts: AggravatedAssaultFacts,
                      field: str) -> None:
    """A fact the edition applied does not have is refused, never ignored; so is a firearm
    finding without a weapon clause it could qualify."""
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("strangling", "strangled_partner", facts.strangled_partner),
        ("protection_order", "violated_protection_order", facts.violated_protection_order),
        ("statutory", "convicted_under_111b_or_115", facts.convicted_under_111b_or_115)))
    if facts.weapon_was_firearm and facts.weapon in (None, "firearm_discharged"):
        raise CaseError(f"{field}.weapon_was_firearm",
                        "weapon_was_firearm qualifies weapon \"dangerous_weapon_otherwise_used\" "
                        "or \"dangerous_weapon_brandished_or_threatened\" (a discharged "
                        "firearm is already a firearm)")


def _weapon(sheet: Worksheet, given: registry.ChapterTwoCase, version,
            facts: AggravatedAssaultFacts) -> int:
    """§2A2.2(b)(2): the clause found; a firearm is left out where a §2K2.4 count is
    sentenced with the assault (§2K2.4's note)."""
    if facts.weapon is None:
        return 0
    words = f"weapon = \"{facts.weapon}\""
    firearm = facts.weapon == "firearm_discharged" or facts.weapon_was_firearm
    if firearm and withheld_for_924c(sheet, given.case, f"{SECTION}(b)(2)", "Weapon", words):
        return 0
    return apply_alternative(sheet, version, SECTION, "Weapon", version["weapon"],
                             facts.weapon, words)
