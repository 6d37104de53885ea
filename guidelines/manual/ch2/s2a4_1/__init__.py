"""§2A4.1: kidnapping, abduction, unlawful restraint."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A4.1",
    title="Kidnapping, Abduction, Unlawful Restraint",
    rules="ussg.guidelines.manual.ch2.s2a4_1.offense_level",
    table="kidnapping",
    facts_key="kidnapping",
    facts="ussg.guidelines.manual.ch2.s2a4_1.facts:KidnappingFacts",
    uses_drugs=True,  # (b)(7) (before Nov. 1, 1991 (b)(5)) into §2D1.1 reads [offense] drugs
    applies_facts_of="other_offense_guideline",  # its facts table beside [offense.kidnapping]
    summary="kidnapping, abduction, unlawful restraint",
    notes=("entered from Nov. 1, 1987 (before Oct. 27, 2003 derived from Appendix C); the "
           "other offense of (b)(7) is computed under any guideline ussg computes, from its "
           "facts table in the same count, otherwise its level is stated",),
    # the checklist trail: its characteristics and cross reference, each where the edition has it
    checklist=(
        "kidnapping.ransom", "kidnapping.bodily_injury", "kidnapping.weapon",
        "kidnapping.release", "kidnapping.sexual_exploitation", "kidnapping.minor_placed",
        "kidnapping.other_offense", "kidnapping.murder_cross_reference"),
)
