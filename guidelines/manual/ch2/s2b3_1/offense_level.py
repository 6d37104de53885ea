"""§2B3.1 (Robbery) in the Chapter Two registry: (a) the base offense level, (b) the specific
offense characteristics, (c) the cross reference, each as the edition applied has it
(tables/robbery.toml).

§2B3.1(b)(3), the proviso (2025): "the cumulative adjustments from application of paragraphs
(2) and (3) shall not exceed 11 levels."
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import Dollars, dollars
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_alternative, apply_cap, apply_paragraph, apply_weapon, base_level_of,
    murder_cross_reference, reaches_whole_dollar_row, refuse_clause_not_in_edition,
    restraint_counted_once)
from ussg.guidelines.manual.ch2.s2b3_1.facts import RobberyFacts

TABLE = "robbery"
SECTION = "§2B3.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.1(a): "Base Offense Level: 20"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level (robbery)",
                  given.offense.description or "robbery")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.1(b), in order (the loss table is (b)(1) until Nov. 1, 1989, then (b)(6), from
    Nov. 1, 1997 (b)(7)); (b)(2) and (b)(3) together at most the proviso's cap."""
    facts: RobberyFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    loss_first = version["loss"]["paragraph"] == "(b)(1)"  # Nov. 1, 1987 - Oct. 31, 1989
    if loss_first:
        _loss(sheet, version, facts, field)
    _financial_institution_or_carjacking(sheet, version, facts, field)
    cumulative = _weapon(sheet, given, version, facts, field)
    cumulative += apply_alternative(sheet, version, SECTION, "Bodily injury",
                                    version["bodily_injury"], facts.bodily_injury,
                                    f"bodily_injury = \"{facts.bodily_injury}\"")
    apply_cap(sheet, version, SECTION, version["cap"], cumulative)
    restraint_counted_once(given, f"{SECTION}(b)(4)(B)",
                           facts.abduction_or_restraint == "physically_restrained",
                           "abduction_or_restraint = \"physically_restrained\"")
    apply_alternative(sheet, version, SECTION, "Abduction or physical restraint",
                      version["abduction_or_restraint"], facts.abduction_or_restraint,
                      f"abduction_or_restraint = \"{facts.abduction_or_restraint}\"")
    if version.get("carjacking") is not None:
        apply_paragraph(sheet, version, SECTION, "Carjacking", version["carjacking"],
                        facts.carjacking, "carjacking = true")
    apply_paragraph(sheet, version, SECTION, "Firearm, destructive device or controlled "
                    "substance taken", version["item_taken"],
                    facts.firearm_destructive_device_or_drug_taken,
                    "firearm_destructive_device_or_drug_taken = true")
    if not loss_first:
        _loss(sheet, version, facts, field)


def _financial_institution_or_carjacking(sheet: Worksheet, version, facts: RobberyFacts,
                                         field: str) -> None:
    """§2B3.1(b)(1) as the edition has it. From Nov. 1, 1989 (Amendment 110) the property of
    a financial institution or post office; Nov. 1, 1993 - Oct. 31, 1997 (Amendment 483) "If
    (A) [that] or (B) the offense involved carjacking, increase by 2 levels", one increase for
    either or both. Before Nov. 1, 1989 the financial institution counts only through the
    loss table's floor; a carjacking before Nov. 1, 1993 is refused (no such paragraph)."""
    combined = version.get("financial_institution_or_carjacking")
    if combined is not None:
        found = [words for words, stated in (
            ("financial_institution_or_post_office = true",
             facts.financial_institution_or_post_office),
            ("carjacking = true", facts.carjacking)) if stated]
        apply_paragraph(sheet, version, SECTION, "Property of a financial institution or post "
                        "office, or carjacking", combined, bool(found), "; ".join(found))
        return
    if facts.carjacking and version.get("carjacking") is None:
        raise CaseError(f"{field}.carjacking", _not_in_edition(
            sheet, "has no increase for carjacking (Amendment 483 added it, eff. Nov. 1, 1993)"))
    if version.get("financial_institution") is not None:
        apply_paragraph(sheet, version, SECTION, "Property of a financial institution or post "
                        "office", version["financial_institution"],
                        facts.financial_institution_or_post_office,
                        "financial_institution_or_post_office = true")


