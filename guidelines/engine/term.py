"""Terms of imprisonment, probation and statutory maxima, written with units ("18 months",
"1 year 6 months", "60 days", "life").

The Guidelines draw lines in months ("exceeding one year and one month") and in days ("at
least sixty days", "at least thirty days"). A month is not a fixed number of days, so a term
is kept as months and days exactly as stated (a year is 12 months, a week 7 days) and two
terms are compared only when the answer does not depend on how long a month is: "3 months"
is at least 60 days, "2 months" may not be. An undecidable comparison raises
:class:`AmbiguousTerm`; the engine reports it on the field concerned and asks for the term
in the unit of the line it is measured against. Never floats, never a guessed month length.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.engine.errors import shorten


class TermError(ValueError):
    """A term that cannot be read."""


class AmbiguousTerm(ValueError):
    """Two terms whose order depends on the length of a month."""


_UNITS = {
    "year": (12, 0), "years": (12, 0), "yr": (12, 0), "yrs": (12, 0),
    "month": (1, 0), "months": (1, 0), "mo": (1, 0), "mos": (1, 0),
    "week": (0, 7), "weeks": (0, 7),
    "day": (0, 1), "days": (0, 1),
}
_PART = re.compile(r"(-?\d+(?:\.\d+)?)\s*([a-z]+)")
_MIN_DAYS_IN_MONTH, _MAX_DAYS_IN_MONTH = 28, 31
#: At most this many digits in each number of a term (999,999 days is some 2,700 years): a
#: longer number is a mistake, and one of 4,300 digits could not even be converted.
MAX_TERM_DIGITS = 6
MAX_TERM_LENGTH = 100


@frozen_record(slots=True)
class Term:
    months: int = 0
    days: int = 0
    life: bool = False

    @property
    def is_zero(self) -> bool:
        return not self.life and self.months == 0 and self.days == 0

    def __str__(self) -> str:
        if self.life:
            return "life"
        if self.is_zero:
            return "none"
        parts = []
        years, months = divmod(self.months, 12)
        if years:
            parts.append(f"{years} year" + ("s" if years != 1 else ""))
        if months:
            parts.append(f"{months} month" + ("s" if months != 1 else ""))
        if self.days:
            parts.append(f"{self.days} day" + ("s" if self.days != 1 else ""))
        return " ".join(parts)

    def __add__(self, other: Term) -> Term:
        if self.life or other.life:
            return LIFE
        return Term(self.months + other.months, self.days + other.days)

    def minus(self, other: Term) -> Term:
        """This term less ``other`` (a suspended part). Raises if not exactly computable."""
        if other.is_zero:
            return self
        if self.life:
            raise AmbiguousTerm("a part of a life sentence cannot be suspended in months or days")
        if other.life:
            raise AmbiguousTerm("the suspended part exceeds the sentence")
        if other.months <= self.months and other.days <= self.days:
            return Term(self.months - other.months, self.days - other.days)
        order = compare(other, self)
        if order > 0:
            raise AmbiguousTerm(f"the suspended part ({other}) exceeds the sentence ({self})")
        raise AmbiguousTerm(f"{self} less {other} cannot be computed exactly: give both in the "
                            f"same unit")


ZERO = Term()
LIFE = Term(life=True)

#: Life imprisonment where a term is counted in whole months (statutory ranges, guideline
#: ranges, sentences imposed): a number of months no term reaches, so that "the greater of",
#: "not more than" and sums keep working, and shown as "life" (:func:`months_words`). The
#: one stand-in for life among month counts (a table writes it "life"; a
#: :class:`Term` has ``life``; a range has ``life`` and no maximum).
LIFE_MONTHS = 10**9


def months_words(months: int) -> str:
    """ "life" or "N months"."""
    return "life" if months >= LIFE_MONTHS else f"{months} months"


def parse_term(text: str) -> Term:
    """ "18 months", "1 year 6 months", "1 year and 30 days", "60 days", "life", "none"."""
    if not isinstance(text, str):
        raise TermError("write a term as a string with its unit, e.g. \"18 months\"")
    return _term_of(text)


@lru_cache(maxsize=4096)
def _term_of(text: str) -> Term:
    """:func:`parse_term` of a string, kept for the last 4,096 texts: Chapter Four reads each
    prior's terms and its tables' windows and thresholds ("15 years", "1 year and 1 month")
    at each rule that measures one, each a regular-expression pass or two (some sixty reads
    a case of thirteen priors computed under two editions, a fifth of its computation); the
    answer, a frozen Term, depends on the text alone (a text that is not a term raises each
    time: lru_cache keeps no exception)."""
    if len(text) > MAX_TERM_LENGTH:  # also keeps the scan below from taking quadratic time
        raise TermError(f"{shorten(text)}: a term is written in at most {MAX_TERM_LENGTH} "
                        f"characters (\"1 year 6 months\", \"60 days\")")
    words = text.strip().lower()
    if words in ("life", "life imprisonment"):
        return LIFE
    if words in ("none", "0", "0 days", "0 months", ""):
        return ZERO
    rest = re.sub(r"\s*(,|\band\b)\s*", " ", words).strip()
    months = days = 0
    position = 0
    for match in _PART.finditer(rest):
        if rest[position:match.start()].strip():
            break
        number, unit = match.groups()
        if number.startswith("-"):
            raise TermError(f"{shorten(text)}: a term cannot be negative")
        if "." in number:
            raise TermError(f"{shorten(text)}: write whole numbers (\"18 months\", not "
                            f"\"1.5 years\")")
        if unit not in _UNITS:
            raise TermError(f"{shorten(text)}: unknown unit {shorten(unit)} (years, months, "
                            f"weeks, days)")
        if len(number) > MAX_TERM_DIGITS:
            raise TermError(f"{shorten(text)}: a number of {len(number):,} digits; each number "
                            f"of a term has at most {MAX_TERM_DIGITS}")
        per_months, per_days = _UNITS[unit]
        months += int(number) * per_months
        days += int(number) * per_days
        position = match.end()
    if position == 0 or rest[position:].strip():
        raise TermError(f"{shorten(text)} is not a term: write e.g. \"18 months\", \"1 year 6 months\", "
                        f"\"60 days\" or \"life\"")
    return Term(months, days)


def compare(a: Term, b: Term) -> int:
    """-1, 0 or 1 as ``a`` is shorter than, equal to or longer than ``b``.

    Raises :class:`AmbiguousTerm` when the answer depends on the length of the months.
    """
    if a.life or b.life:
        return (a.life > b.life) - (a.life < b.life)
    if a.days == b.days:
        return (a.months > b.months) - (a.months < b.months)
    if a.months == b.months:
        return (a.days > b.days) - (a.days < b.days)
    if a.months >= b.months and a.days >= b.days:
        return 1
    if a.months <= b.months and a.days <= b.days:
        return -1
    a_low, a_high = _day_bounds(a)
    b_low, b_high = _day_bounds(b)
    if a_low > b_high:
        return 1
    if a_high < b_low:
        return -1
    raise AmbiguousTerm(f"whether {a} is longer than {b} depends on the length of the months: "
                        f"give the term in " + ("days" if b.days else "months"))


def _day_bounds(term: Term) -> tuple[int, int]:
    return (term.months * _MIN_DAYS_IN_MONTH + term.days,
            term.months * _MAX_DAYS_IN_MONTH + term.days)


def longer(a: Term, b: Term) -> Term:
    return a if compare(a, b) >= 0 else b


def shift(day: dt.date, term: Term, sign: int) -> dt.date:
    """``day`` moved forward (sign 1) or back (sign -1) by ``term``, by the calendar: months
    first (the day of the month kept, or the month's last day), then days.
    """
    import calendar  # here: it imports locale, about 0.7% of a start that shifts no date

    assert not term.life
    index = day.year * 12 + day.month - 1 + sign * term.months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    moved = dt.date(year, month + 1, min(day.day, last))
    return moved + dt.timedelta(days=sign * term.days)
