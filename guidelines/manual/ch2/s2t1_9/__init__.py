"""§2T1.9: conspiracy to impede, impair, obstruct, or defeat tax (the greater of the §2T1.1 or
§2T1.4 level, before Nov. 1, 1993 §2T1.1 or §2T1.3, and 10; (b)(1) violence, (b)(2)
encouraging others)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.9",
    title="Conspiracy to Impede, Impair, Obstruct, or Defeat Tax",
    rules="ussg.guidelines.manual.ch2.s2t1_9.offense_level",
    table="tax_conspiracy",
    facts_key="tax_conspiracy",
    facts="ussg.guidelines.manual.ch2.s2t1_9.facts:TaxConspiracyFacts",
    applies_facts_of="underlying_guideline",  # (a)(1): [offense.tax_evasion], [.tax_aiding]
    summary="conspiracy to impede, impair, obstruct, or defeat tax",
    notes=("(a)(1)'s guideline (\"as appropriate\") is the case's choice: computed from its "
           "facts table in the same count, or its level stated",),
    checklist=("tax_conspiracy.violence", "tax_conspiracy.encouraging"),
)
