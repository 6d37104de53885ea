"""§2L2.1: trafficking in a document relating to naturalization, citizenship, or legal
resident status, or a United States passport."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2L2.1",
    title="Trafficking in a Document Relating to Naturalization, Citizenship, or Legal Resident "
          "Status, or a United States Passport; False Statement in Respect to the Citizenship or "
          "Immigration Status of Another; Fraudulent Marriage to Assist Alien to Evade "
          "Immigration Law",
    rules="ussg.guidelines.manual.ch2.s2l2_1.offense_level",
    table="document_trafficking",
    facts_key="document_trafficking",
    facts="ussg.guidelines.manual.ch2.s2l2_1.facts:DocumentTraffickingFacts",
    summary="immigration document trafficking",
    notes=("from Nov. 1, 1987",),
)
