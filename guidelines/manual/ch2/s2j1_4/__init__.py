"""§2J1.4: impersonation, in every edition from Nov. 1, 1987 ((b)(1) reworded and (c)(1) added
by Amendment 176, Nov. 1, 1989)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.4",
    title="Impersonation",
    rules="ussg.guidelines.manual.ch2.s2j1_4.offense_level",
    table="impersonation",
    facts_key="impersonation",
    applies_facts_of="facilitated_offense_guideline",  # (c)(1): its facts table beside it
    facts="ussg.guidelines.manual.ch2.s2j1_4.facts:ImpersonationFacts",
    uses_drugs=True,  # (c)(1) over a drug offense: §2X1.1 in respect to §2D1.1
    summary="impersonation",
    checklist=("impersonation.purpose", "impersonation.cross_reference"),
    notes=("(c)(1)'s other offense is computed through §2X1.1 (an attempt) from its facts "
           "table in the same count, or its level is stated",),
)
