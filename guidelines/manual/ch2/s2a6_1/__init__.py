"""§2A6.1: threatening or harassing communications; hoaxes; false liens."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A6.1",
    title="Threatening or Harassing Communications; Hoaxes; False Liens",
    rules="ussg.guidelines.manual.ch2.s2a6_1.offense_level",
    table="threatening_communications",
    facts_key="threatening_communications",
    facts="ussg.guidelines.manual.ch2.s2a6_1.facts:ThreateningCommunicationsFacts",
    applies_facts_of="wmd_threat_guideline",  # (c)(1): §2M6.1's facts table beside it
    summary="threatening or harassing communications",
    notes=("entered from Nov. 1, 1987 (1987-2008 derived from Appendix C); (c)(1)'s §2M6.1 "
           "computed from its facts table in the same count (or its level stated)",),
    # the checklist trail: its characteristics and cross reference, each where the edition
    # has it
    checklist=(
        "threatening_communications.intent", "threatening_communications.multiple",
        "threatening_communications.protection_order",
        "threatening_communications.disruption",
        "threatening_communications.public_threat",
        "threatening_communications.single_instance",
        "threatening_communications.wmd_cross_reference"),
)
