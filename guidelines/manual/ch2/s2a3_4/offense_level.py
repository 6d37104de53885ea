"""§2A3.4 (Abusive Sexual Contact or Attempt to Commit Abusive Sexual Contact) in the Chapter
Two registry: (a) the base offense level by the conduct, (b) the specific offense
characteristics, (c) the cross references, as the edition applied has them
(tables/abusive_sexual_contact.toml).

§2A3.4 (2025): "(a) Base Offense Level: (1) 20, if the offense involved conduct described in
18 U.S.C. § 2241(a) or (b); (2) 16, if the offense involved conduct described in 18 U.S.C.
§ 2242; or (3) 12, otherwise." "(b)(1) If the victim had not attained the age of twelve
years, increase by 4 levels; but if the resulting offense level is less than 22, increase to
level 22." Before Nov. 1, 1989 (a) is a single 6 and the means are (b)(1) +9 and (b)(2) +4.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_kinds, apply_paragraph,
    refuse_paragraphs_not_in_edition, section_3b1_3_stated)
from ussg.guidelines.manual.ch2.s2a3_4.facts import AbusiveSexualContactFacts

TABLE = "abusive_sexual_contact"
SECTION = "§2A3.4"


def _means(facts: AbusiveSexualContactFacts) -> str:
    """The conduct found: "2241", "2242" or "otherwise"."""
    if facts.conduct_described_in_2241a_or_b:
        return "2241"
    return "2242" if facts.conduct_described_in_2242 else "otherwise"


def _base(version: Version, facts: AbusiveSexualContactFacts) -> dict:
    wanted = _means(facts)
    return next(b for b in version["base_levels"] if b["applies_to"] in ("all", wanted))


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.4(a): by the conduct (from Nov. 1, 1989); a single 6 before."""
    facts: AbusiveSexualContactFacts = given.facts
    version = sheet.manual.table(TABLE)
    _facts_in_edition(sheet, version, facts, given.facts_field)
    base = _base(version, facts)
    if base["applies_to"] == "all":
        words = given.offense.description or "abusive sexual contact"
    else:
        words = (f"conduct_described_in_2241a_or_b = "
                 f"{str(facts.conduct_described_in_2241a_or_b).lower()}, "
                 f"conduct_described_in_2242 = {str(facts.conduct_described_in_2242).lower()}")
    sheet.set_level("chapter_two", f"{SECTION}{base['paragraph']}",
                    "Base offense level (abusive sexual contact)", words, base["level"],
                    f"“{base['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2A3.4(b), in order."""
    facts: AbusiveSexualContactFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    if version.get("means") is not None and _means(facts) != "otherwise":
        key = "2241a_or_b" if facts.conduct_described_in_2241a_or_b else "2242"
        name = ("conduct_described_in_2241a_or_b" if key == "2241a_or_b"
                else "conduct_described_in_2242")
        apply_alternative(sheet, version, SECTION, "Abusive sexual contact accomplished as "
                          "defined in 18 U.S.C. § 2241 or § 2242", version["means"], key,
                          f"{name} = true")
    if facts.victim_age == "under_twelve":
        _under_twelve(sheet, version)
    elif facts.victim_age == "twelve_but_not_sixteen":
        _twelve_to_sixteen(sheet, version, _base(version, facts))
    if facts.victim_custody:
        apply_kinds(sheet, version, SECTION, "custody", "Victim in the custody, care, or "
                    "supervisory control of the defendant", list(facts.victim_custody),
                    f"{field}.victim_custody")
        _custody_without_section_3b1_3(version, given)
    for kind, name, title in (
            ("misrepresented_identity", "misrepresentation",
             "Misrepresentation of a participant's identity to entice a minor"),
            ("computer", "computer", "Use of a computer to entice a minor")):
        apply_paragraph(sheet, version, SECTION, title, version[name],
                        kind in facts.minor_enticement, f"minor_enticement includes \"{kind}\"")
    apply_paragraph(sheet, version, SECTION, "Violation of chapter 117 of title 18",
                    version["chapter_117"], facts.chapter_117_violation,
                    "chapter_117_violation = true")


def _under_twelve(sheet: Worksheet, version: Version) -> None:
    """(b)(1): +4, and at least the edition's floor."""
    paragraph = version["under_twelve"]
    assert sheet.level is not None
    raised = sheet.level + paragraph["levels"]
    delta = max(raised, paragraph["floor"]) - sheet.level
    floor = (f" ({sheet.level} + {paragraph['levels']} = {raised}, less than "
             f"{paragraph['floor']}: level {paragraph['floor']})"
             if raised < paragraph["floor"] else "")
    sheet.adjust("chapter_two", f"{SECTION}{paragraph['paragraph']}",
                 "Victim under the age of twelve", "victim_age = \"under_twelve\"", delta,
                 f"“{paragraph['text']}”{floor}", sheet.note_version(version))


def _twelve_to_sixteen(sheet: Worksheet, version: Version, base: dict) -> None:
    """(b)(2): +2, only where the base offense level is determined under (a)(1) or (2)."""
    paragraph = version["twelve_to_sixteen"]
    words = "victim_age = \"twelve_but_not_sixteen\""
    title = "Victim twelve but not sixteen"
    if base["applies_to"] not in paragraph["requires"]:
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", title, words,
                   "not applied", f"the base offense level is determined under subsection "
                   f"{base['paragraph']}: “{paragraph['text']}”",
                   sheet.note_version(version))
        return
    apply_paragraph(sheet, version, SECTION, title, paragraph, True, words)


