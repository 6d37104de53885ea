"""The §5E1.2(c) fine table: offense levels to dollar amounts."""

import datetime as dt

from pydantic import Field

from . import Closed, Common


class FineRow(Closed):
    from_: int | None = Field(default=None, alias="from")
    to: int | None = None
    minimum: int
    maximum: int


class Fine(Common):
    rows: list[FineRow]
    statute_lifts_above: int
    alternative_limits: bool | None = None
    prior_version_for_offenses_before: dt.date | None = None
    prior_version_on: dt.date | None = None
