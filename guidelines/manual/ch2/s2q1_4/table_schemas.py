"""The shape of §2Q1.4's table (tables/public_water_system.toml)."""

from __future__ import annotations

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed
from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph, Reference
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition

Injury = Literal["permanent_or_life_threatening", "serious", "between"]


class VictimInjury(Closed):
    """(b)(1) from Nov. 1, 2003: the levels of each degree of injury and its subdivision."""

    paragraph: str
    title: str
    text: str
    levels: dict[Injury, int]
    clauses: dict[Injury, str]


class PublicWaterSystem(Levels):
    """A version of §2Q1.4: (a) by conduct; (b) by edition; (c) from Nov. 1, 2003."""

    risk: Paragraph | NotInEdition  # (b)(1), 1987-2003
    injury: VictimInjury | NotInEdition  # (b)(1) from 2003
    disruption: Paragraph  # (b)(2)
    ongoing_release: Paragraph  # (b)(3)
    purpose: Paragraph | NotInEdition  # (b)(4), 1987-2003
    death: Reference | NotInEdition  # (c)(1) from 2003
    attempted_murder: Reference | NotInEdition  # (c)(2) from 2003
    extortion: Reference | NotInEdition  # (c)(3) from 2003


SCHEMAS = {"public_water_system": PublicWaterSystem}
