"""§1B1.11: which Guidelines Manual to use.

(a) "The court shall use the Guidelines Manual in effect on the date that the defendant is
sentenced." (b)(1) If that "would violate the ex post facto clause", the court "shall use
the Guidelines Manual in effect on the date that the offense of conviction was committed";
(b)(2) that Manual is "applied in its entirety" (the one-book rule). Under Peugh v. United
States, 569 U.S. 530 (2013), there is a violation when the later Manual "provides a higher
applicable Guidelines sentencing range". The ex post facto clause binds whatever the
edition, so the comparison is made for every case that states an offense date.

A date under a Manual ussg has not entered (`editions.not_entered`) is refused; only when
the user asks for it (``assume_latest``, `--assume-latest`) is the case computed under the
newest edition entered, the edition named as such, a warning first and every step marked
"not verified for this date".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.computation import Computation, GuidelineRange, Step
from ussg.guidelines.engine.editions import (NOT_VERIFIED, Edition, EditionError, edition_in_force,
                                             edition_named, newest_entered, not_entered)
from ussg.guidelines.engine.tables import Version, format_date, load_table

Compute = Callable[[Case, Edition, list[Step]], Computation]


def applicable_manual(case: Case, compute: Compute, *, assume_latest: bool = False) -> Computation:
    if case.manual is not None:
        if assume_latest:
            day = edition_named(case.manual, supported_only=False).in_force
            if not_entered(day):
                return _assumed(case, compute, day, f"manual = {case.manual!r}",
                                f"the case names the {case.manual} Manual")
        edition, named = manual_named(case.manual)
        return compute(case, edition, [named])
    assert case.sentencing_date is not None  # the case model requires one of the two
    if assume_latest and not_entered(case.sentencing_date):
        return _assumed(case, compute, case.sentencing_date,
                        f"sentenced {format_date(case.sentencing_date)}",
                        _rule_a(case.sentencing_date))
    at_sentencing, first = manual_at_sentencing(case.sentencing_date)
    return _ex_post_facto(case, compute, at_sentencing, first)


def _ex_post_facto(case: Case, compute: Compute, at_sentencing: Edition, first: Step, *,
                   assumed: bool = False) -> Computation:
    """§1B1.11(b)(1): with an offense date under another Manual, both are computed and the
    earlier one applied where the later gives a higher range. Under ``assumed``, an offense
    date that also falls under a Manual not entered shares the assumed edition."""
    if case.offense_date is None:
        return compute(case, at_sentencing, [first])
    try:
        if assumed and not_entered(case.offense_date):
            at_offense = at_sentencing
        else:
            at_offense = edition_in_force(case.offense_date)
    except EditionError as error:
        computation = compute(case, at_sentencing, [first])
        warning = (f"§1B1.11(b)(1) ex post facto comparison not made: the Manual in force on the "
                   f"offense date cannot be computed ({error})")
        return replace(computation, warnings=[*computation.warnings, warning])
    if at_offense.in_force == at_sentencing.in_force:
        return compute(case, at_sentencing, [first])
    assert case.sentencing_date is not None  # an offense date comes with a sentencing date
    # each Manual computed once; the one applied gets the (b)(1) step after the (a) step
    later = compute(case, at_sentencing, [first])
    earlier = compute(case, at_offense, [first])
    committed = format_date(case.offense_date)
    at_sentencing_words = ("the newest Manual entered, applied for the date of sentencing,"
                           if assumed else "the Manual in effect at sentencing")
    # the range that applies (§4B1.1(c)'s where it replaces the Sentencing Table cell)
    later_range, earlier_range = later.result.guideline_range, earlier.result.guideline_range
    if higher(later_range, earlier_range):
        step = _chosen(at_offense, f"offense committed {committed}",
                       f"§1B1.11(b)(1): {at_sentencing_words} gives "
                       f"{later_range}, higher than {earlier_range} under the "
                       f"Manual in effect on the date of the offense; the earlier Manual is "
                       f"applied in its entirety", section=_section(case.sentencing_date,
                                                                     "§1B1.11(b)(1)"))
        return replace(earlier, steps=[first, step, *earlier.steps[1:]],
                       compared=[later.summary()])
    step = _chosen(first.change if assumed else at_sentencing, f"offense committed {committed}",
                   f"§1B1.11(b)(1): no ex post facto bar — the Manual in effect on the date of "
                   f"the offense gives {earlier_range}, not lower than "
                   f"{later_range}", section=_section(case.sentencing_date,
                                                             "§1B1.11(b)(1)"))
    return replace(later, steps=[first, step, *later.steps[1:]], compared=[earlier.summary()])


def _assumed(case: Case, compute: Compute, day: dt.date, given: str, rule: str) -> Computation:
    """Only with ``assume_latest``: the Manual for ``day`` is not entered, so the case is
    computed under the newest edition that is, and says so at the top (the edition's name,
    the §1B1.11 step, the first warning) and on every step."""
    newest = newest_entered()
    when = format_date(day)
    marked = f"{newest.label} — {NOT_VERIFIED} ({when}; --assume-latest)"
    first = _chosen(marked, given, f"{rule}; that Manual is not entered in ussg, so the newest "
                                   f"edition entered is applied instead, as --assume-latest asks",
                    section=_section(day, "§1B1.11(a)") if case.manual is None else "§1B1.11")
    # the rule bodies ask which Manual the case names: it names the edition applied
    as_named = case.model_copy(update={"manual": newest.in_force.isoformat()})
    if case.manual is None:
        computation = _ex_post_facto(as_named, compute, newest, first, assumed=True)
    else:
        computation = compute(as_named, newest, [first])
    warning = (f"{NOT_VERIFIED.upper()} ({when}): {not_entered(day)}. Computed under the "
               f"{newest.label} because --assume-latest was given; the Manual in effect on that "
               f"date may give a different range")
    steps = [replace(s, source=f"{s.source}; {NOT_VERIFIED} ({when})" if s.source
                     else f"{NOT_VERIFIED} ({when})") for s in computation.steps]
    manual = marked if computation.manual == newest.label else computation.manual
    return replace(computation, manual=manual, steps=steps,
                   warnings=[warning, *computation.warnings])


@cache
def manual_named(name: str) -> tuple[Edition, Step]:
    """The edition a case names, and the step recording that choice (a Step is a value, made
    once for each name)."""
    edition = edition_named(name)
    return edition, _chosen(edition, f"manual = {name!r}", f"the case names the {name} Manual")


@cache
def manual_at_sentencing(sentenced: dt.date) -> tuple[Edition, Step]:
    """§1B1.11(a): the Manual in effect on the date of sentencing, and the step recording it."""
    edition = edition_in_force(sentenced)
    return edition, _chosen(edition, f"sentenced {format_date(sentenced)}", _rule_a(sentenced),
                            section=_section(sentenced, "§1B1.11(a)"))


@cache
def _policy_statement() -> Version:
    return next(v for v in load_table("manual_in_effect_policy").versions
                if v.get("exists", True))


def policy_statement_from() -> dt.date:
    """The date §1B1.11 took effect (tables/manual_in_effect_policy.toml: Amendment 442).
    Before it, the same rules came from 18 U.S.C. § 3553(a)(4) (the guidelines in effect on
    the date of sentencing) and the ex post facto clause itself (U.S. Const. art. I, § 9,
    cl. 3). Read from the table's versions, not its version in force: the question is only
    whether a date is before the policy statement existed."""
    return _policy_statement().effective


def _section(sentenced: dt.date, section: str) -> str:
    if sentenced >= policy_statement_from():
        return section
    return "18 U.S.C. § 3553(a)(4)" if section.endswith("(a)") else "U.S. Const. art. I, § 9"


def _rule_a(sentenced: dt.date) -> str:
    day = format_date(sentenced)
    since = policy_statement_from()
    if sentenced >= since:
        return f"§1B1.11(a): the Manual in effect on the date of sentencing, {day}"
    return (f"18 U.S.C. § 3553(a)(4): the guidelines in effect on the date of sentencing, {day} "
            f"(§1B1.11 itself dates from Amendment "
            f"{', '.join(map(str, _policy_statement().amendments))}, {format_date(since)})")


def asked_for(case: Case, edition: Edition) -> bool:
    """Is ``edition`` the one the case asks for (named, or in force at sentencing)? Any other
    edition is the offense-date Manual that §1B1.11(b)(1) compares with it: the one place
    this is decided (each computation's Manual carries it, ``Manual.compared``)."""
    if case.manual is not None:
        return edition.in_force == edition_named(case.manual).in_force
    assert case.sentencing_date is not None
    return edition.in_force == edition_in_force(case.sentencing_date).in_force


def higher(a: GuidelineRange, b: GuidelineRange) -> bool:
    """Is range ``a`` higher than ``b``? Compared by minimum, then maximum; life is highest."""
    return a.months > b.months


def _chosen(edition: Edition | str, given: str, why: str, section: str = "§1B1.11") -> Step:
    """The step recording the Manual applied (its label, or the words given for it)."""
    label = edition if isinstance(edition, str) else edition.label
    return Step(chapter="edition", section=section, title="Guidelines Manual applied",
                input=given, change=label, reason=why)
