"""The shape of §2L1.1's table (tables/alien_smuggling.toml)."""

from __future__ import annotations

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.s2l2_1.table_schemas import Row


class Paragraphs(Closed):
    """Where each provision stands in the version (they moved with Amendment 692, 2006)."""

    a_security: str | None = None
    a_aggravated: str
    a_otherwise: str
    weapon: str
    risk: str
    injury: str
    injury_labels: list[str]  # the (b)(7) lines: ["(A)", ...] or ["(1)", ...]
    cross: str


class AlienSmuggling(Common):
    paragraph: Paragraphs
    cross_reference: Literal["homicide_if_greater", "murder"]
    base_security: int | None = None  # (a)(1) § 1327, alien inadmissible under § 1182(a)(3)
    base_aggravated_felon: int  # (a)(2) § 1327, alien deported after an aggravated felony
    base_otherwise: int  # (a)(3)
    text_a: str
    profit_decrease: int
    text_b1: str
    aliens: list[Row]
    felony_prior: int
    felony_priors: int
    minor: int | None = None  # (b)(4), Nov. 1, 2006 on
    text_b4: str | None = None
    discharged: int
    discharged_floor: int
    brandished: int
    brandished_floor: int
    possessed: int
    possessed_floor: int
    risk: int
    risk_floor: int
    bodily_injury: int
    serious_bodily_injury: int
    permanent_or_life_threatening_bodily_injury: int
    death: int
    detained: int | None = None  # (b)(8)(A), Nov. 1, 2006 on
    detained_floor: int | None = None
    prostitution: int | None = None  # (b)(8)(B), Nov. 1, 2009 on
    prostitution_minor: int | None = None
    convicted_1324a4: int | None = None  # (b)(9), Nov. 1, 2006 on
    text_c1: str


SCHEMAS = {"alien_smuggling": AlienSmuggling}
