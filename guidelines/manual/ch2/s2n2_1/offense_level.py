"""§2N2.1 (Violations of Statutes and Regulations Dealing With Any Food, Drug, Biological
Product, Device, Cosmetic, Agricultural Product, or Consumer Product) in the Chapter Two
registry (tables/food_drug_regulatory.toml).

(a) 6 in every edition (GLM2016_fulltext.txt line 8615; never amended). Before Nov. 1, 1992 no
cross reference: comment. (n.2) ("If the offense involved theft, fraud, bribery, revealing trade
secrets, or destruction of property, apply the guideline applicable to the underlying conduct,
rather than this guideline", App. C Vol. I lines 12632-12636) chooses another guideline, which
the case file states; a cross-reference finding is refused, quoting it. From Nov. 1, 1992
(Amendment 451): (b)(1) fraud: "apply §2F1.1 (Fraud and Deceit)" (§2B1.1 from Nov. 1, 2001,
Amendment 617), no "if greater": its level replaces 6; (b)(2) the offense furthered or
concealed another guideline's offense: that guideline "if the resulting offense level is
greater than that determined above". From Nov. 1, 2008 (Amendment 723): (b)(1) +4 for a § 331
conviction after a prior one; the cross references are (c)(1)-(2). The departures of the
commentary are not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, refuse_paragraphs_not_in_edition)

TABLE = "food_drug_regulatory"
SECTION = "§2N2.1"
#: the facts key that gives each guideline's findings
FRAUD_KEYS = {"2F1.1": "fraud", "2B1.1": "theft_fraud"}


def refuse_wrong_fraud_guideline(sheet: Worksheet, section: str, rule: dict, field: str,
                                 stated: dict[str, object],
                                 keys: dict[str, str] = FRAUD_KEYS) -> None:
    """The §2F1.1 findings where the edition applies §2B1.1, or the reverse, are refused
    (Amendment 617 replaced §2F1.1 with §2B1.1 on Nov. 1, 2001). ``stated``: what the case
    gives as each guideline's findings ("fraud", "theft_fraud"); ``keys``: the facts key of
    each guideline's findings."""
    for guideline, key in keys.items():
        if stated[FRAUD_KEYS[guideline]] is not None and rule["guideline"] != guideline:
            right = keys[rule["guideline"]]
            raise CaseError(f"{field}.{key}",
                            f"{section}{rule['paragraph']} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} applies "
                            f"§{rule['guideline']}, not §{guideline} (Amendment 617, eff. "
                            f"Nov. 1, 2001, replaced §2F1.1 with §2B1.1): give {right}")


def apply_guideline_reference(sheet: Worksheet, given: registry.ChapterTwoCase, section: str,
                              version, rule: dict, findings, key: str) -> None:
    """"Apply §2F1.1" (or §2B1.1): its level, computed through the registry from the
    findings, replaces the one above."""
    other = rule["guideline"]
    level, steps = registry.offense_level_under(
        sheet, other, given.under(other, findings, f"{given.facts_field}.{key}"))
    adopt_if_greater(sheet, f"{section}{rule['paragraph']}", rule["title"],
                     f"{key} (the §{other} findings): level {level}", level, steps,
                     rule["text"], sheet.note_version(version), only_if_greater=False)


def fraud_keys_not_in(rule: dict, keys: dict[str, str] = FRAUD_KEYS) -> set[str]:
    """The fraud keys a version's cross reference ``rule`` does not read: the other
    guideline's (§2F1.1's findings where it applies §2B1.1, or the reverse), or both where the
    edition has no such reference."""
    if not rule.get("exists", True):
        return set(keys.values())
    return {key for guideline, key in keys.items() if guideline != rule["guideline"]}


def facts_not_in(manual) -> set[str]:
    """The keys of [offense.food_drug_regulatory] the edition ``manual`` does not have, each
    refused by :func:`base_offense_level` (the terminal app shows only the others): the fraud
    key of the guideline the edition does not apply, and the paragraphs it lacks."""
    version = manual.table(TABLE)
    lacking = fraud_keys_not_in(version["fraud"])
    for name, key in (("repeat_331", "prior_331_conviction"),
                      ("other_offense", "other_offense_guideline"),
                      ("other_offense", "other_offense_level")):
        if not version[name].get("exists", True):
            lacking.add(key)
    return lacking


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("repeat_331", "prior_331_conviction", facts.prior_331_conviction),
        ("fraud", "fraud", facts.fraud is not None),
        ("fraud", "theft_fraud", facts.theft_fraud is not None),
        ("other_offense", "other_offense_guideline", facts.other_offense_guideline is not None)))
    if version["fraud"].get("exists", True):
        refuse_wrong_fraud_guideline(sheet, SECTION, version["fraud"], given.facts_field,
                                     {"fraud": facts.fraud, "theft_fraud": facts.theft_fraud})
    set_base(sheet, version, SECTION, "all", given.offense.description
             or "food, drug, agricultural or consumer product regulatory offense")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) from Nov. 1, 2008."""
    if given.facts.prior_331_conviction:
        apply_paragraph(sheet, sheet.manual.table(TABLE), SECTION, "repeat_331", "true",
                        "prior_331_conviction = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """Fraud: §2F1.1 or §2B1.1, replacing the level; then the other offense's guideline, if
    greater (from Nov. 1, 1992)."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    findings = facts.fraud if facts.fraud is not None else facts.theft_fraud
    if findings is not None:
        rule = version["fraud"]
        apply_guideline_reference(sheet, given, SECTION, version, rule, findings,
                                  FRAUD_KEYS[rule["guideline"]])
    guideline = facts.other_offense_guideline
    if guideline is None:
        return
    rule = version["other_offense"]
    if guideline == "other":
        assert facts.other_offense_level is not None
        level, steps = facts.other_offense_level, []
        words = f"the other offense: level {level}, as determined"
    else:
        field = f"{given.facts_field}.other_offense_guideline"
        try:
            computed = registry.computed_guideline(given, guideline, given.facts_field,
                                                   "other offense")
        except CaseError as refused:  # said of the key that names the guideline
            raise CaseError(field, refused.message) from None
        level, steps = registry.offense_level_under(
            sheet, guideline, given.under(guideline, computed.facts_of(given.offense)))
        words = f"§{guideline}: level {level}"
    adopt_if_greater(sheet, f"{SECTION}{rule['paragraph']}", rule["title"], words, level,
                     steps, rule["text"], sheet.note_version(version), only_if_greater=True)
