"""The case file: what the user states, validated. This model is the public schema.

The same model is read from a TOML file by the CLI, built by the TUI and passed to
:func:`guidelines.calculate` by API users. Field descriptions are the documentation
(``ussg schema`` prints them as JSON Schema).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from .criminal_record import CriminalHistory, CriminalHistoryCategory  # noqa: F401 (schema)
from .drug_offense_facts import DrugTraffickingFacts
from .quantity import Quantity, parse_quantity
from .strict import Strict


class CaseInfo(Strict):
    name: str = Field("", description="Case caption, e.g. \"United States v. Leon\".")
    docket: str = Field("", description="Docket number and court.")
    defendant: str = Field("", description="Defendant's name, if wanted on the worksheet.")
    notes: str = Field("", description="Free text carried onto the worksheet.")


class Drug(Strict):
    substance: str = Field(
        description="Substance as the Drug Quantity Table names it (e.g. \"cocaine base\", "
        "\"heroin\", \"methamphetamine (actual)\"); `ussg tables drug_quantity_table` lists them."
    )
    quantity: str = Field(
        description="Exact quantity with unit, as a string: \"51 kg\", \"27.999 g\", "
        "\"250 mg\", \"2 lb\", \"16 oz\", \"400 units\", \"100 plants\"."
    )

    @field_validator("quantity")
    @classmethod
    def _readable(cls, value: str) -> str:
        parse_quantity(value)
        return value

    @property
    def amount(self) -> Quantity:
        return parse_quantity(self.quantity)


class Offense(Strict, DrugTraffickingFacts):
    """Chapter Two: the offense guideline and its specific offense characteristics (the
    §2D1.1 facts besides drugs and the weapon are in guidelines/drug_offense_facts.py)."""

    guideline: Literal["2D1.1"] = Field(
        "2D1.1", description="Offense guideline. Supported: \"2D1.1\" (drug trafficking)."
    )
    drugs: list[Drug] = Field(
        default_factory=list,
        description="Each controlled substance and quantity attributed to the defendant "
        "(§1B1.3 relevant conduct). Several entries of one substance add up.",
    )
    dangerous_weapon: bool = Field(
        False, description="§2D1.1(b)(1): a dangerous weapon (including a firearm) was possessed."
    )


class AggravatingRole(str, Enum):
    organizer_or_leader = "organizer_or_leader"
    manager_or_supervisor = "manager_or_supervisor"


class MitigatingRole(str, Enum):
    minimal_participant = "minimal_participant"
    minor_participant = "minor_participant"
    between_minimal_and_minor = "between_minimal_and_minor"


class Role(Strict):
    """Chapter Three, Part B: the defendant's role in the offense (§3B1.1 or §3B1.2)."""

    aggravating: AggravatingRole | None = Field(
        None,
        description="§3B1.1: \"organizer_or_leader\" or \"manager_or_supervisor\".",
    )
    participants: int | None = Field(
        None, ge=1, description="§3B1.1: number of participants in the criminal activity."
    )
    otherwise_extensive: bool = Field(
        False, description="§3B1.1(a)/(b): the criminal activity was otherwise extensive."
    )
    mitigating: MitigatingRole | None = Field(
        None,
        description="§3B1.2: \"minimal_participant\", \"minor_participant\" or "
        "\"between_minimal_and_minor\".",
    )

    @model_validator(mode="after")
    def _one_role(self) -> Role:
        if self.aggravating and self.mitigating:
            raise ValueError(
                "a defendant cannot receive both an aggravating (§3B1.1) and a mitigating "
                "(§3B1.2) role adjustment"
            )
        return self


class Adjustments(Strict):
    """Chapter Three adjustments."""

    role: Role = Field(default_factory=Role)


class Stage(str, Enum):
    """Where in the Manual's order (§1B1.1) a departure is applied."""

    base_offense_level = "base_offense_level"
    chapter_two = "chapter_two"
    chapter_three = "chapter_three"
    total = "total"


class Departure(Strict):
    """A departure in offense levels: to a level, or up or down by some levels."""

    after: Stage = Field(
        description="Apply after this stage: base_offense_level, chapter_two, "
        "chapter_three or total."
    )
    to_level: Annotated[int, Field(ge=1, le=43)] | None = Field(
        None, description="Depart to this offense level (1-43)."
    )
    levels: int | None = Field(
        None, ge=-43, le=43, description="Depart by this many levels (negative = downward)."
    )
    reason: str = Field(min_length=1, description="The court's reason, shown on the worksheet.")
    section: str = Field("", description="Section relied on, e.g. \"§5K2.0\" (optional).")

    @model_validator(mode="after")
    def _one_amount(self) -> Departure:
        if (self.to_level is None) == (self.levels is None):
            raise ValueError("give exactly one of to_level or levels")
        if self.levels == 0:
            raise ValueError("levels = 0 is not a departure")
        return self


class Case(Strict):
    """One defendant, one sentencing: everything ussg needs to compute the range."""

    manual: str | None = Field(
        None,
        description="Edition to apply: a year (\"1993\") or an effective date (\"1994-09-23\"). "
        "If absent, the Manual in force on sentencing_date (§1B1.11(a)).",
    )
    sentencing_date: dt.date | None = Field(None, description="Date of sentencing.")
    offense_date: dt.date | None = Field(None, description="Date the offense ended.")
    case: CaseInfo = Field(default_factory=CaseInfo)
    offense: Offense = Field(default_factory=Offense)
    adjustments: Adjustments = Field(default_factory=Adjustments)
    criminal_history: CriminalHistory
    departures: list[Departure] = Field(default_factory=list)

    @field_validator("offense_date")
    @classmethod
    def _offense_before_sentencing(cls, value: dt.date | None, info) -> dt.date | None:
        sentenced = info.data.get("sentencing_date")
        if value and sentenced and value > sentenced:
            raise ValueError(f"offense_date {value} is after sentencing_date {sentenced}")
        return value

    @model_validator(mode="after")
    def _when(self) -> Case:
        if self.manual is None and self.sentencing_date is None:
            raise ValueError("give `manual` (edition) or `sentencing_date`")
        return self
