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
    summary="attempt, solicitation, conspiracy",
    notes=("the substantive offense is computed when its guideline takes no facts table of "
           "its own (§2D1.1); otherwise its level is stated",),
)
