"""§2E4.1: unlawful conduct relating to contraband cigarettes and smokeless tobacco (Nov. 1,
1987 on)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E4.1",
    title="Unlawful Conduct Relating to Contraband Cigarettes and Smokeless Tobacco",
    rules="ussg.guidelines.manual.ch2.s2e4_1.offense_level",
    table="contraband_cigarettes",
    facts_key="contraband_cigarettes",
    facts="ussg.guidelines.manual.ch2.s2e4_1.facts:ContrabandCigarettesFacts",
    summary="contraband cigarettes and smokeless tobacco",
    notes=("Nov. 1, 1987 on: (a) the greater of 9 and the §2T4.1 Tax Table level of the same "
           "date for the tax evaded (state, from Nov. 1, 2008 state and local, excise taxes)",),
)
