"""Chapter Two, Part D guidelines whose offense level is one number in every edition:
§2D2.2 (8), §2D3.1 (6), §2D3.2 (4). (§2D1.9, 23, has its own package.)"""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

_RULES = "ussg.guidelines.manual.ch2.part_d_fixed.offense_level"

GUIDELINES = (
    OffenseGuideline(
        section="2D2.2",
        title="Acquiring a Controlled Substance by Forgery, Fraud, Deception, or Subterfuge; "
              "Attempt or Conspiracy",
        rules=_RULES, table="drug_acquired_by_fraud",
        summary="acquiring a controlled substance by fraud"),
    OffenseGuideline(
        section="2D3.1",
        title="Regulatory Offenses Involving Registration Numbers; Unlawful Advertising "
              "Relating to Scheduled Substances; Attempt or Conspiracy",
        rules=_RULES, table="drug_registration_numbers",
        summary="registration numbers, unlawful advertising"),
    OffenseGuideline(
        section="2D3.2",
        title="Regulatory Offenses Involving Controlled Substances or Listed Chemicals; "
              "Attempt or Conspiracy",
        rules=_RULES, table="drug_regulatory_offenses",
        summary="regulatory offenses"),
)
