"""Chapter Five, Part A: from the total offense level and criminal history category to the
guideline range.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, in_force

CATEGORIES = ("I", "II", "III", "IV", "V", "VI")


def treat_outside_1_to_43(total: int, bounds: Version) -> int:
    """Ch.5 Pt.A, comment. (n.2): "A total offense level of less than 1 is to be treated as
    an offense level of 1. An offense level of more than 43 is to be treated as an offense
    level of 43."
    """
    return min(max(total, bounds["lowest"]), bounds["highest"])


@lru_cache(maxsize=None)
def parse_range(text: str) -> GuidelineRange:
    if text == "life":
        return GuidelineRange(min_months=None, max_months=None, life=True)
    low, _, high = text.partition("-")
    if high == "life":
        return GuidelineRange(min_months=int(low), max_months=None, life=True)
    return GuidelineRange(min_months=int(low), max_months=int(high), life=False)


#: How a table file marks a cell whose text is not known (the 1987 zero-minimum cells).
UNKNOWN_CELL = "0-?"


@cache  # a table version never changes
def guideline_range(table: Version, level: int, category: str) -> GuidelineRange:
    """The cell at the intersection of offense level and criminal history category."""
    cell = table["cells"][str(level)][CATEGORIES.index(category)]
    if cell == UNKNOWN_CELL:
        # Amendment 270 (1989) made every "0-1, 0-2, 0-3, 0-4, and 0-5" cell 0-6; which of
        # them a 1987 cell read is not known (tables/sentencing_table.toml).
        raise CaseError("manual", f"the Sentencing Table in force ({table.citation}) read one "
                        f"of 0-1 ... 0-6 months at offense level {level}, criminal history "
                        f"category {category}: Amendment 270 (eff. Nov. 1, 1989) made each "
                        f"such cell 0-6, and no source at hand says which this one was; "
                        f"refused rather than guessed")
    return parse_range(cell)


@cache
def zone(table: Version, level: int, category: str) -> str | None:
    """The cell's zone (Ch.5 Pt.A; zones exist from Nov. 1, 1992, Amendment 462)."""
    zones = table.get("zones")
    if not zones:
        return None
    return zones[str(level)][CATEGORIES.index(category)]


def sentencing_table(on: dt.date) -> Version:
    return in_force("sentencing_table", on)
