"""§2B1.1: larceny, embezzlement and other forms of theft; stolen property; property damage
or destruction; fraud and deceit; forgery (the consolidated guideline, Nov. 1, 2001 on; before
it the theft guideline, whose title the Manual of each edition gives)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B1.1",
    title="Larceny, Embezzlement, and Other Forms of Theft; Offenses Involving Stolen "
          "Property; Property Damage or Destruction; Fraud and Deceit; Forgery; Offenses "
          "Involving Altered or Counterfeit Instruments Other than Counterfeit Bearer "
          "Obligations of the United States",
    rules="ussg.guidelines.manual.ch2.s2b1_1.offense_level",
    table="theft_fraud_base_offense_level",
    facts_key="theft_fraud",
    facts="ussg.guidelines.manual.ch2.s2b1_1.facts:TheftFraudFacts",
    uses_drugs=True,  # (c)(1) into §2D1.1 reads [offense] drugs
    summary="theft, property destruction and fraud (theft alone before Nov. 1, 2001)",
    notes=("from Nov. 1, 2001 computed: (a), every characteristic of (b) and the cross "
           "references of (c), each as the edition words and numbers it (2001-2008 derived "
           "from the amendments) and (d), the 2001-2002 six-month minimum guideline "
           "sentence for 18 U.S.C. § 1030(a)(4) or (5) (the range's minimum raised); the "
           "gain for the loss where the edition's words allow it (2001-2015 derived)",
           "before Nov. 1, 2001 (the theft guideline): (a), (b)(1) and every other "
           "paragraph of each edition from Nov. 1, 1987 (firearms or controlled substances "
           "taken, 1987-1995; financial institutions from 1990), and (c)(1) from Nov. 1, "
           "1995; a gain is refused there (no words on gain in its commentary)"),
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "theft_fraud_loss_table", "theft_fraud_victims", "theft_more_than_minimal_planning",
        "theft_fraud_sophisticated_means", "theft_fraud_financial_institution",
        "theft_fraud_characteristics", "theft_fraud_cross_references",),
)
