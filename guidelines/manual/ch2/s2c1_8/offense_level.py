"""§2C1.8 (Making, Receiving, or Failing to Report a Contribution, Donation, or Expenditure in
Violation of the Federal Election Campaign Act; ...) in the Chapter Two registry
(tables/election_campaign.toml), from Jan. 25, 2003 (Amendment 648): (a) 8; (b)(1) the value
of the illegal transactions over $5,000 ($6,500 from Nov. 1, 2015, Amendment 791) through the
§2B1.1 loss table of the same date; (b)(2) the greater of a foreign national (+2) and a
foreign government (+4); (b)(3) governmental funds or a non-monetary federal benefit (+2
once); (b)(4) 30 or more illegal transactions (+2); (b)(5) intimidation, threat or coercion
(+4); (c)(1) §2C1.1 or §2C1.2, as appropriate, if greater. The departure note (comment. (n.4)
to 2025) is the court's, not computed.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import (
    adopt_if_greater, apply_alternative, apply_amount_band)

CH = "chapter_two"
TABLE = "election_campaign"
SECTION = "§2C1.8"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 8."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description or "Federal Election Campaign Act offense")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)-(5) in order."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    value = facts.illegal_transactions_value
    if value is not None:
        apply_amount_band(sheet, SECTION, "Value of the illegal transactions",
                          version["value"], value,
                          f"{given.facts_field}.illegal_transactions_value",
                          f"illegal_transactions_value = \"{value!s}\"", source)
    apply_alternative(sheet, version, SECTION, "Foreign national or foreign government",
                      version["foreign_source"], facts.foreign_source,
                      f"foreign_source = \"{facts.foreign_source}\"")
    found = [name for name in ("governmental_funds", "nonmonetary_federal_benefit")
             if getattr(facts, name)]
    if found:
        apply_paragraph(sheet, version, SECTION, "governmental_funds_or_federal_benefit",
                        "true", "; ".join(f"{name} = true" for name in found))
    count = facts.illegal_transactions
    rule = version["thirty_or_more_transactions"]
    if count is not None:
        where, words = f"{SECTION}{rule['paragraph']}", f"illegal_transactions = {count}"
        if count >= rule["at_least"]:
            sheet.adjust(CH, where, rule["title"], words, rule["levels"],
                         f"“{rule['text']}”", source)
        else:
            sheet.note(CH, where, rule["title"], words, "no increase",
                       f"fewer than {rule['at_least']}: “{rule['text']}”", source)
    if facts.intimidation_threat_or_coercion:
        apply_paragraph(sheet, version, SECTION, "coercion", "true",
                        "intimidation_threat_or_coercion = true")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1): §2C1.1 or §2C1.2 through the registry, if greater."""
    other = given.facts.bribe_or_gratuity
    if other is None:
        return
    version = sheet.manual.table(TABLE)
    reference = version["cross_reference"]
    field = f"{given.facts_field}.bribe_or_gratuity"
    computed = registry.computed_guideline(given, other, field, "bribe or gratuity")
    level, steps = registry.offense_level_under(
        sheet, other, given.under(other, computed.facts_of(given.offense)))
    adopt_if_greater(sheet, f"{SECTION}{reference['paragraph']}", reference["title"],
                     f"bribe_or_gratuity = {other}: §{other} level {level}", level, steps,
                     reference["text"], sheet.note_version(version), only_if_greater=True)
