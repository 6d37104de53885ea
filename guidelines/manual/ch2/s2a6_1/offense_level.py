"""§2A6.1 (Threatening or Harassing Communications; Hoaxes; False Liens) in the Chapter Two
registry: (a) the base offense level, (b) the specific offense characteristics and the
decrease for a single instance evidencing little or no deliberation, (c) the cross reference
to §2M6.1, as the edition applied has them (tables/threatening_communications.toml).

§2A6.1 (2025): "(a) Base Offense Level: (1) 12; or (2) 6, if the defendant is convicted of an
offense under 47 U.S.C. § 223(a)(1)(C), (D), or (E) that did not involve a threat to injure a
person or property." ... "(6) If (A) subsection (a)(2) and subdivisions (1), (2), (3), (4),
and (5) do not apply, and (B) the offense involved a single instance evidencing little or no
deliberation, decrease by 4 levels."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_kinds, apply_paragraph, base_level_by_finding,
    mass_destruction_level, refuse_finding_of_a_single_level, refuse_paragraphs_not_in_edition,
    set_base_level_by_finding)
from ussg.guidelines.manual.ch2.s2a6_1.facts import ThreateningCommunicationsFacts

TABLE = "threatening_communications"
SECTION = "§2A6.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A6.1(a): 12, or (from Nov. 1, 1997) 6 for a 47 U.S.C. § 223(a)(1)(C)-(E) conviction
    that did not involve a threat to injure a person or property."""
    facts: ThreateningCommunicationsFacts = given.facts
    version = sheet.manual.table(TABLE)
    _facts_in_edition(sheet, version, facts, given.facts_field)
    set_base_level_by_finding(sheet, version, SECTION,
                              "Base offense level (threatening communications)",
                              "convicted_47_usc_223_without_threat",
                              facts.convicted_47_usc_223_without_threat, "223",
                              given.offense.description or "threatening communication")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A6.1(b), in order; the decrease last, only where none of what it names applied."""
    facts: ThreateningCommunicationsFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    applied: list[str] = []
    base = base_level_by_finding(version, facts.convicted_47_usc_223_without_threat, "223")
    if base["applies_to"] == "223":
        applied.append("base_223")
    if apply_paragraph(sheet, version, SECTION, "Conduct evidencing an intent to carry out "
                       "the threat", version["intent"], facts.intent_to_carry_out_threat,
                       "intent_to_carry_out_threat = true"):
        applied.append("intent")
    multiple = [kind for kind, found in (("more_than_two_threats", facts.more_than_two_threats),
                                         ("more_than_two_false_liens",
                                          facts.more_than_two_false_liens)) if found]
    if multiple:
        apply_kinds(sheet, version, SECTION, "multiple", "More than two threats, or more than "
                    "two false liens or encumbrances", multiple, f"{field}.{multiple[-1]}")
        applied.append("multiple")
    if apply_paragraph(sheet, version, SECTION, "Violation of a court protection order",
                       version["protection_order"], facts.protection_order_violation,
                       "protection_order_violation = true"):
        applied.append("protection_order")
    if facts.disruption:
        apply_kinds(sheet, version, SECTION, "disruption", "Substantial disruption, or "
                    "substantial expenditure of funds to respond", list(facts.disruption),
                    f"{field}.disruption")
        applied.append("disruption")
    if apply_paragraph(sheet, version, SECTION, "Public threatening communication inciting "
                       "others to violate 18 U.S.C. § 115", version["public_threat"],
                       facts.public_threat_inciting_115, "public_threat_inciting_115 = true"):
        applied.append("public_threat")
    _single_instance(sheet, version, facts, applied)


def _single_instance(sheet: Worksheet, version: Version, facts: ThreateningCommunicationsFacts,
                     applied: list[str]) -> None:
    """The decrease by 4 levels for "a single instance evidencing little or no deliberation",
    only where none of the subsections it names applies (shown "not applied" otherwise)."""
    if not facts.single_instance_little_deliberation:
        return
    paragraph = version["single_instance"]
    words = "single_instance_little_deliberation = true"
    title = "Single instance evidencing little or no deliberation"
    barring = [name for name in paragraph["unless"] if name in applied]
    if barring:
        named = ", ".join(_NAMES[name](version) for name in barring)
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", title, words,
                   "not applied", f"{named} applied: “{paragraph['text']}”",
                   sheet.note_version(version))
        return
    apply_paragraph(sheet, version, SECTION, title, paragraph, True, words)


#: how a step names what bars the decrease: the subsection as the edition numbers it
_NAMES = {
    "base_223": lambda version: "subsection " + next(
        b["paragraph"] for b in version["base_levels"] if b["applies_to"] == "223"),
    **{name: (lambda version, name=name: version[name]["paragraph"])
       for name in ("intent", "multiple", "protection_order", "disruption", "public_threat")},
}


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) (from Nov. 1, 2006): §2M6.1, computed from [offense.weapons_of_mass_destruction]
    in the same count (``wmd_threat_guideline``, its steps adopted) or at the level the court
    determined, if greater; then comment. (n.2) (from Nov. 1, 2008): a conviction under
    18 U.S.C. § 1521 brings §3A1.2, which the case must state."""
    facts: ThreateningCommunicationsFacts = given.facts
    version = sheet.manual.table(TABLE)
    level = facts.wmd_threat_offense_level
    if facts.wmd_threat_guideline is not None:
        reference = version["wmd_cross_reference"]
        found = mass_destruction_level(sheet, given, "wmd_threat_guideline",
                                       facts.wmd_threat_guideline, None)
        assert found is not None
        computed, steps, words = found
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: threat to use a weapon of mass destruction (§2M6.1)",
                         words, computed, steps, reference["text"],
                         sheet.note_version(version), only_if_greater=True)
    if level is not None:
        reference = version["wmd_cross_reference"]
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: threat to use a weapon of mass destruction (§2M6.1)",
                         f"wmd_threat_offense_level = {level} (the §2M6.1 level as "
                         f"determined)", level, [], reference["text"],
                         sheet.note_version(version), only_if_greater=True)
    if facts.convicted_under_1521:
        _official_victim_note(sheet, given, version)


