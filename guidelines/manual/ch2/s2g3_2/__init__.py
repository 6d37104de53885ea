"""§2G3.2: obscene telephone communications for a commercial purpose; broadcasting obscene
material (from Nov. 1, 1989; before it, the former §2G3.2, obscene or indecent telephone
communications, level 6)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G3.2",
    title="Obscene Telephone Communications for a Commercial Purpose; Broadcasting Obscene "
          "Material",
    rules="ussg.guidelines.manual.ch2.s2g3_2.offense_level",
    table="obscene_communications",
    facts_key="obscene_communications",
    facts="ussg.guidelines.manual.ch2.s2g3_2.facts:ObsceneCommunicationsFacts",
    summary="obscene telephone communications; broadcasting obscene material",
    notes=("Nov. 1, 1987 - Oct. 31, 1989: the former §2G3.2 (Obscene or Indecent Telephone "
           "Communications), level 6, as Amendment 164 quotes it",),
    # the checklist trail: (b)(1) and (b)(2), where the edition has them
    checklist=("obscene_communications.minor_or_broadcast",
               "obscene_communications.volume_of_commerce"),
)