def _not_in_edition(sheet: Worksheet, what: str) -> str:
    return (f"{SECTION} in the Guidelines Manual in force on "
            f"{format_date(sheet.manual.in_force)} {what}")


def _weapon(sheet: Worksheet, given: registry.ChapterTwoCase, version, facts: RobberyFacts,
            field: str) -> int:
    """§2B3.1(b)(2): the one clause found, refused where the edition has no such clause; a
    firearm clause is left out where a §2K2.4 count is sentenced with the robbery."""
    if facts.weapon is not None:
        refuse_clause_not_in_edition(sheet, SECTION, version["weapon"], facts.weapon,
                                     f"{field}.weapon")
    return apply_weapon(sheet, given, version, SECTION, "Weapon", facts.weapon)


def loss_levels(table: dict, loss: Dollars, field: str = "") -> tuple[str, int, str]:
    """§2B3.1's loss table, "(Apply the Greatest)": the clause, levels and words of the
    greatest row the loss reaches; ("(A)", 0, "") for a loss at or below the first. The
    original table (Nov. 1, 1987 - Oct. 31, 1989) gives ranges of whole dollars ("(B) $2,501
    - $10,000"): a loss between two rows is refused, naming ``field``."""
    found = ("(A)", 0, "")
    for row in table["rows"]:
        if row.get("at_least") is not None:
            reached = reaches_whole_dollar_row(
                loss, row["at_least"], field, f"rows of {SECTION}{table['paragraph']}, whose rows")
        else:
            reached = loss > dollars(row["more_than"])
        if reached:
            found = (row["clause"], row["levels"],
                     row.get("words") or f"more than {row['more_than']}")
    return found


def _loss(sheet: Worksheet, version, facts: RobberyFacts, field: str) -> None:
    table = version["loss"]
    loss, words = facts.loss, f"loss = \"{facts.loss!s}\""
    minimum = table.get("minimum")
    floor = ""
    if minimum is not None and facts.financial_institution_or_post_office:
        amount = dollars(minimum["amount"])
        if loss is None or loss < amount:
            loss = amount
            words = ("financial_institution_or_post_office = true"
                     + (f"; {words}" if facts.loss is not None else ""))
            floor = f"“{minimum['text']}” (loss taken as {minimum['amount']}) "
    if loss is None:
        return
    clause, levels, row = loss_levels(table, loss, f"{field}.loss")
    section = f"{SECTION}{table['paragraph']}{clause}"
    if levels == 0:
        sheet.note("chapter_two", section, "Loss", words, "no increase",
                   f"“{table['none']}”", sheet.note_version(version))
        return
    sheet.adjust("chapter_two", section, "Loss", words, levels,
                 f"{floor}“{table['text']}”: {row} → add {levels}",
                 sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.1(c)(1): a victim killed under circumstances that would constitute murder under
    18 U.S.C. § 1111: "apply §2A1.1 (First Degree Murder)" (its base offense level, 43)."""
    facts: RobberyFacts = given.facts
    if not facts.victim_murdered:
        return
    version = sheet.manual.table(TABLE)
    if version.get("murder_cross_reference") is None:
        raise CaseError(f"{given.facts_field}.victim_murdered", _not_in_edition(
            sheet, "has no cross reference (c)(1) (Amendment 483 added it, eff. Nov. 1, 1993; "
            "before it, comment. (n.6) applied §2A1.1 to a conviction under 18 U.S.C. "
            "§ 2113(e) only): state the guideline applied instead"))
    murder_cross_reference(sheet, version, SECTION, only_if_greater=False)
