"""The shape of §2L1.1's table (tables/alien_smuggling.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2l2_1.table_schemas import Row


class AlienSmuggling(Common):
    base_security: int  # (a)(1) § 1327, alien inadmissible under 8 U.S.C. § 1182(a)(3)
    base_aggravated_felon: int  # (a)(2) § 1327, alien deported after an aggravated felony
    base_otherwise: int  # (a)(3)
    text_a: str
    profit_decrease: int
    text_b1: str
    aliens: list[Row]
    felony_prior: int
    felony_priors: int
    minor: int
    text_b4: str
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
    detained: int
    detained_floor: int
    prostitution: int | None = None  # (b)(8)(B), Nov. 1, 2009 on
    prostitution_minor: int | None = None
    convicted_1324a4: int
    text_c1: str


SCHEMAS = {"alien_smuggling": AlienSmuggling}
