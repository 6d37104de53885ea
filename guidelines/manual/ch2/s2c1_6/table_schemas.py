"""The shape of §2C1.6's table (tables/bank_examiner_gratuity_2c1_6.toml)."""

from __future__ import annotations

from ussg.guidelines.manual.ch2.fixed_levels import Levels
from ussg.guidelines.manual.ch2.s2e5_1.table_schemas import Value


class BankExaminerGratuity(Levels):
    """One version of §2C1.6: (a), (b)(1), the facts of §2C1.2's table it does not read."""

    value: Value | None = None
    not_in_edition: dict[str, str] = {}


SCHEMAS = {"bank_examiner_gratuity_2c1_6": BankExaminerGratuity}
