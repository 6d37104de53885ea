"""§2B5.2: forgery; offenses involving altered or counterfeit instruments other than
counterfeit bearer obligations of the United States (Nov. 1, 1987 - Oct. 31, 1993: "Apply
§2F1.1 (Fraud and Deceit)."; a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B5.2",
    title="Forgery; Offenses Involving Altered or Counterfeit Instruments Other than "
          "Counterfeit Bearer Obligations of the United States",
    rules="ussg.guidelines.manual.ch2.s2b5_2.offense_level",
    table="forgery_2b5_2",
    shares_facts_of=("2F1.1",),  # [offense.fraud_deceit]
    summary="forgery (1987-1993, through §2F1.1)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: \"Apply §2F1.1 (Fraud and Deceit).\", computed from "
           "§2F1.1's [offense.fraud_deceit]; deleted by consolidation with §2F1.1 "
           "(Amendment 481)",),
)
