"""§2J1.9 (Payment to Witness) in the Chapter Two registry (tables/payment_to_witness.toml):
(a) 6; (b)(1) a payment for refusing to testify or for the witness absenting himself to avoid
testifying +4 (its words by edition: Amendment 181).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import apply_paragraph, set_base

TABLE = "payment_to_witness"
SECTION = "§2J1.9"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6."""
    set_base(sheet, sheet.manual.table(TABLE), SECTION, "all",
             given.offense.description or "payment to witness")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1)."""
    purpose = given.facts.payment_for
    if purpose is not None:
        apply_paragraph(sheet, sheet.manual.table(TABLE), SECTION, "payment", purpose,
                        f"payment_for = {purpose}")
