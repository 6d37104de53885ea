"""The same facts under several editions, side by side (the basis of §1B1.10 work).

Steps are aligned by what they decide (their title, in order of appearance), so the base
offense level under 1993 sits beside the base offense level under 2025 even when the
subdivision differs. A row differs when its section or its change differs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .case import Case
from .computation import Computation, Step


@dataclass(frozen=True)
class ComparisonRow:
    title: str
    cells: tuple[Step | None, ...]  # one per edition, None where the step does not occur

    @property
    def differs(self) -> bool:
        """The step itself differs (its section or its change), not merely the running
        level it leaves, which shows every earlier difference again."""
        seen = {(c.section, c.change) if c else None for c in self.cells}
        return len(seen) > 1


@dataclass(frozen=True)
class Comparison:
    computations: tuple[Computation, ...]
    rows: tuple[ComparisonRow, ...]

    @property
    def results_differ(self) -> bool:
        return len({c.result for c in self.computations}) > 1


def compare(case: Case, manuals: list[str], calculate) -> Comparison:
    """Compute ``case`` under each named edition and align the steps."""
    computations = tuple(calculate(case.model_copy(update={"manual": m})) for m in manuals)
    keyed: list[dict[tuple[str, int], Step]] = []
    order: list[tuple[str, int]] = []
    for computation in computations:
        seen: dict[str, int] = {}
        steps = {}
        for step in computation.steps:
            if step.chapter == "edition":
                continue
            index = seen.get(step.title, 0)
            seen[step.title] = index + 1
            key = (step.title, index)
            steps[key] = step
            if key not in order:
                order.append(key)
        keyed.append(steps)
    rows = tuple(ComparisonRow(title, tuple(k.get((title, i)) for k in keyed))
                 for title, i in _in_manual_order(order, keyed))
    return Comparison(computations, rows)


def _in_manual_order(order, keyed):
    """Keep each edition's own order; a step only one edition has goes where it appears."""
    position = {}
    for steps in keyed:
        for rank, key in enumerate(steps):
            position.setdefault(key, rank)
    return sorted(order, key=lambda key: (position[key], order.index(key)))
