"""The shape of §2Q1.6's table (tables/federal_lands_devices.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Closed
from ussg.guidelines.manual.ch2.fixed_levels import Levels


class Apply(Closed):
    """One of (a)(1)-(3): the guideline whose level it takes, and its words."""

    paragraph: str
    guideline: str
    text: str


class FederalLandsDevices(Levels):
    """A version of §2Q1.6: (a)(1)-(3) into other guidelines, (a)(4) 6 (``bases``)."""

    controlled_substances: Apply  # (a)(1)
    timber: Apply  # (a)(2)
    reckless_endangerment: Apply  # (a)(3)


SCHEMAS = {"federal_lands_devices": FederalLandsDevices}
