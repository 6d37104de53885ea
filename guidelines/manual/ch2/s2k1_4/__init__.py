"""§2K1.4: arson; property damage by use of explosives."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K1.4",
    title="Arson; Property Damage by Use of Explosives",
    rules="ussg.guidelines.manual.ch2.s2k1_4.offense_level",
    table="arson",
    facts_key="arson",
    facts="ussg.guidelines.manual.ch2.s2k1_4.facts:ArsonFacts",
    summary="arson; property damage by use of explosives",
    notes=("entered from Nov. 1, 1987 (1987, Nov. 1, 1990 - Oct. 31, 2007 and Nov. 1, 2024 - "
           "Oct. 31, 2025 derived); the §2B1.1, §2B1.3 and §2F1.1 levels and the Part A "
           "guideline of (c)(1) computed through the registry from tables nested in "
           "[offense.arson], or a Part A level stated",),
    checklist=("arson.conceal", "arson.national_cemetery", "arson.part_a",
               "arson.property_cross_reference"),
)
