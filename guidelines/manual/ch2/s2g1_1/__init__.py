"""§2G1.1: promoting a commercial sex act or prohibited sexual conduct with an individual other
than a minor (before Nov. 1, 2004 with a minor too; before Nov. 1, 1996 transportation for the
purpose of prostitution or prohibited sexual conduct)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2G1.1",
    title="Promoting a Commercial Sex Act or Prohibited Sexual Conduct with an Individual "
          "Other than a Minor",
    rules="ussg.guidelines.manual.ch2.s2g1_1.offense_level",
    table="commercial_sex",
    facts_key="commercial_sex",
    facts="ussg.guidelines.manual.ch2.s2g1_1.facts:CommercialSexFacts",
    summary="promoting a commercial sex act",
    notes=("entered from Nov. 1, 1987; Nov. 1, 1996 - Oct. 31, 2000 and Nov. 1, 2023 - Oct. "
           "31, 2025 refused (Amendments 538 and 815 not read)",),
    # the checklist trail: its characteristics, cross references and special instruction,
    # each where the edition has it
    checklist=(
        "commercial_sex.force", "commercial_sex.age", "commercial_sex.custodian",
        "commercial_sex.influence", "commercial_sex.computer",
        "commercial_sex.production_cross_reference",
        "commercial_sex.sexual_abuse_cross_reference",
        "commercial_sex.minor_abuse_cross_reference", "commercial_sex.special_instruction"),
)
