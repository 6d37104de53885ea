"""§2N1.3: tampering with intent to injure business, in every edition from Nov. 1, 1987: "(a)
Base Offense Level: 12"."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2N1.3",
    title="Tampering With Intent to Injure Business",
    rules="ussg.guidelines.manual.ch2.s2n1_3.offense_level",
    table="tampering_to_injure_business",
    summary="tampering with intent to injure business",
    notes=("entered from Nov. 1, 1987 (before Nov. 1, 2025 derived); comment. (n.1)'s upward "
           "departure (to Oct. 31, 2025) is not computed",),
)
