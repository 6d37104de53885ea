"""The facts §2N1.1 (Tampering or Attempting to Tamper Involving Risk of Death or Bodily
Injury) reads: the case file's ``[offense.consumer_product_tampering]``. A finding the edition
in force does not read is refused, naming the amendment (tables/consumer_product_tampering.toml).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2a2_1.facts import AttemptedMurderFacts
from ussg.guidelines.manual.ch2.s2b3_2.facts import ExtortionFacts


class ConsumerProductTamperingFacts(Strict):
    """§2N1.1: the findings (all optional: (a)'s 25 without them)."""

    injury: Literal["permanent_or_life_threatening", "serious", "between"] | None = Field(
        None, description="(b)(1) from Nov. 1, 1991 (Amendment 376): any victim sustained (A) "
        "permanent or life-threatening bodily injury, +4, (B) serious bodily injury, +2, or (C) "
        "a degree between, +3; an error before.")
    death: Literal["intentional_or_knowing", "other"] | None = Field(
        None, description="(c)(1) from Nov. 1, 1991: the offense resulted in death: "
        "\"intentional_or_knowing\" (§2A1.1) or \"other\" (§2A1.2), computed through the "
        "registry; its level replaces the one above; an error before.")
    attempted_murder: AttemptedMurderFacts | None = Field(
        None, description="(c)(2) from Nov. 1, 1991: the offense was tantamount to attempted "
        "murder: the §2A2.1 findings ([offense.attempted_murder]'s keys; an empty table for "
        "none), computed through the registry, applied if greater; an error before.")
    extortion: ExtortionFacts | None = Field(
        None, description="From Nov. 1, 1990 (Amendment 338; (b)(1), then (c)(3) from Nov. 1, "
        "1991): the offense involved extortion: the §2B3.2 findings ([offense.extortion]'s "
        "keys; an empty table for none), computed through the registry, applied if greater; an "
        "error before.")
