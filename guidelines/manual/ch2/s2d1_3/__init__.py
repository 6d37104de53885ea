"""§2D1.3 (Nov. 1, 1987 - Oct. 31, 1989): distributing controlled substances to individuals
younger than twenty-one years, to pregnant women, or within 1000 feet of a school or
college. Amendment 135 (Nov. 1, 1989) deleted it: from then, §2D1.2."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.3",
    title="Distributing Controlled Substances to Individuals Younger than Twenty-One Years, "
          "To Pregnant Women, or Within 1000 Feet of a School or College",
    rules="ussg.guidelines.manual.ch2.s2d1_3.offense_level",
    table="drug_distribution_protected_1987",
    facts_key="protected_distribution",
    facts="ussg.guidelines.manual.ch2.s2d1_3.facts:ProtectedDistributionFacts",
    uses_drugs=True,
    summary="distribution to a pregnant woman, a person under twenty-one or near a school "
            "(1987-1989)",
)
