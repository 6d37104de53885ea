"""§2E1.1: unlawful conduct relating to racketeer influenced and corrupt organizations."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E1.1",
    title="Unlawful Conduct Relating to Racketeer Influenced and Corrupt Organizations",
    rules="ussg.guidelines.manual.ch2.s2e1_1.racketeering",
    table="racketeering_rico",
    facts_key="racketeering",
    facts="ussg.guidelines.manual.ch2.s2e1_1.facts:RacketeeringFacts",
    uses_drugs=True,  # an underlying offense under §2D1.1 reads [offense] drugs
    applies_facts_of="underlying_guideline",  # its facts table beside [offense.racketeering]
    summary="RICO",
    notes=("one underlying racketeering offense, computed under any guideline ussg computes "
           "from its facts table in the same count, or its level stated; more than one "
           "(comment. (n.1): each as if a separate count, Chapter Three, Part D) is refused",),
)
