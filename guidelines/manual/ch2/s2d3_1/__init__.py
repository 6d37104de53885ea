"""§2D3.1: regulatory offenses involving registration numbers; unlawful advertising relating to scheduled substances ("Base Offense Level: 6")."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D3.1",
    title="Regulatory Offenses Involving Registration Numbers; Unlawful Advertising Relating to Scheduled Substances; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d3_1.offense_level",
    table="drug_registration_numbers",
    summary="registration numbers, unlawful advertising",
)
