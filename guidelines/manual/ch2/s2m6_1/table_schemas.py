"""The shape of §2M6.1's table (tables/mass_destruction_weapons.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.fixed_levels import Paragraph, Reference


class Base(Closed):
    """A base level of (a): its paragraph, the finding that selects it ("otherwise": where no
    other is met), its level and words; ``reaches``: the intents (a)(1) names."""

    paragraph: str
    finding: Literal["intent", "statute_175b", "statute_175b_possession", "threat",
                     "otherwise"]
    level: int = Field(ge=1, le=43)
    text: str
    reaches: list[str] = []


class Limited(Closed):
    """A characteristic of (b) from Nov. 1, 2001: it applies only where the base applied is
    one of ``applies_with`` ("(a)(4)" covers (a)(4)(A) and (B)); ``refused_with``: bases with
    which the edition's reading is in doubt (refused, ``refused_because``); ``levels``: a
    number, or one for each value of the finding."""

    paragraph: str
    title: str
    text: str
    levels: int | dict[str, int]
    applies_with: list[str]
    refused_with: list[str] = []
    refused_because: str | None = None


class MassDestructionWeapons(MayNotExist):
    """One version of §2M6.1: before Nov. 1, 2001 ``bases`` (30) and ``intent_increase``
    ((b)(1), +12); from then ``bases`` (a)(1)-(4), ``agent``, ``injury``, ``disruption``
    ((b)(1)-(3)), ``death`` and ``attempted_murder`` ((c)(1)-(2))."""

    heading: str
    bases: list[Base]
    intent_increase: Paragraph | None = None
    agent: Limited | None = None
    injury: Limited | None = None
    disruption: Limited | None = None
    death: Reference | None = None
    attempted_murder: Reference | None = None

    @model_validator(mode="after")
    def _complete(self) -> "MassDestructionWeapons":
        later = (self.agent, self.injury, self.disruption, self.death, self.attempted_murder)
        if (self.intent_increase is None) == any(x is None for x in later):
            raise ValueError("a version has intent_increase (1987-2001) or (b)(1)-(3) and "
                             "(c)(1)-(2) (from 2001), not both")
        if [b.finding for b in self.bases].count("otherwise") != 1:
            raise ValueError("(a) has one base for \"otherwise\"")
        return self


SCHEMAS = {"mass_destruction_weapons": MassDestructionWeapons}
