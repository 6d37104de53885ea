"""§2C1.1: offering, giving, soliciting, or receiving a bribe; extortion under color of
official right; honest-services fraud of public officials; conspiracy to defraud by
interference with governmental functions."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2C1.1",
    title="Offering, Giving, Soliciting, or Receiving a Bribe; Extortion Under Color of "
          "Official Right; Fraud Involving the Deprivation of the Intangible Right to Honest "
          "Services of Public Officials; Conspiracy to Defraud by Interference with "
          "Governmental Functions",
    rules="ussg.guidelines.manual.ch2.s2c1_1.offense_level",
    table="bribery",
    facts_key="bribery",
    facts="ussg.guidelines.manual.ch2.s2c1_1.facts:BriberyFacts",
    summary="bribery",
    uses_drugs=True,  # (c)(1) into §2D1.1 (a bribe to let cocaine through): [offense] drugs
    notes=("(d) (fines for organizations) is not applied: ussg sentences individuals",),
    checklist=("bribery.more_than_one", "bribery.value", "bribery.high_level",
               "bribery.facilitated", "bribery.accessory_cross_reference",
               "bribery.facilitating_cross_reference", "bribery.concealing_cross_reference",
               "bribery.threat_cross_reference"),
)
