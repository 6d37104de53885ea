"""The schema of §2R1.1's table (tables/antitrust.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import Paragraph


class VolumeLine(Closed):
    """A line of the volume-of-commerce table: its letter, its adjustment (negative: "subtract
    1"; 0: "no adjustment") and words, and one bound: ``less_than``, ``at_least`` (a range of
    whole dollars) or ``more_than``."""

    letter: str
    add: int
    words: str
    less_than: str | None = None
    at_least: str | None = None
    more_than: str | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> VolumeLine:
        if sum(b is not None for b in (self.less_than, self.at_least, self.more_than)) != 1:
            raise ValueError(f"line ({self.letter}) needs exactly one of less_than, at_least, "
                             f"more_than")
        return self


class Volume(Closed):
    """(b)(2): its lead-in, the table's column heads and its lines, in ascending order."""

    paragraph: str
    text: str
    header: str
    rows: list[VolumeLine] = Field(min_length=1)


class Antitrust(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    bid_rigging: Paragraph  # (b)(1), +1
    volume: Volume  # (b)(2)


SCHEMAS = {"antitrust": Antitrust}
