"""§2K2.1: unlawful receipt, possession, or transportation of firearms or ammunition."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K2.1",
    title="Unlawful Receipt, Possession, or Transportation of Firearms or Ammunition; "
          "Prohibited Transactions Involving Firearms or Ammunition",
    rules="ussg.guidelines.manual.ch2.s2k2_1.offense_level",
    table="firearm_offense",
    facts_key="firearms",
    facts="ussg.guidelines.manual.ch2.s2k2_1.facts:FirearmFacts",
    uses_drugs=True,  # (c)(1) into §2D1.1: the other offense's drugs are [offense] drugs
    summary="firearms",
    notes=("§2K2.1 is computed under every Manual from Nov. 1, 1987; before Nov. 1, 1991 it is "
           "the guideline Amendment 374 replaced, with other facts (README, Known gaps)",),
    # the checklist trail: its characteristics and cross references, each where the edition has it
    checklist=(
        "firearm_offense.number_of_firearms", "firearm_offense.lawful_sporting",
        "firearm_offense.destructive_device", "firearm_offense.stolen", "firearm_offense.serial_number",
        "firearm_offense.machinegun_conversion", "firearm_offense.trafficking",
        "firearm_offense.another_felony", "firearm_offense.recordkeeping",
        "firearm_offense.criminal_group", "firearm_offense.reduced_culpability",
        "firearm_offense.cross_reference",),
)
