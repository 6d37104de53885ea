"""The shape of §2K1.6's table before 1991 (tables/former_explosives_2k1_6.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class BaseLevel(Closed):
    subsection: str
    level: int | None = Field(None, ge=1, le=43)  # None: another guideline's level
    rule: Literal["fixed", "other_offense", "homicide"]
    text: str


class FormerExplosives2K1_6(MayNotExist):
    """One version of §2K1.6 as it stood Nov. 1, 1987 - Oct. 31, 1991, or (``exists =
    false``) its deletion."""

    citation: str | None = None
    title_then: str | None = None
    text_base: str | None = None  # "(a) Base Offense Level (Apply the greater):"
    base_levels: list[BaseLevel] = []
    facts: list[str] = []  # the keys of [offense.explosives_2k1_6] this text reads
    text: str | None = None  # exists = false: why

    @model_validator(mode="after")
    def _complete(self) -> FormerExplosives2K1_6:
        if self.exists and not (self.title_then and self.text_base and self.base_levels
                                and self.citation):
            raise ValueError("a version where the guideline exists needs title_then, "
                             "text_base, base_levels and citation")
        if self.exists and any((r.level is None) != (r.rule != "fixed") for r in self.base_levels):
            raise ValueError("a \"fixed\" base level has a level; the others have none")
        if not self.exists and not self.text:
            raise ValueError("exists = false needs text (why)")
        return self


SCHEMAS = {"former_explosives_2k1_6": FormerExplosives2K1_6}
