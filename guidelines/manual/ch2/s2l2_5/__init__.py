"""§2L2.5: failure to surrender canceled naturalization certificate, in every edition from
Nov. 1, 1987 (never amended): "(a) Base Offense Level: 6"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L2.5",
    title="Failure to Surrender Canceled Naturalization Certificate",
    rules="ussg.guidelines.manual.ch2.s2l2_5.offense_level",
    table="canceled_naturalization_certificate",
    summary="failure to surrender canceled naturalization certificate",
)
