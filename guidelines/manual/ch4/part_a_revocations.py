"""§4A1.2(k)(1) and comment. (n.11): a revocation that applies to several prior sentences.

§4A1.2(k)(1): "In the case of a prior revocation of probation, parole, supervised release,
special parole, or mandatory release, add the original term of imprisonment to any term of
imprisonment imposed upon revocation." Comment. (n.11), second paragraph (Amendment 381, Nov.
1, 1991; the same words in 2016 and 2025): "Where a revocation applies to multiple sentences,
and such sentences are counted separately under §4A1.2(a)(2), add the term of imprisonment
imposed upon revocation to the sentence that will result in the greatest increase in criminal
history points."

A revocation listed under one prior names them all in `applies_to`. Its term is tried on each,
the whole criminal history computed each time, and it is added where the total is highest; the
step shows the comparison. The Manual in force before Nov. 1, 1991 has no such rule: a
revocation naming several priors is refused there (the user lists it under the one prior the
court added it to).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ussg.guidelines.engine.computation import Step
from ussg.guidelines.case.criminal_record import CriminalHistory
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date

if TYPE_CHECKING:
    from ussg.guidelines.manual.ch4.part_a_criminal_history import CriminalHistoryScore

#: (prior index, revocation index) -> the prior whose term the revocation's term is added to
Placement = dict[tuple[int, int], int]


@dataclass(frozen=True)
class SharedRevocation:
    """A revocation that names several priors: where it is listed and which it names."""

    prior: int  # the prior it is listed under
    index: int  # its position among that prior's revocations
    candidates: tuple[int, ...]  # every prior it applies to, in the order named

    @property
    def field(self) -> str:
        return f"criminal_history.priors[{self.prior}].revocations[{self.index}].applies_to"


def shared_revocations(record: CriminalHistory) -> list[SharedRevocation]:
    """The revocations whose `applies_to` names more than their own prior, checked: every
    name a prior's id or position, no name twice, the prior it is listed under among them."""
    priors = record.priors or []
    labels = [p.id or str(i + 1) for i, p in enumerate(priors)]
    shared = []
    for i, prior in enumerate(priors):
        for j, revocation in enumerate(prior.revocations):
            if revocation.applies_to is None:
                continue
            found = SharedRevocation(i, j, ())
            unknown = [name for name in revocation.applies_to if name not in labels]
            if unknown:
                raise CaseError(found.field, f"{unknown[0]!r} names no prior (ids or positions: "
                                f"{', '.join(labels)})")
            if len(set(revocation.applies_to)) != len(revocation.applies_to):
                raise CaseError(found.field, "a prior is named twice")
            if labels[i] not in revocation.applies_to:
                raise CaseError(found.field, f"name the prior the revocation is listed under "
                                f"({labels[i]!r}) with the others it applies to")
            if len(revocation.applies_to) > 1:
                shared.append(SharedRevocation(i, j, tuple(
                    labels.index(name) for name in revocation.applies_to)))
    return shared


def greatest_increase(record: CriminalHistory, shared: list[SharedRevocation], rules: Version,
                      on_date: str, compute: Callable[[Placement], CriminalHistoryScore]
                      ) -> tuple[Placement, list[Step]]:
    """Comment. (n.11): each shared revocation's term added to the sentence that gives the
    highest total of criminal history points (the others where they were chosen), one step
    each. ``compute`` gives the score with a placement of the terms. Ties go to the prior
    named first (the totals are the same)."""
    words = rules["revocation_several_sentences"]
    if not words:
        raise CaseError(shared[0].field, f"the Manual in force on {on_date} has no rule for a "
                        f"revocation that applies to several sentences (comment. (n.11)'s "
                        f"paragraph on it was added by Amendment 381, eff. Nov. 1, 1991): list "
                        f"the revocation under the one prior the court added its term to")
    placement: Placement = {(r.prior, r.index): r.candidates[0] for r in shared}
    single_sentences = [group.members for group in compute(placement).groups]
    for revocation in shared:
        for members in single_sentences:
            together = [i for i in revocation.candidates if i in members]
            if len(together) > 1:
                raise CaseError(revocation.field, f"priors {_names(record, together)} are "
                                f"counted as a single sentence (§4A1.2(a)(2)); comment. (n.11) "
                                f"covers sentences counted separately: list the revocation "
                                f"under the one the court added its term to")
    totals: list[list[int]] = [[] for _ in shared]
    for _ in range(2):  # a second pass settles revocations that affect each other
        for n, revocation in enumerate(shared):
            key = (revocation.prior, revocation.index)
            totals[n] = [compute({**placement, key: c}).total for c in revocation.candidates]
            placement[key] = revocation.candidates[totals[n].index(max(totals[n]))]
    steps = [_step(record, r, placement[(r.prior, r.index)], totals[n], words, rules, on_date)
             for n, r in enumerate(shared)]
    return placement, steps


def _step(record: CriminalHistory, shared: SharedRevocation, chosen: int, totals: list[int],
          words: str, rules: Version, on_date: str) -> Step:
    assert record.priors is not None
    revocation = record.priors[shared.prior].revocations[shared.index]
    tried = "; ".join(f"added to prior {_label(record, c)}: {t} point{'s' if t != 1 else ''} "
                      f"in all" for c, t in zip(shared.candidates, totals))
    tie = (" (equal totals: the Manual names no tie-break; ussg adds it to the prior named "
           "first)" if totals.count(max(totals)) > 1 else "")
    return Step(chapter="chapter_four", section="§4A1.2(k)(1), comment. (n.11)",
                title="Revocation applying to several sentences",
                input=(f"revocation of {format_date(revocation.date)}, {revocation.imprisonment} "
                       f"imprisonment, applying to priors {_names(record, shared.candidates)}"),
                change=f"added to prior {_label(record, chosen)}",
                reason=(f"{tried}: the greatest increase{tie}; comment. (n.11) of the Manual "
                        f"in force on {on_date}: \"{words}\""),
                source=f"{rules.section}: {rules.citation}")


def _label(record: CriminalHistory, i: int) -> str:
    assert record.priors is not None
    return record.priors[i].id or str(i + 1)


def _names(record: CriminalHistory, indices) -> str:
    return ", ".join(_label(record, i) for i in indices)
