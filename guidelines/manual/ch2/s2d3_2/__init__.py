"""§2D3.2: regulatory offenses involving controlled substances or listed chemicals ("Base Offense Level: 4")."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D3.2",
    title="Regulatory Offenses Involving Controlled Substances or Listed Chemicals; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d3_2.offense_level",
    table="drug_regulatory_offenses",
    summary="regulatory offenses",
)
