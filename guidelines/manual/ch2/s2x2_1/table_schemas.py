"""The shape of §2X2.1's table (tables/aiding_and_abetting.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class AidingAbetting(Common):
    """One version of §2X2.1: its one sentence and the definition of its commentary."""

    text: str = Field(min_length=1)  # "The offense level is the same level as that for ..."
    definition: str = Field(min_length=1)  # comment. (n.1): "underlying offense"


SCHEMAS = {"aiding_and_abetting": AidingAbetting}
