"""§2L2.2: fraudulently acquiring documents relating to naturalization, citizenship, or legal
resident status for own use; false personation or fraudulent marriage by alien; fraudulently
acquiring or improperly using a United States passport."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L2.2",
    title="Fraudulently Acquiring Documents Relating to Naturalization, Citizenship, or Legal "
          "Resident Status for Own Use; False Personation or Fraudulent Marriage by Alien to "
          "Evade Immigration Law; Fraudulently Acquiring or Improperly Using a United States "
          "Passport",
    rules="ussg.guidelines.manual.ch2.s2l2_2.offense_level",
    table="document_own_use",
    facts_key="document_own_use",
    facts="ussg.guidelines.manual.ch2.s2l2_2.facts:DocumentOwnUseFacts",
    summary="immigration documents for own use",
    notes=("from Nov. 1, 1987",
           "the (c)(1) cross reference (§2X1.1 for a felony committed with the passport or "
           "visa, or a homicide guideline) is not computed: such a case is refused"),
)
