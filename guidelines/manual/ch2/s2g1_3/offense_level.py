"""§2G1.3 in the Chapter Two registry: (a) the base offense level by the statute of
conviction, (b) the specific offense characteristics, (c) the cross references and the (d)(1)
special instruction, as the edition applied has them (tables/promoting_sex_with_minor.toml).

§2G1.3(a) (2025): "(1) 34, if the defendant was convicted under 18 U.S.C. § 1591(b)(1); (2)
30, if the defendant was convicted under 18 U.S.C. § 1591(b)(2); (3) 28, if the defendant was
convicted under 18 U.S.C. § 2422(b) or § 2423(a); or (4) 24, otherwise."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_kinds, apply_paragraph, murder_cross_reference, one_count_per_minor,
    section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2g1_3.facts import MinorSexOffenseFacts

TABLE = "promoting_sex_with_minor"
SECTION = "§2G1.3"


def base_level_applied(version: Version, convicted_under: str) -> dict:
    """The subsection of (a) for the statute of conviction: the first that names it, else the
    one that names none ("otherwise")."""
    named = [b for b in version["base_levels"] if convicted_under in b["convictions"]]
    return named[0] if named else next(b for b in version["base_levels"]
                                       if not b["convictions"])


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G1.3(a): the level for the statute of conviction (before Nov. 1, 2007, 24 for all);
    a statute the edition cannot meet (§ 2421A before it is named) is refused."""
    facts: MinorSexOffenseFacts = given.facts
    version = sheet.manual.table(TABLE)
    if facts.convicted_under not in version["convictions"]:
        raise CaseError(f"{given.facts_field}.convicted_under",
                        f"\"{facts.convicted_under}\": {SECTION} in the Guidelines Manual in "
                        f"force on {format_date(sheet.manual.in_force)} does not name 18 "
                        f"U.S.C. § 2421A (enacted Apr. 11, 2018); its statutes are "
                        f"{', '.join(version['convictions'])}")
    base = base_level_applied(version, facts.convicted_under)
    sheet.set_level("chapter_two", f"{SECTION}{base['paragraph']}", "Base offense level",
                    f"convicted_under = \"{facts.convicted_under}\"", base["level"],
                    f"“{base['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G1.3(b)(1)-(5), in order."""
    facts: MinorSexOffenseFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    base = base_level_applied(version, facts.convicted_under)["paragraph"]
    _custodian_without_abuse_of_trust(given, facts)
    apply_paragraph(sheet, version, SECTION, "Parent, relative, guardian or custodian",
                    version["custodian"], facts.custodian, "custodian = true")
    apply_kinds(sheet, version, SECTION, "misrepresentation_or_influence",
                "Misrepresentation of identity or undue influence",
                facts.misrepresentation_or_influence, f"{field}.misrepresentation_or_influence")
    apply_kinds(sheet, version, SECTION, "computer", "Use of a computer",
                _computer_uses(sheet, version, facts), f"{field}.computer_use")
    _sex_act(sheet, version, facts, base)
    under_twelve = version["under_twelve"]
    if facts.minor_under_twelve and under_twelve["requires"] and base not in \
            under_twelve["requires"]:
        sheet.note("chapter_two", f"{SECTION}{under_twelve['paragraph']}",
                   "Minor under twelve", "minor_under_twelve = true", "not applied",
                   f"subsection {base} applies: “{under_twelve['text']}”",
                   sheet.note_version(version))
    else:
        apply_paragraph(sheet, version, SECTION, "Minor under twelve", under_twelve,
                        facts.minor_under_twelve, "minor_under_twelve = true")


def _custodian_without_abuse_of_trust(given: registry.ChapterTwoCase,
                                      facts: MinorSexOffenseFacts) -> None:
    """§2G1.3, comment. (n.2(B)) (every edition): "If the enhancement under subsection (b)(1)
    applies, do not apply §3B1.3 (Abuse of Position of Trust or Use of Special Skill)": either
    of §3B1.3's adjustments stated with (b)(1) is refused."""
    if facts.custodian and (name := section_3b1_3_stated(given.adjustments.role)):
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}, comment. (n.2(B)): “If the enhancement under subsection "
                        f"(b)(1) applies, do not apply §3B1.3” ({given.facts_field}.custodian "
                        f"= true)")


