"""§2A4.2: demanding or receiving ransom money."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A4.2",
    title="Demanding or Receiving Ransom Money",
    rules="ussg.guidelines.manual.ch2.s2a4_2.offense_level",
    table="ransom_money",
    facts_key="ransom",
    facts="ussg.guidelines.manual.ch2.s2a4_2.facts:RansomFacts",
    summary="demanding or receiving ransom money",
    notes=("entered from Nov. 1, 1987 (1987-1993 derived from Appendix C)",),
    # the checklist trail: its cross reference, where the edition has it
    checklist=("ransom_money.kidnapping_cross_reference",),
)
