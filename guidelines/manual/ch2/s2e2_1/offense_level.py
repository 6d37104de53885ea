"""§2E2.1 (Making or Financing an Extortionate Extension of Credit; Collecting an Extension of
Credit by Extortionate Means) in the Chapter Two registry: (a), (b)(1)-(3) with the proviso on
(b)(1) and (b)(2), (c)(1), each as the edition applied has it (tables/extortionate_credit.toml).

§2E2.1 (2016): "(a) Base Offense Level: 20 (b) (1) (A) If a firearm was discharged increase by
5 levels; or (B) if a dangerous weapon (including a firearm) was otherwise used, increase by 4
levels; or (C) if a dangerous weapon (including a firearm) was brandished or possessed,
increase by 3 levels. (2) If any victim sustained bodily injury, increase the offense level
according to the seriousness of the injury: ... Provided, however, that the combined increase
from (1) and (2) shall not exceed 9 levels. (3) (A) If any person was abducted ... increase by
4 levels; or (B) if any person was physically restrained ... increase by 2 levels."
"""

from __future__ import annotations

from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_alternative, apply_cap, apply_weapon, base_level_of, murder_cross_reference,
    refuse_clause_not_in_edition, refuse_paragraphs_not_in_edition, restraint_counted_once)
from ussg.guidelines.manual.ch2.s2e2_1.facts import ExtortionateCreditFacts

TABLE = "extortionate_credit"
SECTION = "§2E2.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E2.1(a): "Base Offense Level: 20" (every edition)."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (extortionate extension of credit)",
                  given.offense.description or "extortionate extension of credit")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) and (b)(2), at most the proviso's 9 levels together; then (b)(3). A clause the
    edition does not have (the degrees between two before Nov. 1, 1989) is refused."""
    facts: ExtortionateCreditFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    refuse_clause_not_in_edition(sheet, SECTION, version["weapon"], facts.weapon,
                                 f"{field}.weapon")
    refuse_clause_not_in_edition(sheet, SECTION, version["bodily_injury"], facts.bodily_injury,
                                 f"{field}.bodily_injury")
    cumulative = apply_weapon(sheet, given, version, SECTION, "Weapon", facts.weapon)
    cumulative += apply_alternative(sheet, version, SECTION, "Bodily injury",
                                    version["bodily_injury"], facts.bodily_injury,
                                    f"bodily_injury = \"{facts.bodily_injury}\"")
    apply_cap(sheet, version, SECTION, version["cap"], cumulative)
    restraint_counted_once(given, f"{SECTION}(b)(3)(B)",
                           facts.abduction_or_restraint == "physically_restrained",
                           "abduction_or_restraint = \"physically_restrained\"")
    apply_alternative(sheet, version, SECTION, "Abduction or physical restraint",
                      version["abduction_or_restraint"], facts.abduction_or_restraint,
                      f"abduction_or_restraint = \"{facts.abduction_or_restraint}\"")


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(c)(1), from Nov. 1, 1993 (Amendment 479): a victim murdered: "apply §2A1.1 (First
    Degree Murder)"; refused before, naming the amendment."""
    facts: ExtortionateCreditFacts = given.facts
    version = sheet.manual.table(TABLE)
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, (
        ("murder_cross_reference", "victim_murdered", facts.victim_murdered),))
    if facts.victim_murdered:
        murder_cross_reference(sheet, version, SECTION, only_if_greater=False)
