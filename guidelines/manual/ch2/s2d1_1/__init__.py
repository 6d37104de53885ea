"""§2D1.1: unlawful manufacturing, importing, exporting, or trafficking (drugs)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.1",
    title="Unlawful Manufacturing, Importing, Exporting, or Trafficking (Including Possession "
          "with Intent to Commit These Offenses); Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_1.offense_level",
    uses_drugs=True,
    summary="drug trafficking",
)
