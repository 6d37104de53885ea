"""§2E1.4: use of interstate commerce facilities in the commission of murder-for-hire."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E1.4",
    title="Use of Interstate Commerce Facilities in the Commission of Murder-For-Hire",
    rules="ussg.guidelines.manual.ch2.s2e1_4.murder_for_hire",
    table="murder_for_hire",
    facts_key="murder_for_hire",
    facts="ussg.guidelines.manual.ch2.s2e1_2.facts:MurderForHireFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.murder_for_hire]
    summary="murder-for-hire (interstate commerce facilities)",
    notes=("the underlying unlawful conduct is computed under any guideline ussg computes "
           "from its facts table in the same count, or its level stated",),
)
