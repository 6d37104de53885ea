"""The shape of §2M5.2's table (tables/arms_export.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Level(Closed):
    """A base level of (a): its paragraph, level and words."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    text: str


class ArmsExport(MayNotExist):
    """One version of §2M5.2 (every edition from Nov. 1, 1987): before Nov. 1, 1990
    ``sophisticated`` and ``lesser``; from then ``general``, ``lesser`` and its limits."""

    heading: str
    sophisticated: Level | None = None  # (a)(1), 1987-1990
    general: Level | None = None  # (a)(1), from 1990
    lesser: Level  # (a)(2)
    most_small_arms: int | None = None  # (a)(2)'s "did not exceed"
    most_rounds: int | None = None  # (a)(2)(B), from Nov. 1, 2011

    @model_validator(mode="after")
    def _complete(self) -> "ArmsExport":
        if not self.exists:
            raise ValueError("§2M5.2 exists in every edition from Nov. 1, 1987")
        if (self.sophisticated is None) == (self.general is None):
            raise ValueError("a version has sophisticated (1987-1990) or general, not both")
        if self.general is not None and self.most_small_arms is None:
            raise ValueError("(a)(2) from 1990 needs most_small_arms")
        return self


SCHEMAS = {"arms_export": ArmsExport}
