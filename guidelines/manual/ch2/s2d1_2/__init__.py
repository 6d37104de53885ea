"""§2D1.2: drug offenses occurring near protected locations or involving underage or
pregnant individuals."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.2",
    title="Drug Offenses Occurring Near Protected Locations or Involving Underage or "
          "Pregnant Individuals; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_2.offense_level",
    table="drug_protected_location",
    facts_key="protected_location",
    facts="ussg.guidelines.manual.ch2.s2d1_2.facts:ProtectedLocationFacts",
    uses_drugs=True,
    summary="drugs near a protected location or involving an underage or pregnant individual",
    notes=("before Nov. 1, 1989 its text is \"Involving Juveniles\" (the §2D1.1 level of "
           "double or triple the amount; individual_age) and §2D1.3 is its own guideline",),
)
