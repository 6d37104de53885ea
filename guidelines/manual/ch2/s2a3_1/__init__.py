"""§2A3.1: criminal sexual abuse; attempt to commit criminal sexual abuse."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A3.1",
    title="Criminal Sexual Abuse; Attempt to Commit Criminal Sexual Abuse",
    rules="ussg.guidelines.manual.ch2.s2a3_1.offense_level",
    table="criminal_sexual_abuse",
    facts_key="criminal_sexual_abuse",
    facts="ussg.guidelines.manual.ch2.s2a3_1.facts:CriminalSexualAbuseFacts",
    summary="criminal sexual abuse",
    notes=("entered from Nov. 1, 1987 (1987-2000 derived from Appendix C)",),
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "criminal_sexual_abuse.means", "criminal_sexual_abuse.victim_age",
        "criminal_sexual_abuse.custody", "criminal_sexual_abuse.bodily_injury",
        "criminal_sexual_abuse.abduction", "criminal_sexual_abuse.minor_enticement",
        "criminal_sexual_abuse.murder_cross_reference",
        "criminal_sexual_abuse.production_cross_reference",
        "criminal_sexual_abuse.prison_official"),
)
