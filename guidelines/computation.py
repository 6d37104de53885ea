"""The computation record: an ordered list of cited steps and the result they lead to.

Plain frozen dataclasses: every value is made by the engine from checked tables, never
from user input, so there is nothing to validate (pydantic still serializes them, and
`computation_json_schema()` publishes their shape).

Each step is a value (section, edition, input, change, level after, reason), so the text
worksheet, the JSON output and the terminal app all render the same record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pydantic import TypeAdapter

Chapter = Literal["edition", "chapter_two", "chapter_three", "departure", "chapter_five", "chapter_four"]


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the computation.

    A plain dataclass rather than a pydantic model: steps are made by the engine from
    checked tables, never from user input, and a calculation makes many of them
    (benchmarks/bench_calculate.py). Pydantic still serializes them inside Computation.
    """

    chapter: Chapter  # stage of the computation, in the order of §1B1.1
    section: str  # section applied, e.g. "§2D1.1(c)(1)"
    title: str  # what the step decides, in a few words
    input: str  # the fact that triggered the step
    change: str  # its effect: "+2", "= 42", "→ 43", or a result such as a range
    delta: int | None = None  # change in offense level, where one
    level: int | None = None  # offense level after the step
    reason: str = ""  # one line: why the step applies
    source: str = ""  # the table version used: amendment and date

    @property
    def changes_level(self) -> bool:
        """True for steps that set or move the offense level (not notes such as the range)."""
        return self.change[:1] in ("=", "→", "+", "-")


@dataclass(frozen=True, slots=True)
class GuidelineRange:
    min_months: int | None  # None when the range is life imprisonment
    max_months: int | None  # None when the range reaches life
    life: bool  # True when the range is, or reaches, life imprisonment

    def __str__(self) -> str:
        if self.life and self.min_months is None:
            return "life imprisonment"
        if self.life:
            return f"{self.min_months} months–life"
        return f"{self.min_months}–{self.max_months} months"


@dataclass(frozen=True, slots=True)
class Result:
    total_offense_level: int  # before Ch.5 Pt.A, comment. (n.2)
    table_offense_level: int  # the level used in the Sentencing Table, 1-43
    criminal_history_category: str
    range: GuidelineRange
    zone: str | None  # Sentencing Table zone; None before Nov. 1, 1992


@dataclass(frozen=True, slots=True)
class EditionSummary:
    """The result of the same case under another edition."""

    manual: str
    manual_in_force: dt.date
    result: Result


@dataclass(frozen=True)
class Computation:
    """The whole record: the edition applied, every step, the result, and caveats."""

    case_name: str
    manual: str  # the edition applied, in words
    manual_in_force: dt.date  # the date whose law was applied
    edition: dt.date  # the annual edition that date belongs to
    steps: list[Step]
    result: Result
    warnings: list[str] = field(default_factory=list)  # unverified versions used, etc.
    compared: list[EditionSummary] = field(default_factory=list)  # §1B1.11 alternatives

    def summary(self) -> EditionSummary:
        return EditionSummary(self.manual, self.manual_in_force, self.result)

    def to_json_dict(self) -> dict:
        """The published JSON shape (`ussg calc --format json`)."""
        data = _JSON.dump_python(self, mode="json")
        result = data.pop("result")
        return {"case_name": data.pop("case_name"), **result, **data}


_JSON = TypeAdapter(Computation)


def computation_json_schema() -> dict:
    return _JSON.json_schema(mode="serialization")
