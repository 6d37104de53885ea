"""§2B5.3: criminal infringement of copyright (from Nov. 1, 1993 "or Trademark", Amendment
481), in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B5.3",
    title="Criminal Infringement of Copyright or Trademark",
    rules="ussg.guidelines.manual.ch2.s2b5_3.offense_level",
    table="copyright_trademark",
    facts_key="copyright_trademark",
    facts="ussg.guidelines.manual.ch2.s2b5_3.facts:CopyrightTrademarkFacts",
    summary="criminal infringement of copyright or trademark",
    notes=("(a) 6, from May 1, 2000 8; (b)(1) the retail value of the infringing items (from "
           "May 1, 2000 the infringement amount) through the §2F1.1 (until Oct. 31, 2001) or "
           "§2B1.1 loss table of the same date; the characteristics by edition",),
    # the checklist trail: its characteristics, each where the edition has it
    checklist=("copyright_trademark.infringement_amount", "copyright_trademark.pre_release",
               "copyright_trademark.manufacture", "copyright_trademark.not_for_profit",
               "copyright_trademark.counterfeit_drug", "copyright_trademark.risk_or_weapon",
               "copyright_trademark.military"),
)
