"""§2B3.1 (Robbery) in the Chapter Two registry: (a) the base offense level, (b) the specific
offense characteristics, (c) the cross reference, each as the edition applied has it
(tables/robbery.toml).

§2B3.1(b)(3), the proviso (2025): "the cumulative adjustments from application of paragraphs
(2) and (3) shall not exceed 11 levels."
"""

from __future__ import annotations

from ussg.guidelines.engine.money import Dollars, dollars
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_alternative, apply_cap, apply_paragraph, apply_weapon, base_level_of,
    murder_cross_reference, restraint_counted_once)
from ussg.guidelines.manual.ch2.s2b3_1.facts import RobberyFacts

TABLE = "robbery"
SECTION = "§2B3.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.1(a): "Base Offense Level: 20"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION, "Base offense level (robbery)",
                  given.offense.description or "robbery")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.1(b)(1)-(7), in order; (b)(2) and (b)(3) together at most the proviso's cap."""
    facts: RobberyFacts = given.facts
    version = sheet.manual.table(TABLE)
    apply_paragraph(sheet, version, SECTION, "Property of a financial institution or post "
                    "office", version["financial_institution"],
                    facts.financial_institution_or_post_office,
                    "financial_institution_or_post_office = true")
    cumulative = apply_weapon(sheet, given, version, SECTION, "Weapon", facts.weapon)
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
    apply_paragraph(sheet, version, SECTION, "Carjacking", version["carjacking"],
                    facts.carjacking, "carjacking = true")
    apply_paragraph(sheet, version, SECTION, "Firearm, destructive device or controlled "
                    "substance taken", version["item_taken"],
                    facts.firearm_destructive_device_or_drug_taken,
                    "firearm_destructive_device_or_drug_taken = true")
    _loss(sheet, version, facts)


def loss_levels(table: dict, loss: Dollars) -> tuple[str, int]:
    """§2B3.1(b)(7), "Loss (Apply the Greatest)": the clause and levels of the greatest row
    whose amount the loss is more than; ("(A)", 0) for a loss at or below the first."""
    found = ("(A)", 0)
    for row in table["rows"]:
        if loss > dollars(row["more_than"]):
            found = (row["clause"], row["levels"])
    return found


def _loss(sheet: Worksheet, version, facts: RobberyFacts) -> None:
    if facts.loss is None:
        return
    table = version["loss"]
    clause, levels = loss_levels(table, facts.loss)
    section = f"{SECTION}{table['paragraph']}{clause}"
    if levels == 0:
        sheet.note("chapter_two", section, "Loss", f"loss = \"{facts.loss!s}\"", "no increase",
                   f"“{table['none']}”", sheet.note_version(version))
        return
    row = next(r for r in table["rows"] if r["clause"] == clause)
    sheet.adjust("chapter_two", section, "Loss", f"loss = \"{facts.loss!s}\"", levels,
                 f"“{table['text']}”: more than {row['more_than']} → add {levels}",
                 sheet.note_version(version))


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B3.1(c)(1): a victim killed under circumstances that would constitute murder under
    18 U.S.C. § 1111: "apply §2A1.1 (First Degree Murder)" (its base offense level, 43)."""
    facts: RobberyFacts = given.facts
    if facts.victim_murdered:
        murder_cross_reference(sheet, sheet.manual.table(TABLE), SECTION, only_if_greater=False)
