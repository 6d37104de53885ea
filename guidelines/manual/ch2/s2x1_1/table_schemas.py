"""The shape of §2X1.1's table (tables/attempt_solicitation_conspiracy.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


class Inchoate(Common):
    """One version of §2X1.1."""

    attempt_covered: list[str]  # comment. (n.1): guidelines that expressly cover attempts
    conspiracy_covered: list[str]
    solicitation_covered: list[str]
    decrease: int = Field(ge=1)
    text_a: str
    text_b1: str
    text_b2: str
    text_b3: str
    text_c: str
    text_d: str


SCHEMAS = {"attempt_solicitation_conspiracy": Inchoate}
