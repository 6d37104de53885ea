"""The same facts under several editions, side by side (the basis of §1B1.10 work).

Steps are aligned by what they decide (their title, in order of appearance), so the base
offense level under 1993 sits beside the base offense level under 2025 even when the
subdivision differs. A step that only some editions take sits where those editions take it,
between the same neighbours. A row differs when its section or its change differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.computation import Computation, Step


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
        keyed.append(steps)
    rows = tuple(ComparisonRow(title, tuple(k.get((title, i)) for k in keyed))
                 for title, i in _merged_order([list(steps) for steps in keyed]))
    return Comparison(computations, rows)


def _merged_order(orders: list[list[tuple[str, int]]]) -> list[tuple[str, int]]:
    """One order of rows that keeps every edition's own order of steps.

    Each edition's steps are merged into the rows so far along their longest common
    subsequence: a step the rows lack goes in just before the next step both share, so
    an extra step (the 2025 minimal-participant cap) sits between its own neighbours."""
    merged: list[tuple[str, int]] = []
    for order in orders:
        present = set(merged)
        result: list[tuple[str, int]] = []
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, merged, order, autojunk=False).get_opcodes():
            result.extend(merged[i1:i2])
            if tag != "equal":
                result.extend(key for key in order[j1:j2] if key not in present)
        merged = result
    return merged
