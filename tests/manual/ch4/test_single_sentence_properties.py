"""§4A1.2(a)(2) computed in time that grows with the record: the same groups and the same
refusals as the rule applied to every pair, and the same combined terms as computing each
from scratch.

The rule as the Manual words it (2025): "Prior sentences always are counted separately if
the sentences were imposed for offenses that were separated by an intervening arrest ... If
there is no intervening arrest, prior sentences are counted separately unless (A) the
sentences resulted from offenses contained in the same charging instrument; or (B) the
sentences were imposed on the same day." `pair_by_pair` below applies it to every pair, as
ussg did before it sorted; records are drawn on a few clustered dates so that shared facts,
arrests between offenses, missing arrest dates and arrests on another offense's day all occur.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines.manual.ch4.part_a_criminal_history import _Computation, _Tables
from ussg.guidelines.case.criminal_record import Prior
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch4.part_a_single_sentence import (_intervening_arrest, combined_term,
                                        combined_terms_without_each, single_sentence_groups)
from ussg.guidelines.engine.tables import in_force
from ussg.guidelines.engine.term import AmbiguousTerm, Term

from tests.strategies_criminal_history import EDITIONS, history, prior_records

FIELD = "criminal_history.priors"
#: 1990: related cases, no intervening-arrest rule; 1994: related cases after Amendment 382;
#: 2015 and 2025: Amendment 709's same charging instrument or same day (2025: Amendment 832).
RULES = {day: in_force("single_sentence_rule", day) for day in (
    dt.date(1990, 11, 1), dt.date(1994, 11, 1), dt.date(2015, 11, 1), dt.date(2025, 11, 1))}
OFFENSES = [dt.date(2010, 1, d) for d in (2, 4, 6, 8)]


@st.composite
def priors(draw) -> list[Prior]:
    count = draw(st.integers(1, 9))
    drawn = []
    for _ in range(count):
        offense = draw(st.sampled_from(OFFENSES))
        arrest = draw(st.sampled_from([None, 1, 2, 40]))
        related = draw(st.sampled_from([None, "A", "B"]))
        drawn.append(Prior.model_validate({
            "kind": "felony",
            "offense_date": offense,
            "arrest_date": None if arrest is None else offense + dt.timedelta(days=arrest),
            "sentence_date": draw(st.sampled_from([dt.date(2010, 6, 1), dt.date(2010, 7, 1)])),
            "imprisonment": "1 year",
            "charging_instrument": draw(st.sampled_from([None, "CR-1", "CR-2"])),
            "related_cases": related,
            "related_because": related and draw(st.sampled_from(
                [None, "same_occasion", "common_scheme_or_plan"])),
        }))
    return drawn


def shares_a_fact(a: Prior, b: Prior, rule) -> bool:
    if rule["rule"] == "related_cases":
        return bool(a.related_cases) and a.related_cases == b.related_cases
    return bool(a.charging_instrument) and a.charging_instrument == b.charging_instrument \
        or bool(a.sentence_date) and a.sentence_date == b.sentence_date


def pair_by_pair(record: list[Prior], eligible: list[int], rule) -> list[tuple[int, ...]]:
    """Every pair, in input order; the refusals of ussg before this change."""
    parent = {i: i for i in eligible}
    separated = []

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for position, i in enumerate(eligible):
        for j in eligible[position + 1:]:
            if not shares_a_fact(record[i], record[j], rule):
                continue
            if rule["intervening_arrest"] and _intervening_arrest(record, i, j, FIELD):
                separated.append((i, j))
                continue
            a, b = root(i), root(j)
            if a != b:
                parent[b] = a
    for i, j in separated:
        if root(i) == root(j):
            raise CaseError(f"{FIELD}[{i}]", "separated but joined")
    groups: dict[int, list[int]] = {}
    for i in eligible:
        groups.setdefault(root(i), []).append(i)
    return [tuple(members) for members in groups.values()]


def _outcome(compute):
    try:
        return compute()
    except CaseError as error:
        return ("refused", error.field, "separated but joined" if "separated by an intervening"
                in error.message else error.message)


@pytest.mark.parametrize("day", sorted(RULES))
@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(record=priors(), data=st.data())
def test_groups_are_those_of_every_pair(day, record, data) -> None:
    rule = RULES[day]
    eligible = sorted(data.draw(st.sets(st.sampled_from(range(len(record))), min_size=1)))
    fast = _outcome(lambda: [g.members for g in
                             single_sentence_groups(record, eligible, rule, FIELD)])
    slow = _outcome(lambda: pair_by_pair(record, eligible, rule))
    assert fast == slow


TERMS = st.one_of(
    st.builds(Term, months=st.sampled_from([0, 1, 2, 3, 12, 13, 24])),
    st.builds(Term, days=st.sampled_from([1, 30, 59, 60, 61, 90, 400])),
    st.builds(Term, months=st.sampled_from([1, 2]), days=st.sampled_from([1, 30])),
    st.just(Term(life=True)))


@settings(max_examples=500, derandomize=True, database=None, deadline=None)
@given(st.lists(st.tuples(TERMS, st.booleans()), min_size=2, max_size=8))
def test_combined_terms_without_each_are_those_of_the_others(terms) -> None:
    """Where it answers, each combined term is :func:`combined_term` of the other sentences;
    where one of those would be undecidable (months against days), it declines."""
    fast = combined_terms_without_each(terms)
    expected = []
    for k in range(len(terms)):
        try:
            expected.append(combined_term(terms[:k] + terms[k + 1:]))
        except AmbiguousTerm:
            assert fast is None
            return
    if fast is not None:
        assert fast == expected


@settings(max_examples=400, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(day=st.sampled_from(EDITIONS), drawn=prior_records(min_priors=2, max_priors=8))
def test_points_without_each_member_are_those_of_the_others(day, drawn) -> None:
    """The crime-of-violence point's test, "removal would not lower the single sentence's
    points", scored once per combined term: the same points, or the same refusal, as scoring
    the other members of the single sentence from scratch."""
    _, record, instant = drawn
    computation = _Computation(history(record, instant), _Tables.on(day), None, day)
    eligible = [i for i in range(len(record)) if computation._excluded(i) is None]
    try:
        groups = single_sentence_groups(computation.priors, eligible, computation.t.single,
                                        FIELD)
    except CaseError:
        return
    for group in groups:
        if len(group.members) < 2:
            continue
        without = computation._points_without(group.members)
        for i in group.members:
            others = tuple(m for m in group.members if m != i)
            assert _outcome(lambda: without(i)) == _outcome(
                lambda: computation._group_score(others)[1].points)
