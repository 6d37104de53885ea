"""§2L2.4: fraudulently acquiring or improperly using a United States passport (Nov. 1, 1987 -
Oct. 31, 1993; Amendment 481 consolidated it with §2L2.2)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L2.4",
    title="Fraudulently Acquiring or Improperly Using a United States Passport",
    rules="ussg.guidelines.manual.ch2.s2l2_4.offense_level",
    table="passport_misuse",
    facts_key="passport_misuse",
    facts="ussg.guidelines.manual.ch2.s2l2_4.facts:PassportMisuseFacts",
    summary="United States passport misuse (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993",),
)
