"""The computation record: an ordered list of cited steps and the result they lead to.

Each step is a value (section, edition, input, change, level after, reason), so the text
worksheet, the JSON output and the terminal app all render the same record.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Chapter = Literal["edition", "chapter_two", "chapter_three", "departure", "chapter_five",
                  "chapter_four", "statute", "variance"]


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
    scope: str | None = Field(
        None, description="The count or Group the step belongs to (several counts only).")

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
        if self.min_months == self.max_months:
            return f"{self.min_months} months"
        return f"{self.min_months}–{self.max_months} months"


class GroupResult(BaseModel):
    """One Group of Closely Related Counts (§3D1.2-§3D1.4), as Worksheet B shows it."""

    model_config = ConfigDict(frozen=True)

    name: str
    counts: list[str]
    grouped_under: str = Field(description="§3D1.2 subsections, e.g. \"(d)\"; \"\" alone.")
    offense_level: int
    units: str = Field(description="\"1\", \"1/2\" or \"0\" (disregarded).")


class CountResult(BaseModel):
    """The statutory penalties of one count (and where it went in grouping)."""

    model_config = ConfigDict(frozen=True)

    name: str
    statute: str
    provision: str
    felony_class: str
    minimum_months: int
    maximum_months: int | None = Field(description="None: life.")
    mandatory_life: bool
    minimum_binds: bool = Field(description="False where §5C1.2 or 18 U.S.C. § 3553(e) lifts it.")
    consecutive: bool = Field(description="Imposed consecutively under §5G1.2(a).")
    supervised_release_minimum_years: int | None
    maximum_fine: int
    group: str | None


class SentenceOptions(BaseModel):
    """§5B1.1 / §5C1.1: the kinds of sentence the guidelines allow for the range."""

    model_config = ConfigDict(frozen=True)

    zone: str | None
    probation: str = Field(description="authorized | with_confinement_conditions | "
                                       "not_authorized")
    imprisonment: str = Field(description="How the minimum term may be satisfied.")
    statutory_bar: str = Field("", description="Why a statute bars probation, if it does.")


class SupervisedReleaseRange(BaseModel):
    """§5D1.1 / §5D1.2: the guideline term of supervised release, in years."""

    model_config = ConfigDict(frozen=True)

    min_years: int
    max_years: int
    required: str = Field(description="When the guidelines or a statute require a term.")


class FineRange(BaseModel):
    """§5E1.2(c): the guideline fine range, in dollars."""

    model_config = ConfigDict(frozen=True)

    min_dollars: int
    max_dollars: int
    table_max_dollars: int
    statutory_max_dollars: int


class Result(BaseModel):
    model_config = ConfigDict(frozen=True)

    total_offense_level: int = Field(description="Total offense level, before Ch.5 Pt.A n.2.")
    table_offense_level: int = Field(description="Level used in the Sentencing Table (1-43).")
    criminal_history_category: str
    range: GuidelineRange = Field(description="The Sentencing Table cell.")
    zone: str | None = Field(description="Sentencing Table zone; None before Nov. 1, 1992.")
    groups: list[GroupResult] = Field(
        default_factory=list, description="Several counts: the Groups of Worksheet B.")
    combined_offense_level: int | None = Field(
        None, description="Several counts: the combined offense level (§3D1.4).")
    counts: list[CountResult] = Field(
        default_factory=list, description="Each count's statutory penalties (when stated).")
    statutory_range: GuidelineRange | None = Field(
        None, description="The guideline range bounded by the statutory minimum and maximum "
                          "(§5G1.1 / §5G1.2); min = max where the statute fixes the guideline "
                          "sentence.")
    consecutive_months: int | None = Field(
        None, description="Terms imposed consecutively under §5G1.2(a) (e.g. § 924(c)).")
    total_range: GuidelineRange | None = Field(
        None, description="statutory_range plus the consecutive terms: the total punishment.")
    sentence_options: SentenceOptions | None = None
    supervised_release: SupervisedReleaseRange | None = None
    fine: FineRange | None = None
    sentence_after_variance: GuidelineRange | None = Field(
        None, description="The range after the stated variances (18 U.S.C. § 3553(a)), in "
                          "months; apart from level departures.")


#: Result keys added after the first release: left out of the JSON when empty, so that
#: existing consumers see exactly what they saw before.
OPTIONAL_KEYS = ("groups", "combined_offense_level", "counts", "statutory_range",
                 "consecutive_months", "total_range", "sentence_options", "supervised_release",
                 "fine", "sentence_after_variance")


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
        for key in OPTIONAL_KEYS:
            if result.get(key) in (None, []):
                result.pop(key, None)
        for step in data["steps"]:
            if step.get("scope") is None:
                step.pop("scope", None)
        return {**{"case_name": data.pop("case_name")}, **result, **data}
