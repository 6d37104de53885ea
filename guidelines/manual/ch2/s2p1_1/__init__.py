"""§2P1.1: escape, instigating or assisting escape (18 U.S.C. §§ 751, 752, 755; 28 U.S.C.
§ 1826), in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2P1.1",
    title="Escape, Instigating or Assisting Escape",
    rules="ussg.guidelines.manual.ch2.s2p1_1.offense_level",
    table="escape",
    facts_key="escape",
    facts="ussg.guidelines.manual.ch2.s2p1_1.facts:EscapeFacts",
    summary="escape",
    # the checklist trail: its characteristics, each where the edition has it
    checklist=("escape.force", "escape.returned", "escape.community_corrections",
               "escape.officer"),
    notes=("comment. (n.5)/(n.4)'s criminal history points (the sentence being served, custody "
           "status) come from the case's priors as stated",),
)