def _custody_without_section_3b1_3(version: Version, given: registry.ChapterTwoCase) -> None:
    """The note (comment. (n.3) from Nov. 1, 1991, Amendment 392; renumbered (n.4), (n.5);
    (n.4(B)) from Nov. 1, 2004): "If the adjustment [enhancement] in subsection (b)(3)
    applies, do not apply §3B1.3": a §3B1.3 adjustment stated with (b)(3) is refused."""
    note = version.get("trust_note")
    if note is None:
        return
    if name := section_3b1_3_stated(given.adjustments.role):
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}{note['paragraph']}: “{note['text']}” "
                        f"({given.facts_field}.victim_custody applies (b)(3))")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1) (from Nov. 1, 1992): "apply §2A3.1", computed from its findings through the
    registry, its level replacing this one; (c)(2): §2A3.2 computed from its findings through
    the registry (from Nov. 1, 2000, the first edition whose §2A3.2 ussg has) or at the level
    the court determined, "if the resulting offense level is greater than that determined
    above"."""
    facts: AbusiveSexualContactFacts = given.facts
    version = sheet.manual.table(TABLE)
    if facts.criminal_sexual_abuse is not None:
        reference = version["sexual_abuse_cross_reference"]
        level, steps = registry.offense_level_under(
            sheet, "2A3.1", given.under("2A3.1", facts.criminal_sexual_abuse,
                                        f"{given.facts_field}.criminal_sexual_abuse"))
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: criminal sexual abuse (§2A3.1)",
                         f"criminal_sexual_abuse (the §2A3.1 findings): level {level}", level,
                         steps, reference["text"], sheet.note_version(version),
                         only_if_greater=False)
    if facts.statutory_rape is not None:
        reference = version["statutory_rape_cross_reference"]
        field = f"{given.facts_field}.statutory_rape"
        guideline = registry.chapter_two_guideline("2A3.2")
        assert guideline is not None
        try:
            registry.guideline_in_force(guideline, sheet.manual, field)
        except CaseError as error:  # 1992-2000: ussg has no §2A3.2 of the edition
            raise CaseError(field, f"{error.message} For §2A3.4(c)(2) state the level the "
                                   "court determined: statutory_rape_offense_level") from None
        level, steps = registry.offense_level_under(
            sheet, "2A3.2", given.under("2A3.2", facts.statutory_rape, field))
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: criminal sexual abuse of a minor (§2A3.2)",
                         f"statutory_rape (the §2A3.2 findings): level {level}", level, steps,
                         reference["text"], sheet.note_version(version), only_if_greater=True)
    level = facts.statutory_rape_offense_level
    if level is not None:
        reference = version["statutory_rape_cross_reference"]
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}",
                         "Cross reference: criminal sexual abuse of a minor (§2A3.2)",
                         f"statutory_rape_offense_level = {level} (the §2A3.2 level as "
                         f"determined)", level, [], reference["text"],
                         sheet.note_version(version), only_if_greater=True)


def _facts_in_edition(sheet: Worksheet, version: Version, facts: AbusiveSexualContactFacts,
                      field: str) -> None:
    """A finding the edition applied does not have is refused, never ignored."""
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("under_twelve", "victim_age", facts.victim_age is not None),
        ("custody", "victim_custody", bool(facts.victim_custody)),
        ("misrepresentation", "minor_enticement",
         "misrepresented_identity" in facts.minor_enticement),
        ("computer", "minor_enticement", "computer" in facts.minor_enticement),
        ("chapter_117", "chapter_117_violation", facts.chapter_117_violation),
        ("sexual_abuse_cross_reference", "criminal_sexual_abuse",
         facts.criminal_sexual_abuse is not None),
        ("statutory_rape_cross_reference", "statutory_rape", facts.statutory_rape is not None),
        ("statutory_rape_cross_reference", "statutory_rape_offense_level",
         facts.statutory_rape_offense_level is not None)))
