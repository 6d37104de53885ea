"""§2G2.1 in the Chapter Two registry: (a) the base offense level, (b) the specific offense
characteristics, (c)(1) the cross reference, and the (d)(1) special instruction, as the
edition applied has them (tables/child_exploitation_production.toml).

§2G2.1(d)(1) (2025): "If the offense involved the exploitation of more than one minor,
Chapter Three, Part D (Multiple Counts) shall be applied as if the exploitation of each minor
had been contained in a separate count of conviction."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_alternative, apply_kinds, apply_paragraph, base_level_of,
    infant_or_toddler_without_vulnerable_victim, murder_cross_reference, one_count_per_minor,
    refuse_clause_not_in_edition, section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2g2_1.facts import ProductionFacts

TABLE = "child_exploitation_production"
SECTION = "§2G2.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.1(a): "Base Offense Level: 32" (27 before Nov. 1, 2004, Amendment 664)."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level (production)",
                  given.offense.description or "production")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.1(b)(1)-(6), in order."""
    facts: ProductionFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_clause_not_in_edition(sheet, SECTION, version["age"], facts.minor_age,
                                 f"{field}.minor_age")
    apply_alternative(sheet, version, SECTION, "Age of the minor", version["age"],
                      facts.minor_age, f"minor_age = \"{facts.minor_age}\"")
    _refuse_before(sheet, version, field, (
        ("custodian", "custodian", facts.custodian, 324, "Nov. 1, 1990"),
        ("misrepresentation_or_computer", "misrepresentation_or_computer",
         facts.misrepresentation_or_computer, 537, "Nov. 1, 1996")))
    _refuse_before_amendment_664(sheet, version, field, (
        ("sexual_conduct", "sexual_conduct", facts.sexual_conduct),
        ("distribution", "knowing_distribution", facts.knowing_distribution),
        ("portrayal", "portrays", facts.portrays)))
    if version.get("sexual_conduct") is not None:
        apply_alternative(sheet, version, SECTION, "Sexual act or sexual contact",
                          version["sexual_conduct"], facts.sexual_conduct,
                          f"sexual_conduct = \"{facts.sexual_conduct}\"")
        apply_paragraph(sheet, version, SECTION, "Distribution", version["distribution"],
                        facts.knowing_distribution, "knowing_distribution = true")
        apply_kinds(sheet, version, SECTION, "portrayal", "Material portraying", facts.portrays,
                    f"{field}.portrays")
    infant_or_toddler_without_vulnerable_victim(given, SECTION, facts.portrays)
    if facts.custodian:
        _custodian_without_abuse_of_trust(given, version)
        apply_paragraph(sheet, version, SECTION, "Parent, relative, guardian or custodian",
                        version["custodian"], True, "custodian = true")
    apply_kinds(sheet, version, SECTION, "misrepresentation_or_computer",
                "Misrepresentation or use of a computer", facts.misrepresentation_or_computer,
                f"{field}.misrepresentation_or_computer")


def _custodian_without_abuse_of_trust(given: registry.ChapterTwoCase, version) -> None:
    """The note of Amendment 664 (Nov. 1, 2004; comment. (n.5(B)) in 2016 and 2025): "If the
    enhancement in subsection (b)(5) applies, do not apply §3B1.3": either of §3B1.3's
    adjustments (abuse of trust, special skill) stated with it is refused, naming the
    adjustment (the table's ``custodian_note``; none before 2004)."""
    note = version.get("custodian_note")
    if note and (name := section_3b1_3_stated(given.adjustments.role)):
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}, comment.: “{note}” ({given.facts_field}.custodian = true)")


def _refuse_before(sheet: Worksheet, version, field: str, stated) -> None:
    """A finding of a paragraph the edition does not have yet is refused, naming the field
    and the amendment that added the paragraph."""
    for name, key, value, amendment, effective in stated:
        if value and version.get(name) is None:
            raise CaseError(f"{field}.{key}", f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} has no such provision "
                            f"(Amendment {amendment} added it, eff. {effective})")


def _refuse_before_amendment_664(sheet: Worksheet, version, field: str, stated) -> None:
    """Nov. 1, 2000 - Oct. 31, 2004: (b)(2)-(b)(4) of 2004 (sexual act or contact,
    distribution, portrayal) and the cross reference do not exist; a finding of one is
    refused, naming the field."""
    for name, key, value in stated:
        if value and version.get(name) is None:
            raise CaseError(f"{field}.{key}", f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} has no such increase "
                            f"(Amendment 664 added it, eff. Nov. 1, 2004)")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2A1.1 "if the resulting offense level is greater"; (d)(1): one count per
    minor (stated by the case file's counts; shown, and warned of, when found)."""
    facts: ProductionFacts = given.facts
    version = sheet.manual.table(TABLE)
    _refuse_before_amendment_664(sheet, version, given.facts_field, (
        ("murder_cross_reference", "victim_murdered", facts.victim_murdered),))
    if facts.victim_murdered:
        murder_cross_reference(sheet, version, SECTION, only_if_greater=True)
    _refuse_before(sheet, version, given.facts_field, (
        ("more_than_one_minor", "more_than_one_minor", facts.more_than_one_minor, 324,
         "Nov. 1, 1990; before it the commentary, whose words are not all quoted in Appendix "
         "C, treated each minor as a separate offense: give each minor as a count"),))
    if facts.more_than_one_minor:
        one_count_per_minor(sheet, version, SECTION, "2G2.1", "exploitation")
