"""§2A3.2: criminal sexual abuse of a minor under the age of sixteen years (statutory rape) or
attempt to commit such acts."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A3.2",
    title="Criminal Sexual Abuse of a Minor Under the Age of Sixteen Years (Statutory Rape) or "
          "Attempt to Commit Such Acts",
    rules="ussg.guidelines.manual.ch2.s2a3_2.offense_level",
    table="statutory_rape",
    facts_key="statutory_rape",
    facts="ussg.guidelines.manual.ch2.s2a3_2.facts:StatutoryRapeFacts",
    summary="statutory rape",
    notes=("entered from Nov. 1, 2000 (the 1987-2000 text is not in the reference: refused); "
           "2001 derived from Amendments 615 and 664",),
    # the checklist trail: its characteristics and cross reference, each where the edition
    # has it
    checklist=(
        "statutory_rape.custody", "statutory_rape.influence", "statutory_rape.computer",
        "statutory_rape.decrease", "statutory_rape.sexual_abuse_cross_reference"),
)
