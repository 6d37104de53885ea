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
    summary="theft, property destruction and fraud (theft alone before Nov. 1, 2001)",
    notes=("from Nov. 1, 2001 computed: (a), (b)(1) loss, (b)(2) victims, the "
           "sophisticated-means paragraph and the financial-institution paragraph ((A)-(D)); "
           "the other characteristics and the cross references are not",
           "before Nov. 1, 2001 (the theft guideline): (a), (b)(1) and more than minimal "
           "planning only"),
)
