"""§2H4.2 (Willful Violations of the Migrant and Seasonal Agricultural Worker Protection Act)
in the Chapter Two registry (tables/migrant_agricultural_worker.toml), from May 1, 2001
(Amendment 612): (a) 6; (b)(1) serious bodily injury +4 or bodily injury +2 (clauses (i)-(ii)
until Oct. 31, 2010, (A)-(B) from Amendment 746); (b)(2) a prior civil or administrative
adjudication for similar misconduct +2.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base
from ussg.guidelines.manual.ch2.offense_characteristics import apply_alternative

TABLE = "migrant_agricultural_worker"
SECTION = "§2H4.2"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description or "willful violation of 29 U.S.C. § 1851")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) the degree found; (b)(2)."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    apply_alternative(sheet, version, SECTION, "Bodily injury", version["bodily_injury"],
                      facts.bodily_injury, f"bodily_injury = \"{facts.bodily_injury}\"")
    if facts.prior_adjudication:
        apply_paragraph(sheet, version, SECTION, "prior_adjudication", "true",
                        "prior_adjudication = true")
