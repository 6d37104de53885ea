"""§2D1.1: unlawful manufacturing, importing, exporting, or trafficking (drugs)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.1",
    title="Unlawful Manufacturing, Importing, Exporting, or Trafficking (Including Possession "
          "with Intent to Commit These Offenses); Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_1.offense_level",
    uses_drugs=True,
    summary="drug trafficking",
    # the checklist trail: §2D1.1(a)'s death-or-injury levels and mitigating-role cap, (b)'s
    # characteristics and (d)'s cross references, as the edition applied numbers them
    checklist=(
        "drug_death_or_injury", "mitigating_role_cap", "dangerous_weapon", "drug_violence",
        "drug_aircraft_or_vessel", "drug_prison", "drug_amphetamine_importation",
        "drug_conviction_865", "drug_mass_marketing", "drug_steroid_masking_agent",
        "drug_steroid_athlete", "drug_conviction_841g", "drug_bribery", "drug_premises",
        "drug_fentanyl_misrepresentation", "drug_hazards", "drug_marihuana_cultivation",
        "drug_aggravating_role_factors", "drug_minimal_role_factors", "drug_safety_valve",
        "drug_murder_cross_reference", "drug_crime_of_violence_cross_reference"),
)
