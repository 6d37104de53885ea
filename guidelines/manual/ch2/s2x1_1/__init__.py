"""§2X1.1: attempt, solicitation, or conspiracy (not covered by a specific offense guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2X1.1",
    title="Attempt, Solicitation, or Conspiracy (Not Covered by a Specific Offense Guideline)",
    rules="ussg.guidelines.manual.ch2.s2x1_1.inchoate",
    table="attempt_solicitation_conspiracy",
    facts_key="inchoate",
    facts="ussg.guidelines.manual.ch2.s2x1_1.facts:InchoateFacts",
    uses_drugs=True,  # a substantive offense under §2D1.1 reads [offense] drugs
    applies_facts_of="substantive_guideline",  # its facts table beside [offense.inchoate]
    summary="attempt, solicitation, conspiracy",
    notes=("the substantive offense is computed under any guideline ussg computes, from its "
           "facts table in the same count; otherwise its level is stated",),
)
