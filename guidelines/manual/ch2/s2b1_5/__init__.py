"""§2B1.5: theft of, damage to, or destruction of, cultural heritage resources or
paleontological resources; unlawful sale, purchase, exchange, transportation, or receipt of
them, from Nov. 1, 2002 (Amendment 638)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B1.5",
    title="Theft of, Damage to, or Destruction of, Cultural Heritage Resources or "
          "Paleontological Resources; Unlawful Sale, Purchase, Exchange, Transportation, or "
          "Receipt of Cultural Heritage Resources or Paleontological Resources",
    rules="ussg.guidelines.manual.ch2.s2b1_5.offense_level",
    table="cultural_heritage",
    facts_key="cultural_heritage",
    facts="ussg.guidelines.manual.ch2.s2b1_5.facts:CulturalHeritageFacts",
    summary="cultural heritage or paleontological resources (from 2002)",
    notes=("from Nov. 1, 2002 (Amendment 638): (a) 8, (b)(1) the value through the §2B1.1 "
           "loss table of the same date, (b)(2)-(6) as each edition words them, (c)(1) into "
           "§2K1.4 (through the registry from nested facts, or its level as determined) if "
           "greater; a paleontological resource from Nov. 1, 2010 (Amendment 745)",),
    checklist=("cultural_heritage.value", "cultural_heritage.place",
               "cultural_heritage.resource", "cultural_heritage.commercial",
               "cultural_heritage.pattern", "cultural_heritage.weapon",
               "cultural_heritage.arson"),
)
