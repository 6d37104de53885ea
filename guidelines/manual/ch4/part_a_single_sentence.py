"""§4A1.2(a)(2): which prior sentences are counted separately and which as a single sentence.

From Nov. 1, 2007 (Amendment 709): "Prior sentences always are counted separately if the
sentences were imposed for offenses that were separated by an intervening arrest (i.e., the
defendant is arrested for the first offense prior to committing the second offense). If there
is no intervening arrest, prior sentences are counted separately unless (A) the sentences
resulted from offenses contained in the same charging instrument; or (B) the sentences were
imposed on the same day." Before, sentences "imposed in related cases" were treated as one
(former comment. (n.3): same occasion, single common scheme or plan, or consolidated for trial
or sentencing — a finding the user states as `related_cases`), and from Nov. 1, 1991
(Amendment 382) never across an intervening arrest.

"For purposes of applying §4A1.1(a), (b), and (c), if prior sentences are treated as a single
sentence, use the longest sentence of imprisonment if concurrent sentences were imposed. If
consecutive sentences were imposed, use the aggregate sentence of imprisonment."
"""

from __future__ import annotations

from functools import cmp_to_key

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.case.criminal_record import Prior
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.term import LIFE, ZERO, AmbiguousTerm, Term, compare, longer


@frozen_record
class Group:
    members: tuple[int, ...]  # prior indexes, in input order
    why: str  # what joins them, each fact once with the priors it joins ("" for one alone)


def single_sentence_groups(priors: list[Prior], eligible: list[int], rule: Version,
                           field: str) -> list[Group]:
    """Partition the eligible priors into sentences counted separately or as one.

    Two priors are joined when they share a fact of (a)(2) (the same charging instrument, the
    same day of sentence; before Nov. 1, 2007 a finding of related cases) and no intervening
    arrest separates them; joins are transitive. A record without a doubtful pair (no arrest
    date missing where it decides, no sentences separated yet joined through another) is
    partitioned by sorting each fact's priors by offense date, in time that grows with the
    record, not its pairs; any other goes pair by pair, to name the pair in doubt.
    """
    shared = _sharing(priors, eligible, rule)
    joined = _UnionFind(eligible)
    if not rule["intervening_arrest"]:
        for members in shared.values():
            joined.union_all(members)
    elif any(_doubtful_pair(priors, members) for members in shared.values()):
        return _pair_by_pair(priors, eligible, rule, field, shared)
    else:
        for members in shared.values():
            for block in _not_separated(priors, members):
                joined.union_all(block)
        if any(_separated_in_one_sentence(priors, members, joined)
               for members in shared.values()):
            return _pair_by_pair(priors, eligible, rule, field, shared)
    return _groups(priors, eligible, rule, joined)


