"""§2C1.6 (Loan or Gratuity to Bank Examiner, or Gratuity for Adjustment of Farm Indebtedness,
or Procuring Bank Loan, or Discount of Commercial Paper), Nov. 1, 1987 - Oct. 31, 2004, in the
Chapter Two registry (tables/bank_examiner_gratuity_2c1_6.toml): (a) 7; (b)(1) "If the value of
the gratuity exceeded $2,000, increase by the corresponding number of levels from the table in
§2F1.1 (Fraud and Deceit)." (from Nov. 1, 2001, Amendment 617: (i) over $2,000 to $5,000, 1
level; (ii) over $5,000, the §2B1.1 table); comment. (n.1): no §3B1.3.

Its facts are its successor's, §2C1.2's ``[offense.gratuity]`` (``given.facts``):
``gratuity_value``; the facts of that table §2C1.6's words do not have are refused.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.fixed_levels import set_base
from ussg.guidelines.manual.ch2.offense_characteristics import apply_amount_band

TABLE = "bank_examiner_gratuity_2c1_6"
SECTION = "§2C1.6"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 7. A fact of [offense.gratuity] §2C1.6 does not read, or a §3B1.3 adjustment
    (comment. (n.1)), is refused first."""
    version = sheet.manual.table(TABLE)
    facts = given.facts
    for name in sorted(facts.model_fields_set):
        if name in version["not_in_edition"] and getattr(facts, name):
            raise CaseError(f"{given.facts_field}.{name}",
                            f"{SECTION} in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)}: "
                            f"{version['not_in_edition'][name]}")
    set_base(sheet, version, SECTION, "all",
             given.offense.description or "gratuity to a bank examiner or for a bank loan or "
             "farm debt", given)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1): the value of the gratuity (no step where it is not stated)."""
    value = given.facts.gratuity_value
    if value is None:
        return
    version = sheet.manual.table(TABLE)
    apply_amount_band(sheet, SECTION, "Value of the gratuity", version["value"], value,
                      f"{given.facts_field}.gratuity_value", f"gratuity_value = \"{value!s}\"",
                      sheet.note_version(version))
