"""The facts §2N1.2 (Providing False Information or Threatening to Tamper with Consumer
Products) reads: the case file's ``[offense.tampering_threat]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2b3_2.facts import ExtortionFacts


class TamperingThreatFacts(Strict):
    """§2N1.2: the finding (optional: (a)'s 16 without it)."""

    extortion: ExtortionFacts | None = Field(
        None, description="The offense involved extortion: the §2B3.2 findings "
        "([offense.extortion]'s keys; an empty table for none), computed through the registry: "
        "before Nov. 1, 1990 (a)(2), the greater of it and 16; from then (Amendment 339) "
        "(b)(1) \"apply §2B3.2\", its level replacing 16.")
