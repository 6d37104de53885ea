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

from dataclasses import dataclass

from .criminal_record import Prior
from .errors import CaseError
from .tables import Version
from .term import ZERO, Term, longer


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]  # prior indexes, in input order
    why: str  # what joins them ("" for a sentence counted alone)


def single_sentence_groups(priors: list[Prior], eligible: list[int], rule: Version,
                           field: str) -> list[Group]:
    """Partition the eligible priors into sentences counted separately or as one."""
    parent = {i: i for i in eligible}
    reasons: dict[int, list[str]] = {i: [] for i in eligible}
    separated: list[tuple[int, int]] = []

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for position, i in enumerate(eligible):
        for j in eligible[position + 1:]:
            joined_by = _joined_by(priors[i], priors[j], rule)
            if not joined_by:
                continue
            if rule["intervening_arrest"] and _intervening_arrest(priors, i, j, field):
                separated.append((i, j))
                continue
            a, b = root(i), root(j)
            if a != b:
                parent[b] = a
                reasons[a] += reasons.pop(b)
            reasons[root(i)].append(f"{_name(priors, i)} and {_name(priors, j)}: {joined_by}")
    for i, j in separated:
        if root(i) == root(j):
            raise CaseError(f"{field}[{i}]", f"{_name(priors, i)} and {_name(priors, j)} are "
                            "separated by an intervening arrest but joined into one sentence "
                            "through another prior; §4A1.2(a)(2) does not say how to count "
                            "them, so ussg will not guess")
    groups: dict[int, list[int]] = {}
    for i in eligible:
        groups.setdefault(root(i), []).append(i)
    return [Group(tuple(members), "; ".join(reasons.get(key, [])))
            for key, members in groups.items()]


def _joined_by(a: Prior, b: Prior, rule: Version) -> str:
    if rule["rule"] == "related_cases":
        if a.related_cases and a.related_cases == b.related_cases:
            because = (a.related_because or b.related_because)
            words = because.value.replace("_", " ") if because else "as stated"
            return f"related cases ({words})"
        return ""
    found = []
    if a.charging_instrument and a.charging_instrument == b.charging_instrument:
        found.append(f"same charging instrument ({a.charging_instrument})")
    if a.sentence_date and a.sentence_date == b.sentence_date:
        found.append(f"sentences imposed the same day ({a.sentence_date.isoformat()})")
    return " and ".join(found)


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


def _name(priors: list[Prior], i: int) -> str:
    return f"prior {priors[i].id or i + 1}"

