"""The shape of §2T3.1's table (tables/import_duties.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import Sophisticated, TitledCrossReference


class DutyLine(Closed):
    """A paragraph of (a): it applies if the tax loss exceeded ``more_than`` (the last has
    none); its ``level``, or the Tax Table's where it has none."""

    paragraph: str
    more_than: str | None = None
    level: int | None = Field(None, ge=1, le=43)
    text: str


class ImportDuties(Common):
    """One version of §2T3.1."""

    heading: str
    text_a: str
    lines: list[DutyLine]
    sophisticated: Sophisticated | None = None  # (b)(1), from Nov. 1, 1991
    cross_reference: TitledCrossReference | None = None  # (c)(1), from Nov. 1, 1992


SCHEMAS = {"import_duties": ImportDuties}
