"""The shape of §2A5.3's table (tables/crimes_aboard_aircraft.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import MayNotExist


class CrimesAboardAircraft(MayNotExist):
    """One version of §2A5.3: (a)'s words (``exists = false`` with them saying why before
    Oct. 15, 1988)."""

    text: str


SCHEMAS = {"crimes_aboard_aircraft": CrimesAboardAircraft}