def _computer_uses(sheet: Worksheet, version: Version,
                   facts: MinorSexOffenseFacts) -> list[str]:
    """(b)(3)'s kinds found, less the one the 2025 proviso withholds for a § 2421A
    conviction (shown "not applied")."""
    proviso = version.get("computer_proviso")
    if proviso is None or proviso["kind"] not in facts.computer_use or \
            facts.convicted_under not in proviso["convictions"]:
        return list(facts.computer_use)
    sheet.note("chapter_two", f"{SECTION}{version['computer']['paragraph']}(B)",
               "Use of a computer", f"computer_use = \"{proviso['kind']}\", convicted_under = "
               f"\"{facts.convicted_under}\"", "not applied", f"“{proviso['text']}”",
               sheet.note_version(version))
    return [kind for kind in facts.computer_use if kind != proviso["kind"]]


def _sex_act(sheet: Worksheet, version: Version, facts: MinorSexOffenseFacts,
             base: str) -> None:
    """(b)(4): a sex act or sexual contact, or a commercial sex act (where the edition's
    condition on (a) is met); from 2025 "(Apply the greater)" of (A) and (B)'s 4 levels for a
    § 2421A(b)(2) conviction under (a)(4)."""
    paragraph = version["sex_act"]
    commercial = facts.commercial_sex_act and (not paragraph["commercial_requires"] or
                                               base in paragraph["commercial_requires"])
    found = [words for words, is_found in (("sex_act_or_sexual_contact = true",
                                            facts.sex_act_or_sexual_contact),
                                           ("commercial_sex_act = true", commercial))
             if is_found]
    aggravated = version.get("aggravated_2421A")
    if aggravated is not None and base in aggravated["requires"] and \
            facts.convicted_under in aggravated["convictions"]:
        apply_paragraph(sheet, version, SECTION, "Conviction under 18 U.S.C. § 2421A(b)(2) "
                        "(the greater of (b)(4))", aggravated, True,
                        f"convicted_under = \"{facts.convicted_under}\"")
        return
    if facts.commercial_sex_act and not commercial:
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}",
                   "Commercial sex act", "commercial_sex_act = true", "not applied",
                   f"subsection {base} applies: “{paragraph['text']}”",
                   sheet.note_version(version))
    if found:
        apply_paragraph(sheet, version, SECTION, "Sex act, sexual contact or commercial sex "
                        "act", paragraph, True, ", ".join(found))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2G2.1 "if the resulting offense level is greater"; (c)(2): §2A1.1, if
    greater; (c)(3): §2A3.1 from its findings, if greater; (d)(1): one count per minor
    (shown, and warned of, when found)."""
    facts: MinorSexOffenseFacts = given.facts
    version = sheet.manual.table(TABLE)
    if facts.production is not None:
        _production(sheet, given, version, facts)
    if facts.victim_murdered:
        murder_cross_reference(sheet, version, SECTION, only_if_greater=True)
    if facts.sexual_abuse is not None:
        _sexual_abuse(sheet, given, version, facts)
    if facts.more_than_one_minor:
        one_count_per_minor(sheet, version, SECTION, "2G1.3",
                            "persuasion, enticement, coercion, travel, or transportation")


def _production(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                facts: MinorSexOffenseFacts) -> None:
    """(c)(1): the §2G2.1 level computed from its findings, applied if greater."""
    reference = version["production_cross_reference"]
    level, steps = registry.offense_level_under(
        sheet, "2G2.1", given.under("2G2.1", facts.production))
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                     "Cross reference: production (§2G2.1)",
                     f"production (the §2G2.1 findings): level {level}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=True)


def _sexual_abuse(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                  facts: MinorSexOffenseFacts) -> None:
    """(c)(3): the §2A3.1 level computed from its findings, applied if greater."""
    reference = version["sexual_abuse_cross_reference"]
    level, steps = registry.offense_level_under(
        sheet, "2A3.1", given.under("2A3.1", facts.sexual_abuse,
                                    f"{given.facts_field}.sexual_abuse"))
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                     "Cross reference: criminal sexual abuse (§2A3.1)",
                     f"sexual_abuse (the §2A3.1 findings): level {level}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=True)
