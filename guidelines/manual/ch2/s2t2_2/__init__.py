"""§2T2.2: regulatory offenses (alcohol and tobacco taxes; "Base Offense Level: 4")."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T2.2",
    title="Regulatory Offenses",
    rules="ussg.guidelines.manual.ch2.s2t2_2.offense_level",
    table="alcohol_tobacco_regulatory",
    summary="alcohol and tobacco tax regulatory offenses",
)
