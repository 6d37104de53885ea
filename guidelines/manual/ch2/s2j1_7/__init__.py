"""§2J1.7: commission of offense while on release, as the offense guideline of a count under 18
U.S.C. § 3147, Nov. 1, 1987 - Oct. 31, 1989: (a) 6, (b)(1)-(3) by the maximum term of the
offense committed while on release. From Nov. 1, 1989 (Amendment 178) §2J1.7 is an
enhancement of that offense ([adjustments.obstruction] offense_while_on_release)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2J1.7",
    title="Commission of Offense While on Release",
    rules="ussg.guidelines.manual.ch2.s2j1_7.offense_level",
    table="offense_on_release_1987",
    facts_key="offense_on_release_1987",
    facts="ussg.guidelines.manual.ch2.s2j1_7.facts:OffenseOnRelease1987Facts",
    summary="commission of offense while on release, the 1987-1989 offense guideline",
    notes=("Nov. 1, 1987 - Oct. 31, 1989 (refused after: the enhancement, "
           "[adjustments.obstruction] offense_while_on_release)",),
)
