"""The shape of the tables of §§2A1.1-2A1.3 (tables/first_degree_murder.toml,
second_degree_murder.toml, voluntary_manslaughter.toml): a single base offense level, and
nothing else, in every edition."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class SingleLevel(Common):
    """One version of a guideline that is "(a) Base Offense Level: N" and no more."""

    base_level: int = Field(ge=1, le=43)
    base_text: str = Field(min_length=1)  # (a)'s words: "Base Offense Level: 43"


SCHEMAS = {"first_degree_murder": SingleLevel}
