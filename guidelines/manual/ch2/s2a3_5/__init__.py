"""§2A3.5: failure to register as a sex offender (18 U.S.C. § 2250(a), (b)), from Nov. 1, 2007
(Amendment 701)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A3.5",
    title="Failure to Register as a Sex Offender",
    rules="ussg.guidelines.manual.ch2.s2a3_5.offense_level",
    table="failure_to_register",
    facts_key="failure_to_register",
    facts="ussg.guidelines.manual.ch2.s2a3_5.facts:FailureToRegisterFacts",
    summary="failure to register as a sex offender, from Nov. 1, 2007",
    notes=("entered from Nov. 1, 2007 (Amendments 701 and 711); refused before",),
    # the checklist trail: its characteristics
    checklist=("failure_to_register.offense_while_failing_to_register",
               "failure_to_register.voluntary_correction"),
)
