"""§2B2.3: trespass, in every edition from Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B2.3",
    title="Trespass",
    rules="ussg.guidelines.manual.ch2.s2b2_3.offense_level",
    table="trespass",
    facts_key="trespass",
    facts="ussg.guidelines.manual.ch2.s2b2_3.facts:TrespassFacts",
    uses_drugs=True,  # (c)(1)'s felony may be §2D1.1's, from [offense] drugs
    summary="trespass",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 2015 derived from Appendix C); (b)(1) the "
           "locations each edition lists; (b)(3) the protected-computer loss through the §2F1.1 "
           "(until Oct. 31, 2001) or §2B1.1 loss table of the same date; (c)(1) §2X1.1 in "
           "respect to the felony intended (from Nov. 1, 2002), if greater",),
    checklist=("trespass.locations", "trespass.weapon", "trespass.computer",
               "trespass.cross_reference"),
)
