"""§2G1.1 (Promoting a Commercial Sex Act or Prohibited Sexual Conduct with an Individual Other
than a Minor) in the Chapter Two registry: (a) the base offense level, (b) the specific offense
characteristics, (c) the cross references and the special instruction, as the edition applied
has them (tables/commercial_sex.toml).

§2G1.1 (2016): "(a) Base Offense Level: (1) 34, if the offense of conviction is 18 U.S.C.
§ 1591(b)(1); or (2) 14, otherwise." "(b)(1) If (A) subsection (a)(2) applies; and (B) the
offense involved fraud or coercion, increase by 4 levels." "(c)(1) If the offense involved
conduct described in 18 U.S.C. § 2241(a) or (b) or 18 U.S.C. § 2242, apply §2A3.1". "(d)(1)
If the offense involved more than one victim, Chapter Three, Part D (Multiple Counts) shall be
applied as if the promoting ... in respect to each victim had been contained in a separate
count of conviction." Nov. 1, 2000 - Oct. 31, 2004 the guideline also covered a minor: (a)(1)
19, (b)(2)-(5) and the cross references (c)(1)-(3).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_kinds, apply_paragraph, one_count_per_victim,
    refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2g1_1.facts import CommercialSexFacts

TABLE = "commercial_sex"
SECTION = "§2G1.1"


def _base(sheet: Worksheet, version: Version, facts: CommercialSexFacts, field: str) -> dict:
    """The subsection of (a) the findings select; a statute the edition's (a) or (b)(1) does
    not name is refused."""
    kinds = {b["applies_to"]: b for b in version["base_levels"]}
    when = format_date(sheet.manual.in_force)
    if facts.convicted_under == "1591(b)(1)" and "1591(b)(1)" not in kinds:
        raise CaseError(f"{field}.convicted_under",
                        f"§2G1.1(a) in the Guidelines Manual in force on {when} does not name "
                        f"18 U.S.C. § 1591(b)(1) (its (a)(1) of 34 is from Amendment 701, "
                        f"Nov. 1, 2007): state \"other\"")
    if facts.convicted_under == "2421A(b)(2)" and \
            "2421A(b)(2)" not in version["force"].get("convictions", []):
        raise CaseError(f"{field}.convicted_under",
                        f"§2G1.1(b)(1) in the Guidelines Manual in force on {when} does not "
                        f"name 18 U.S.C. § 2421A(b)(2) (the 2025 text does): state \"other\"")
    if "all" in kinds:
        return kinds["all"]
    if facts.minor and "minor" in kinds:
        return kinds["minor"]
    if facts.convicted_under == "1591(b)(1)":
        return kinds["1591(b)(1)"]
    return kinds["otherwise"]


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G1.1(a), after refusing a finding the edition does not have."""
    facts: CommercialSexFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("age", "minor", facts.minor),
        ("age", "victim_age", facts.victim_age is not None),
        ("custodian", "custodian", facts.custodian),
        ("influence", "misrepresentation_or_influence",
         bool(facts.misrepresentation_or_influence)),
        ("computer", "computer_use", bool(facts.computer_use)),
        ("production_cross_reference", "production", facts.production is not None),
        ("sexual_abuse_cross_reference", "sexual_abuse", facts.sexual_abuse is not None),
        ("minor_abuse_cross_reference", "statutory_rape", facts.statutory_rape is not None),
        ("minor_abuse_cross_reference", "abusive_sexual_contact",
         facts.abusive_sexual_contact is not None),
        ("special_instruction", "more_than_one_victim", facts.more_than_one_victim)))
    if facts.prohibited_sexual_conduct_only and not version["force"].get("commercial_only", False):
        raise CaseError(f"{field}.prohibited_sexual_conduct_only",
                        f"§2G1.1 in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} does not turn on whether the "
                        f"offense involved prostitution or a commercial sex act (its (b)(1) "
                        f"and (c)(3) did, Nov. 1, 2000 - Oct. 31, 2004 only)")
    base = _base(sheet, version, facts, field)
    if base["applies_to"] == "all":
        words = given.offense.description or "promoting a commercial sex act"
    elif any(b["applies_to"] == "minor" for b in version["base_levels"]):
        words = f"minor = {str(facts.minor).lower()}"
    else:
        words = f"convicted_under = \"{facts.convicted_under}\""
    sheet.set_level("chapter_two", f"{SECTION}{base['paragraph']}",
                    "Base offense level (promoting a commercial sex act)", words,
                    base["level"], f"“{base['text']}”", sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G1.1(b), in order; (b)(3) only if (b)(2) applies, (b)(4) only if (b)(3) does not."""
    facts: CommercialSexFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    _force(sheet, version, facts, _base(sheet, version, facts, field), field)
    if version["age"].get("exists", True):
        _minor(sheet, version, facts, field)


def _force(sheet: Worksheet, version: Version, facts: CommercialSexFacts, base: dict,
           field: str) -> None:
    """(b)(1): force, fraud or coercion (or, in 2025, a § 2421A(b)(2) conviction), where the
    edition's conditions are met."""
    paragraph = version["force"]
    title = "Fraud or coercion" if "physical_force" not in paragraph["kinds"] else \
        "Physical force, fraud, or coercion"
    by_statute = facts.convicted_under in paragraph.get("convictions", [])
    if not facts.force_fraud_or_coercion and not by_statute:
        return
    words = ", ".join([f"\"{k}\"" for k in facts.force_fraud_or_coercion] +
                      ([f"convicted_under = \"{facts.convicted_under}\""] if by_statute else []))
    blocked = None
    if paragraph.get("requires") and base["applies_to"] != paragraph["requires"]:
        blocked = f"subsection {base['paragraph']} applies"
    elif paragraph.get("commercial_only") and facts.prohibited_sexual_conduct_only:
        blocked = "prohibited_sexual_conduct_only = true"
    if blocked:
        sheet.note("chapter_two", f"{SECTION}{paragraph['paragraph']}", title, words,
                   "not applied", f"{blocked}: “{paragraph['text']}”",
                   sheet.note_version(version))
        return
    if facts.force_fraud_or_coercion:
        apply_kinds(sheet, version, SECTION, "force", title,
                    list(facts.force_fraud_or_coercion), f"{field}.force_fraud_or_coercion")
    else:
        apply_paragraph(sheet, version, SECTION, "Conviction under 18 U.S.C. § 2421A(b)(2)",
                        paragraph, True, words)


def _minor(sheet: Worksheet, version: Version, facts: CommercialSexFacts, field: str) -> None:
    """(b)(2)-(5) of Nov. 1, 2000 - Oct. 31, 2004."""
    aged = apply_alternative(sheet, version, SECTION, "Age of the victim", version["age"],
                             facts.victim_age, f"victim_age = \"{facts.victim_age}\"")
    custodian = version["custodian"]
    if facts.custodian:
        if aged:
            apply_paragraph(sheet, version, SECTION, "Parent, relative, legal guardian or "
                            "custodian of the victim", custodian, True, "custodian = true")
        else:
            sheet.note("chapter_two", f"{SECTION}{custodian['paragraph']}",
                       "Parent, relative, legal guardian or custodian of the victim",
                       "custodian = true", "not applied", f"subsection (b)(2) does not "
                       f"apply: “{custodian['text']}”", sheet.note_version(version))
    influence = version["influence"]
    if facts.misrepresentation_or_influence:
        words = ", ".join(f"\"{k}\"" for k in facts.misrepresentation_or_influence)
        title = "Misrepresentation of identity or undue influence"
        if facts.custodian and aged:
            sheet.note("chapter_two", f"{SECTION}{influence['paragraph']}", title, words,
                       "not applied", f"subsection (b)(3) applies: “{influence['text']}”",
                       sheet.note_version(version))
        else:
            apply_paragraph(sheet, version, SECTION, title, influence, True, words)
    if facts.computer_use:
        apply_kinds(sheet, version, SECTION, "computer", "Use of a computer",
                    list(facts.computer_use), f"{field}.computer_use")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """Each cross reference says "apply" the other guideline (its level replaces this one):
    §2G2.1 ((c)(1), 2000-2004), §2A3.1 ((c)(2) 2000-2004, (c)(1) from 2004), §2A3.2 or
    §2A3.4 ((c)(3), 2000-2004, where the offense did not involve promoting prostitution (a
    commercial sex act) and neither (c)(1) nor (c)(2) applies); then the special
    instruction (shown, and warned of, when found)."""
    facts: CommercialSexFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    for entry, section, name, found, title in (
            ("production_cross_reference", "2G2.1", "production", facts.production,
             "Cross reference: production (§2G2.1)"),
            ("sexual_abuse_cross_reference", "2A3.1", "sexual_abuse", facts.sexual_abuse,
             "Cross reference: criminal sexual abuse (§2A3.1)"),
            ("minor_abuse_cross_reference", "2A3.2", "statutory_rape", facts.statutory_rape,
             "Cross reference: criminal sexual abuse of a minor (§2A3.2)"),
            ("minor_abuse_cross_reference", "2A3.4", "abusive_sexual_contact",
             facts.abusive_sexual_contact, "Cross reference: abusive sexual contact (§2A3.4)")):
        if found is None:
            continue
        reference = version[entry]
        if entry == "minor_abuse_cross_reference":
            _minor_abuse_allowed(facts, reference, f"{field}.{name}")
        level, steps = registry.offense_level_under(
            sheet, section, given.under(section, found, f"{field}.{name}"))
        adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}", title,
                         f"{name} (the §{section} findings): level {level}", level, steps,
                         reference["text"], sheet.note_version(version),
                         only_if_greater=False)
    if facts.more_than_one_victim:
        one_count_per_victim(sheet, version, SECTION, "2G1.1", "promoting of a commercial "
                             "sex act or prohibited sexual conduct")


def _minor_abuse_allowed(facts: CommercialSexFacts, reference: dict, field: str) -> None:
    """(c)(3): "If the offense did not involve promoting prostitution [a commercial sex act],
    and neither subsection (c)(1) nor (c)(2) is applicable"."""
    if not facts.prohibited_sexual_conduct_only or facts.production is not None or \
            facts.sexual_abuse is not None:
        raise CaseError(field, f"{SECTION}{reference['paragraph']}: “{reference['text']}”: "
                               f"it needs prohibited_sexual_conduct_only = true and neither "
                               f"production nor sexual_abuse")
