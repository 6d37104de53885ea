"""§2D1.1 in the Chapter Two registry (guidelines/manual/ch2/registry.py): the base offense
level, the specific offense characteristics and the cross references, in the Manual's order.

The base offense level is subsection (a): (a)(1)-(4) for death or serious bodily injury, else
(a)(5) (the Drug Quantity Table of (c), and from Nov. 1, 2014 the mitigating-role cap of
(a)(5)); then (b); then (d) (cross references).
"""

from __future__ import annotations

from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2d1_1 import drug_trafficking


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.1(a): the level from the Drug Quantity Table (a)(5) (with its mitigating-role cap),
    or (a)(1)-(4) where death or serious bodily injury resulted."""
    drug_trafficking.base_offense_level_from_quantity(sheet, given.offense)
    drug_trafficking.mitigating_role_cap(sheet, given.adjustments.role)
    drug_trafficking.death_or_serious_bodily_injury(sheet, given.case)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.1(b)."""
    drug_trafficking.specific_offense_characteristics(sheet, given.case)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.1(d)."""
    drug_trafficking.cross_references(sheet, given.case)
