"""§2J1.5 (Failure to Appear by Material Witness) in the Chapter Two registry
(tables/material_witness_failure_to_appear.toml): (a)(1) 6 in respect to a felony, (a)(2) 4 in
respect to a misdemeanor; (b)(1) substantial interference with the administration of justice
+3 (its words by edition: Amendment 177).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base

TABLE = "material_witness_failure_to_appear"
SECTION = "§2J1.5"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a)(1) or (a)(2), by the prosecution."""
    found = given.facts.in_respect_to
    set_base(sheet, sheet.manual.table(TABLE), SECTION, found, f"in respect to a {found}")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)."""
    if given.facts.substantial_interference:
        apply_paragraph(sheet, sheet.manual.table(TABLE), SECTION, "substantial_interference",
                        "true", "substantial_interference = true")
