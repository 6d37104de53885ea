"""§2A2.4: obstructing or impeding officers, in every edition from Oct. 15, 1988 (Amendment
64)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A2.4",
    title="Obstructing or Impeding Officers",
    rules="ussg.guidelines.manual.ch2.s2a2_4.offense_level",
    table="obstructing_officers",
    facts_key="obstructing_officers",
    facts="ussg.guidelines.manual.ch2.s2a2_4.facts:ObstructingOfficersFacts",
    summary="obstructing or impeding officers",
    notes=("entered from Oct. 15, 1988 (1988-2004 derived from Appendix C); the §3A1.2 note "
           "is applied to the adjustment the case states",),
    # the checklist trail: its characteristics and cross reference, each where the edition
    # has it
    checklist=("obstructing_officers.contact", "obstructing_officers.bodily_injury",
               "obstructing_officers.cross_reference"),
)
