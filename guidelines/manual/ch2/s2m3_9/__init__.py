"""§2M3.9: disclosure of information identifying a covert agent, in every edition from Nov. 1,
1987: (a)(1) 30, (a)(2) 25, by the access the person who disclosed it had."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.9",
    title="Disclosure of Information Identifying a Covert Agent",
    rules="ussg.guidelines.manual.ch2.s2m3_9.offense_level",
    table="covert_agent_disclosure",
    facts_key="covert_agent_disclosure",
    facts="ussg.guidelines.manual.ch2.s2m3_9.facts:CovertAgentDisclosureFacts",
    summary="disclosure of information identifying a covert agent",
    notes=("a person without authorized access to classified information is outside the "
           "guideline (comment. (n.2): §2X5.1, guideline \"2X5.1\"); the consecutive term of "
           "comment. (n.3) and the departure notes of §2M3.1 are not computed",),
)
