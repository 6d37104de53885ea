"""The shape of §2M1.1's table (tables/treason.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import MayNotExist
from ussg.guidelines.manual.ch2.fixed_levels import Base, Reference


class Treason(MayNotExist):
    """One version of §2M1.1 (every edition from Nov. 1, 1987): (a)(1) ``war``, (a)(2)
    ``analogous`` (the level of the most analogous offense)."""

    heading: str
    war: Base
    analogous: Reference


SCHEMAS = {"treason": Treason}
