"""§2M6.2 (Violation of Other Federal Atomic Energy Agency Statutes, Rules, and Regulations) in
the Chapter Two registry (tables/atomic_energy_violation.toml): (a) "(Apply the greater)": (1)
30 with intent to injure the United States or to aid a foreign nation; (2) 6.
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a)(1) 30 with the intent, else (a)(2) 6 (the greater applies)."""
    intent = given.facts.intent_to_injure_or_aid_foreign_nation
    set_base(sheet, sheet.manual.table("atomic_energy_violation"), "§2M6.2",
             "intent" if intent else "otherwise",
             f"intent_to_injure_or_aid_foreign_nation = {str(intent).lower()}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2M6.2 has none."""
