"""§2C1.3: conflict of interest (from Nov. 1, 2001 also payment or receipt of unauthorized
compensation, §2C1.4 before), in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2C1.3",
    title="Conflict of Interest; Payment or Receipt of Unauthorized Compensation",
    rules="ussg.guidelines.manual.ch2.s2c1_3.offense_level",
    table="conflict_of_interest",
    facts_key="conflict_of_interest",
    applies_facts_of="bribe_or_gratuity",  # (c)(1): its facts table beside [offense.conflict_of_interest]
    facts="ussg.guidelines.manual.ch2.s2c1_3.facts:ConflictOfInterestFacts",
    summary="conflict of interest; unauthorized compensation",
    checklist=("conflict_of_interest.harm_to_government", "conflict_of_interest.cross_reference"),
    notes=("(c)(1)'s §2C1.1 or §2C1.2 is computed from its own facts table in the same count "
           "([offense.bribery] or [offense.gratuity])",),
)
