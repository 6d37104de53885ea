"""§2G2.6 (Child Exploitation Enterprises), from Nov. 1, 2007 (Amendment 701), in the Chapter
Two registry (tables/child_exploitation_enterprise.toml): (a) 35; (b)(1) a victim's age (the
alternative found), (b)(2) parent, relative, guardian or custodian (not with §3B1.3, comment.
(n.2(B))), (b)(3) conduct described in 18 U.S.C. § 2241(a) or (b), (b)(4) a computer or an
interactive computer service, +2 each. The text is unchanged through the 2025 Manual.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_alternative, apply_paragraph, base_level_of, section_3b1_3_stated)

TABLE = "child_exploitation_enterprise"
SECTION = "§2G2.6"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.6(a): "Base Offense Level: 35"."""
    base_level_of(sheet, sheet.manual.table(TABLE), SECTION,
                  "Base offense level (child exploitation enterprise)",
                  given.offense.description or "child exploitation enterprise")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2G2.6(b)(1)-(4), in order."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    apply_alternative(sheet, version, SECTION, "Age of a victim", version["age"],
                      facts.victim_age, f"victim_age = \"{facts.victim_age}\"")
    if facts.custodian and (name := section_3b1_3_stated(given.adjustments.role)):
        raise CaseError(f"adjustments.role.{name}",
                        f"{SECTION}, comment. (n.2(B)): “{version['custodian_note']}” "
                        f"({given.facts_field}.custodian = true)")
    apply_paragraph(sheet, version, SECTION, "Parent, relative, guardian or custodian",
                    version["custodian"], facts.custodian, "custodian = true")
    apply_paragraph(sheet, version, SECTION, "Conduct described in 18 U.S.C. § 2241(a) or (b)",
                    version["conduct_2241"], facts.conduct_2241, "conduct_2241 = true")
    apply_paragraph(sheet, version, SECTION, "Computer or interactive computer service",
                    version["computer"], facts.computer, "computer = true")