def _official_victim_note(sheet: Worksheet, given: registry.ChapterTwoCase,
                          version: Version) -> None:
    """Comment. (n.2): "If the defendant is convicted under 18 U.S.C. § 1521, apply §3A1.2
    (Official Victim)." Which subsection of §3A1.2 applies is the court's finding: the case
    must state it (``adjustments.victim.official_victim``); left out, it is refused."""
    note = version["official_victim_note"]
    stated = given.adjustments.victim.official_victim
    if stated is None:
        raise CaseError("adjustments.victim.official_victim",
                        f"{SECTION}{note['paragraph']}: “{note['text']}” "
                        f"({given.facts_field}.convicted_under_1521 = true): state the §3A1.2 "
                        f"adjustment the court applies")
    sheet.note("chapter_two", f"{SECTION}{note['paragraph']}", "Convicted under 18 U.S.C. "
               "§ 1521: §3A1.2 applies", "convicted_under_1521 = true",
               f"official_victim = \"{stated.value}\"", f"“{note['text']}”",
               sheet.note_version(version))


def _facts_in_edition(sheet: Worksheet, version: Version, facts: ThreateningCommunicationsFacts,
                      field: str) -> None:
    """A finding the edition applied does not have is refused, never ignored."""
    refuse_finding_of_a_single_level(
        sheet, version, SECTION, field, "convicted_47_usc_223_without_threat",
        facts.convicted_47_usc_223_without_threat,
        "for a conviction under 47 U.S.C. § 223(a)(1)(C), (D), or (E) that did not involve a "
        "threat to injure a person or property, was inserted by Amendment 549, eff. Nov. 1, "
        "1997")
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("multiple", "more_than_two_threats", facts.more_than_two_threats),
        ("official_victim_note", "convicted_under_1521", facts.convicted_under_1521),
        ("protection_order", "protection_order_violation", facts.protection_order_violation),
        ("disruption", "disruption", bool(facts.disruption)),
        ("public_threat", "public_threat_inciting_115", facts.public_threat_inciting_115),
        ("wmd_cross_reference", "wmd_threat_offense_level",
         facts.wmd_threat_offense_level is not None),
        ("wmd_cross_reference", "wmd_threat_guideline",
         facts.wmd_threat_guideline is not None)))
