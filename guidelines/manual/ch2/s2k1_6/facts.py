"""The case file's ``[offense.explosives_2k1_6]``: the facts §2K1.6 of Nov. 1, 1987 - Oct. 31,
1991 reads. A fact the edition's §2K1.6 does not have is refused under it
(guidelines/manual/ch2/s2k1_6/offense_level.py)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2k2_1.other_offense import OtherOffense


class FormerExplosives2K1_6Facts(Strict):
    """§2K1.6 (Shipping, Transporting, or Receiving Explosives with Felonious Intent or
    Knowledge; Using or Carrying Explosives in Certain Crimes) as it stood Nov. 1, 1987 -
    Oct. 31, 1991."""

    other_offense: OtherOffense | None = Field(
        None, description="(a)(2): the defendant committed the offense with intent to commit "
        "another offense against a person or property: that offense, to which §2X1.1 is "
        "applied ([offense.explosives_2k1_6.other_offense], the keys of §2K2.1's; its "
        "death_resulted is refused: give homicide_offense_level).")
    homicide_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="(a)(3), from Nov. 1, 1990 (Amendment 331): death resulted: the "
        "offense level under the most analogous guideline from Chapter Two, Part A, Subpart 1 "
        "(Homicide), as determined (ussg does not compute it here).")
