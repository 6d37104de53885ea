"""Tables read by row and column: the Sentencing Table, the criminal history categories,
§3D1.4's units, §5B1.1/§5C1.1's zones."""

from typing import Literal

from pydantic import Field

from . import Closed, Common


class UnitRow(Closed):
    """§3D1.4: levels from the highest offense level to units."""

    from_: str = Field(alias="from")
    to: str | None = None  # absent: "More than ..."
    increase: int
    printed: str


class Band(Closed):
    """§5B1.1/§5C1.1: a zone (or, before zones, a band of minimums) and what it allows."""

    zone: str | None = None
    from_: int | None = Field(default=None, alias="from")
    to: int | None = None
    probation: Literal["authorized", "with_confinement_conditions", "not_authorized"]
    split_sentence: Literal["", "half_minimum", "half_minimum_at_least_one_month", "one_month"]
    subsection: str
    probation_subsection: str


class Grid(Common):
    summary: str | None = None
    cells: dict[str, list[str]] = {}  # Sentencing Table: offense level -> six ranges
    zones: bool | dict[str, list[str]] | None = None
    categories: list[str] = []
    from_points: list[int] = []
    rows: list[UnitRow] = []
    one_unit_within: int | None = None
    half_unit_within: int | None = None
    round_up_except: str | None = None
    bands: list[Band] = []
