"""The case file's ``[offense.military_service_evasion]``: the findings §2M4.1 (Failure to
Register and Evasion of Military Service) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class MilitaryServiceEvasionFacts(Strict):
    """§2M4.1(b)(1): whether persons were being inducted when the offense occurred."""

    persons_being_inducted: bool = Field(
        False, description="§2M4.1(b)(1), +6: the offense occurred at a time when persons were "
        "being inducted for compulsory military service (before Nov. 1, 1990: \"while persons "
        "were being inducted into the armed services\").")
    time_of_war_or_armed_conflict: bool = Field(
        False, description="Nov. 1, 1987 - Oct. 31, 1990 only: the induction was in time of war "
        "or armed conflict, which that edition's (b)(1) excludes (\"other than in time of war or "
        "armed conflict\"). From Nov. 1, 1990 (Amendment 336) (b)(1) does not distinguish it "
        "(1990-2025 comment. (n.1): an upward departure may be warranted, not computed): "
        "true is an error under those editions.")
