"""§2J1.3: perjury or subornation of perjury; bribery of witness (bribery of a witness from
Nov. 1, 1993: §2J1.8 before), in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.3",
    title="Perjury or Subornation of Perjury; Bribery of Witness",
    rules="ussg.guidelines.manual.ch2.s2j1_3.perjury",
    table="perjury",
    facts_key="perjury",
    facts="ussg.guidelines.manual.ch2.s2j1_3.facts:PerjuryFacts",
    uses_drugs=True,  # (c)(1) over a drug offense: §2D1.1 from [offense] drugs
    summary="perjury",
    # the checklist trail: its characteristics and cross reference
    checklist=("perjury.injury", "perjury.substantial_interference", "perjury.cross_reference"),
    notes=("(d)(1)'s special instruction (from Nov. 1, 1991: perjury counts from separate "
           "proceedings are not grouped) is the case's to follow in its groups",
           "(c)(1)'s offense is computed under a guideline ussg computes without a facts table "
           "of its own (§2D1.1 from [offense] drugs), otherwise its level is stated"),
)
