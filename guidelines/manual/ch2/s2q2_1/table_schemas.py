"""The schema of §2Q2.1's table (tables/wildlife.toml), checked when it is loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import Kinds, NotInEdition
# (b)(3)(A) has §2B5.1(b)(1)'s shape: the loss table of §2F1.1 or §2B1.1 over an amount, from
# 2001 one level in a band below it
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue


class CulturalHeritageReference(Closed):
    """(c)(1) from Nov. 1, 2002: §2B1.5 for the resources it names, if greater."""

    paragraph: str
    resources: list[Literal["cultural_heritage", "paleontological"]] = Field(min_length=1)
    text: str


class Wildlife(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    commercial: Kinds  # (b)(1)
    quarantine: Kinds  # (b)(2)
    greater_text: str  # (b)(3)'s opening words
    market_value: FaceValue  # (b)(3)(A)
    protected: Kinds  # (b)(3)(B)
    cultural_heritage: CulturalHeritageReference | NotInEdition  # (c)(1) from 2002


SCHEMAS = {"wildlife": Wildlife}
