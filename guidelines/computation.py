"""The computation record: an ordered list of cited steps and the result they lead to.

Each step is a value (section, edition, input, change, level after, reason), so the text
worksheet, the JSON output and the terminal app all render the same record.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Chapter = Literal["edition", "chapter_two", "chapter_three", "departure", "chapter_five", "chapter_four"]


class Step(BaseModel):
    model_config = ConfigDict(frozen=True)

    chapter: Chapter = Field(description="Stage of the computation, in the order of §1B1.1.")
    section: str = Field(description="Section applied, e.g. \"§2D1.1(c)(1)\".")
    title: str = Field(description="What the step decides, in a few words.")
    input: str = Field(description="The fact that triggered the step.")
    change: str = Field(description="Its effect, e.g. \"+2\", \"= 42\", \"→ 43\".")
    delta: int | None = Field(None, description="Change in offense level, where one.")
    level: int | None = Field(None, description="Offense level after the step.")
    reason: str = Field(description="One line: why the step applies.")
    source: str = Field("", description="The table version used: amendment and date.")

    @property
    def changes_level(self) -> bool:
        """True for steps that set or move the offense level (not notes such as the range)."""
        return self.change[:1] in ("=", "→", "+", "-")


class GuidelineRange(BaseModel):
    model_config = ConfigDict(frozen=True)

    min_months: int | None = Field(description="None when the range is life imprisonment.")
    max_months: int | None = Field(description="None when the range reaches life.")
    life: bool = Field(description="True when the range is, or reaches, life imprisonment.")

    def __str__(self) -> str:
        if self.life and self.min_months is None:
            return "life imprisonment"
        if self.life:
            return f"{self.min_months} months–life"
        return f"{self.min_months}–{self.max_months} months"


class Result(BaseModel):
    model_config = ConfigDict(frozen=True)

    total_offense_level: int = Field(description="Total offense level, before Ch.5 Pt.A n.2.")
    table_offense_level: int = Field(description="Level used in the Sentencing Table (1-43).")
    criminal_history_category: str
    range: GuidelineRange
    zone: str | None = Field(description="Sentencing Table zone; None before Nov. 1, 1992.")


class EditionSummary(BaseModel):
    """The result of the same case under another edition."""

    model_config = ConfigDict(frozen=True)

    manual: str
    manual_in_force: dt.date
    result: Result


class Computation(BaseModel):
    model_config = ConfigDict(frozen=True)

    case_name: str
    manual: str = Field(description="The edition applied, in words.")
    manual_in_force: dt.date = Field(description="Date whose law was applied.")
    edition: dt.date = Field(description="The annual edition that date belongs to.")
    steps: list[Step]
    result: Result
    warnings: list[str] = Field(
        default_factory=list, description="Unverified table versions used, and similar caveats."
    )
    compared: list[EditionSummary] = Field(
        default_factory=list,
        description="Results under other editions weighed by §1B1.11 (ex post facto check).",
    )

    def summary(self) -> EditionSummary:
        return EditionSummary(manual=self.manual, manual_in_force=self.manual_in_force,
                              result=self.result)

    def to_json_dict(self) -> dict:
        """The published JSON shape (`ussg calc --format json`)."""
        data = self.model_dump(mode="json")
        result = data.pop("result")
        return {**{"case_name": data.pop("case_name")}, **result, **data}
