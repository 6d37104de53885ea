"""The case file's ``[offense.gambling]``: the facts §2E3.1 (Gambling Offenses; Animal
Fighting Offenses) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class GamblingFacts(Strict):
    """§2E3.1 (Engaging in a Gambling Business, 1987-1993; Gambling Offenses; from Nov. 1,
    2008 also Animal Fighting Offenses)."""

    gambling_conduct: Literal["gambling_business", "wagering_information",
                              "commercial_gambling_operation"] | None = Field(
        None, description="(a)(1) (from Nov. 1, 2016 (a)(2)), 12: the offense was "
        "\"gambling_business\" ((A) engaging in a gambling business), "
        "\"wagering_information\" ((B) transmission of wagering information) or "
        "\"commercial_gambling_operation\" ((C) committed as part of, or to facilitate, a "
        "commercial gambling operation). Before Nov. 1, 1993 §2E3.1 is engaging in a gambling "
        "business alone (12 in every case); (B) and (C) are refused then (§§2E3.2, 2E3.3).")
    animal_fighting_venture: bool = Field(
        False, description="From Nov. 1, 2008 (Amendment 721; refused before): the offense "
        "involved an animal fighting venture (7 U.S.C. § 2156, comment. (n.1)): (a)(2) 10, "
        "from Nov. 1, 2016 (Amendment 800) (a)(1) 16, except as provided in (a)(3).")
    convicted_7_usc_2156_a_2_b: bool = Field(
        False, description="From Nov. 1, 2016 (Amendment 800; refused before): the defendant "
        "was convicted under 7 U.S.C. § 2156(a)(2)(B) (causing an individual under 16 to "
        "attend an animal fight): (a)(3) 10, and (a)(1) does not apply.")