class _UnionFind:
    def __init__(self, items: list[int]) -> None:
        self.parent = {i: i for i in items}

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.root(i), self.root(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def union_all(self, members: list[int]) -> None:
        for j in members[1:]:
            self.union(members[0], j)


def _groups(priors: list[Prior], eligible: list[int], rule: Version,
            joined: _UnionFind) -> list[Group]:
    groups: dict[int, list[int]] = {}
    for i in eligible:
        groups.setdefault(joined.root(i), []).append(i)
    return [Group(tuple(members), _why(priors, members, rule) if len(members) > 1 else "")
            for members in groups.values()]


def _sharing(priors: list[Prior], eligible: list[int],
             rule: Version) -> dict[tuple[str, object], list[int]]:
    """Each fact of (a)(2) with the eligible priors that have it, in input order."""
    shared: dict[tuple[str, object], list[int]] = {}
    for i in eligible:
        for fact in _facts(priors[i], rule):
            shared.setdefault(fact, []).append(i)
    return {fact: members for fact, members in shared.items() if len(members) > 1}


def _doubtful_pair(priors: list[Prior], members: list[int]) -> bool:
    """Does a pair of these priors leave the intervening arrest undecided (see
    :func:`_intervening_arrest`): the earlier offense's arrest date missing, or on the day of
    the later offense?"""
    offenses = {priors[i].offense_date for i in members}
    last = max(offenses)
    for i in members:
        offense, arrest = priors[i].offense_date, priors[i].arrest_date
        if offense < last and (arrest is None or (arrest > offense and arrest in offenses)):
            return True
    return False


def _not_separated(priors: list[Prior], members: list[int]) -> list[list[int]]:
    """Priors sharing a fact, in the blocks no intervening arrest divides (no pair doubtful).

    Sorted by offense date, a prior is joined to an earlier one when it was committed before
    the arrest for that one; once a prior's offense follows every earlier arrest, no later
    prior can be joined to any before it.
    """
    blocks: list[list[int]] = []
    reach = None  # the latest arrest for the offenses before this one
    previous = None
    for i in sorted(members, key=lambda k: priors[k].offense_date):
        offense, arrest = priors[i].offense_date, priors[i].arrest_date
        if blocks and (offense == previous or offense < reach):
            blocks[-1].append(i)
        else:
            blocks.append([i])
        latest = arrest if arrest is not None else offense
        reach = latest if reach is None else max(reach, latest)
        previous = offense
    return blocks


def _separated_in_one_sentence(priors: list[Prior], members: list[int],
                               joined: _UnionFind) -> bool:
    """Are two of these priors separated by an intervening arrest but in one sentence through
    others (which :func:`_pair_by_pair` refuses)?"""
    latest: dict[int, object] = {}
    for i in members:
        key = joined.root(i)
        offense = priors[i].offense_date
        latest[key] = offense if key not in latest else max(latest[key], offense)  # type: ignore[type-var]
    for i in members:
        offense, arrest = priors[i].offense_date, priors[i].arrest_date
        bound = offense if arrest is None else max(offense, arrest)
        if latest[joined.root(i)] > bound:  # type: ignore[operator]
            return True
    return False


def _pair_by_pair(priors: list[Prior], eligible: list[int], rule: Version, field: str,
                  shared: dict[tuple[str, object], list[int]]) -> list[Group]:
    """The rule applied to every pair sharing a fact, in input order, refusing the first pair
    whose intervening arrest the dates cannot decide, or two sentences separated by one but
    joined through another prior."""
    joined = _UnionFind(eligible)
    separated: list[tuple[int, int]] = []
    for i, later in _compared(priors, eligible, shared):
        for j in later:
            if priors[i].offense_date != priors[j].offense_date and rule["intervening_arrest"] \
                    and _intervening_arrest(priors, i, j, field):
                separated.append((i, j))
            else:
                joined.union(i, j)
    for i, j in separated:
        if joined.root(i) == joined.root(j):
            raise CaseError(f"{field}[{i}]", f"{_name(priors, i)} and {_name(priors, j)} are "
                            "separated by an intervening arrest but joined into one sentence "
                            "through another prior; §4A1.2(a)(2) does not say how to count "
                            "them, so ussg will not guess")
    return _groups(priors, eligible, rule, joined)


def _facts(prior: Prior, rule: Version) -> list[tuple[str, object]]:
    """The facts of (a)(2) by which this prior may be joined to another sharing them."""
    if rule["rule"] == "related_cases":
        return [("related", prior.related_cases)] if prior.related_cases else []
    found: list[tuple[str, object]] = []
    if prior.charging_instrument:
        found.append(("instrument", prior.charging_instrument))
    if prior.sentence_date:
        found.append(("day", prior.sentence_date))
    return found


def _compared(priors: list[Prior], eligible: list[int],
              shared: dict[tuple[str, object], list[int]]) -> list[tuple[int, list[int]]]:
    """Each eligible prior with the later ones it must be compared with, in input order.

    Priors with the same offense and arrest dates stand in for one another (an intervening
    arrest depends only on those dates), so within a fact the first of them is compared with
    the others of the fact and the rest join through it: the same sentences are joined,
    separated or refused, and the same pair is named first, as if every pair were compared.
    """
    later: dict[int, set[int]] = {}
    for members in shared.values():
        first_of: dict[tuple, int] = {}
        for i in members:
            first_of.setdefault((priors[i].offense_date, priors[i].arrest_date), i)
        firsts = sorted(first_of.values())
        for i in members:
            first = first_of[(priors[i].offense_date, priors[i].arrest_date)]
            if first != i:
                later.setdefault(first, set()).add(i)
            else:
                later.setdefault(i, set()).update(j for j in firsts if j > i)
    return [(i, sorted(later[i])) for i in eligible if later.get(i)]


def _why(priors: list[Prior], members: list[int], rule: Version) -> str:
    """What joins a group, each fact once: "prior 1, prior 2 and prior 3: sentences imposed
    the same day (2010-06-01)"; facts joining the same priors are said together."""
    sharing: dict[tuple[str, object], list[int]] = {}
    for i in members:
        for fact in _facts(priors[i], rule):
            sharing.setdefault(fact, []).append(i)
    said: dict[tuple[int, ...], list[str]] = {}
    for (kind, value), joined in sharing.items():
        if len(joined) > 1:
            said.setdefault(tuple(joined), []).append(_fact_words(priors, kind, value, joined))
    return "; ".join(f"{_names(priors, joined)}: {' and '.join(words)}"
                     for joined, words in said.items())


def _fact_words(priors: list[Prior], kind: str, value: object, joined: list[int]) -> str:
    if kind == "instrument":
        return f"same charging instrument ({value})"
    if kind == "day":
        return f"sentences imposed the same day ({value.isoformat()})"  # type: ignore[attr-defined]
    found: dict[str, list[int]] = {}
    for i in joined:
        because = priors[i].related_because
        if because is not None:
            found.setdefault(because.value.replace("_", " "), []).append(i)
    if len(found) <= 1:
        return f"related cases ({next(iter(found), 'as stated')})"
    return "related cases (" + "; ".join(f"{words}: {_names(priors, found[words])}"
                                         for words in found) + ")"


def _names(priors: list[Prior], members: list[int] | tuple[int, ...]) -> str:
    names = [_name(priors, i) for i in members]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _intervening_arrest(priors: list[Prior], i: int, j: int, field: str) -> bool:
    """Was the defendant arrested for the earlier offense before committing the later one?

    Offenses committed the same day are taken as not separated by an arrest.
    """
    first, second = (i, j) if priors[i].offense_date <= priors[j].offense_date else (j, i)
    earlier, later = priors[first], priors[second]
    if earlier.offense_date == later.offense_date:
        return False
    if earlier.arrest_date is None:
        raise CaseError(f"{field}[{first}].arrest_date",
                        f"needed: unless an intervening arrest (for this offense, before "
                        f"{_name(priors, second)}'s offense of {later.offense_date.isoformat()}) "
                        f"separates them, the two are treated as a single sentence "
                        f"(§4A1.2(a)(2))")
    if earlier.arrest_date == later.offense_date:
        raise CaseError(f"{field}[{first}].arrest_date",
                        f"the arrest is on the day of {_name(priors, second)}'s offense: whether "
                        f"it came first decides §4A1.2(a)(2), and dates alone cannot tell")
    return earlier.arrest_date < later.offense_date


def combined_term(terms: list[tuple[Term, bool]]) -> Term:
    """Longest of the concurrent terms plus every consecutive one (aggregate)."""
    base = ZERO
    total = ZERO
    for term, consecutive in terms:
        if consecutive:
            total = total + term
        else:
            base = longer(base, term)
    return base + total


def combined_terms_without_each(terms: list[tuple[Term, bool]]) -> list[Term] | None:
    """For each sentence, :func:`combined_term` of the others, in time linear in the count.

    None where two of the concurrent terms cannot be ordered (months against days): there
    the combined term of some of the others may be undecidable, and each must be computed.
    """
    try:
        distinct = sorted({term for term, consecutive in terms if not consecutive},
                          key=cmp_to_key(compare))
        if any(compare(a, b) >= 0 for a, b in zip(distinct, distinct[1:])):
            return None  # pragma: no cover - distinct terms that compare equal
    except AmbiguousTerm:
        return None
    # Each adjacent pair definitely ordered: every pair is (the order is transitive), so the
    # longest of any of them is the longest by this order.
    longest = distinct[-1] if distinct else ZERO
    second = distinct[-2] if len(distinct) > 1 else ZERO
    holders = sum(1 for term, consecutive in terms if not consecutive and term == longest)
    months = sum(term.months for term, consecutive in terms if consecutive)
    days = sum(term.days for term, consecutive in terms if consecutive)
    lives = sum(1 for term, consecutive in terms if consecutive and term.life)
    combined = []
    for term, consecutive in terms:
        base = longest
        total_months, total_days, total_lives = months, days, lives
        if consecutive:
            total_months, total_days = months - term.months, days - term.days
            total_lives -= term.life
        elif term == longest and holders == 1:
            base = second
        total = LIFE if total_lives else Term(total_months, total_days)
        combined.append(base + total)
    return combined


def _name(priors: list[Prior], i: int) -> str:
    return f"prior {priors[i].id or i + 1}"

