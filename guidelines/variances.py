"""Variances: a sentence outside the guideline range under 18 U.S.C. § 3553(a), stated in
months and shown after the range, apart from departures (which move the offense level).
A variance cannot go below a statutory minimum (unless 18 U.S.C. § 3553(e) or (f) lifts it)
or above the statutory maximum.
"""

from __future__ import annotations

from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.case.facts import Variance
from ussg.guidelines.engine.term import LIFE_MONTHS as LIFE, months_words
from ussg.guidelines.engine.worksheet_builder import Worksheet


def apply_variances(sheet: Worksheet, variances: list[Variance], guideline: GuidelineRange,
                    floor: int, ceiling: int) -> GuidelineRange | None:
    """The range after the variances; ``floor``/``ceiling`` are the statutory limits of the
    total punishment in months (LIFE = life)."""
    if not variances:
        return None
    low, high = guideline.months
    for variance in variances:
        before = _text(low, high)
        if variance.to_months is not None:
            downward = variance.to_months < low
            low = high = variance.to_months
            asked = f"to {variance.to_months} months"
        else:
            downward = variance.months < 0
            low = low if low >= LIFE else max(0, low + variance.months)
            high = high if high >= LIFE else max(0, high + variance.months)
            asked = f"{variance.months:+d} months".replace("-", "−")
        limits = []
        if low < floor:
            low, high = floor, max(high, floor)
            limits.append(f"not below the statutory minimum of {_months(floor)}")
        if high > ceiling:
            high, low = ceiling, min(low, ceiling)
            limits.append(f"not above the statutory maximum of {_months(ceiling)}")
        direction = "Downward" if downward else "Upward"
        sheet.note("variance", "18 U.S.C. § 3553(a)", f"{direction} variance",
                   f"from {before}, {asked}", _text(low, high),
                   variance.reason + (f" ({'; '.join(limits)})" if limits else ""))
    return GuidelineRange.from_months(low, high)


_months = months_words


def _text(low: int, high: int) -> str:
    return str(GuidelineRange.from_months(low, high))
