"""§2B1.3: property damage or destruction (Nov. 1, 1987 - Oct. 31, 2001; Amendment 617
consolidated it with §2B1.1)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B1.3",
    title="Property Damage or Destruction",
    rules="ussg.guidelines.manual.ch2.s2b1_3.offense_level",
    table="property_damage",
    facts_key="property_damage",
    facts="ussg.guidelines.manual.ch2.s2b1_3.facts:PropertyDamageFacts",
    summary="property damage or destruction (1987-2001)",
    notes=("Nov. 1, 1987 - Oct. 31, 2001: (a), (b)(1) the loss through the §2B1.1 loss table "
           "of the same date, every other paragraph of (b) of each edition, (c)(1) into "
           "§2K1.4 (from 1990; computed from its nested facts, or its level as determined) and (d)(1), the six-month minimum "
           "guideline sentence on a § 1030(a)(5) conviction (1997-2001)",),
)
