"""§2A3.3: criminal sexual abuse of a ward or attempt to commit such acts; criminal sexual
abuse of an individual in federal custody."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A3.3",
    title="Criminal Sexual Abuse of a Ward or Attempt to Commit Such Acts; Criminal Sexual "
          "Abuse of an Individual in Federal Custody",
    rules="ussg.guidelines.manual.ch2.s2a3_3.offense_level",
    table="sexual_abuse_of_ward",
    facts_key="sexual_abuse_of_ward",
    facts="ussg.guidelines.manual.ch2.s2a3_3.facts:SexualAbuseOfWardFacts",
    summary="sexual abuse of a ward",
    notes=("entered from Nov. 1, 1987 (1987, 2000 and 2004 derived from Appendix C); 2023 "
           "from Amendment 816 and the 2025 Manual",),
    # the checklist trail: its characteristics and cross reference, each where the edition
    # has it
    checklist=(
        "sexual_abuse_of_ward.misrepresentation", "sexual_abuse_of_ward.computer",
        "sexual_abuse_of_ward.sexual_abuse_cross_reference"),
)
