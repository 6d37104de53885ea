"""§2A1.3: voluntary manslaughter."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A1.3",
    title="Voluntary Manslaughter",
    rules="ussg.guidelines.manual.ch2.s2a1_3.offense_level",
    table="voluntary_manslaughter",
    summary="voluntary manslaughter",
)
