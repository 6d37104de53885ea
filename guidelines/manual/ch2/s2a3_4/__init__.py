"""§2A3.4: abusive sexual contact or attempt to commit abusive sexual contact."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2A3.4",
    title="Abusive Sexual Contact or Attempt to Commit Abusive Sexual Contact",
    rules="ussg.guidelines.manual.ch2.s2a3_4.offense_level",
    table="abusive_sexual_contact",
    facts_key="abusive_sexual_contact",
    facts="ussg.guidelines.manual.ch2.s2a3_4.facts:AbusiveSexualContactFacts",
    summary="abusive sexual contact",
    notes=("entered from Nov. 1, 1987 (1989-2004 derived from Appendix C); (c)(2) computes "
           "§2A3.2 from Nov. 1, 2000, or takes the §2A3.2 level as stated",),
    # the checklist trail: its characteristics and cross references, each where the edition
    # has it
    checklist=(
        "abusive_sexual_contact.means", "abusive_sexual_contact.under_twelve",
        "abusive_sexual_contact.twelve_to_sixteen", "abusive_sexual_contact.custody",
        "abusive_sexual_contact.misrepresentation", "abusive_sexual_contact.computer",
        "abusive_sexual_contact.chapter_117",
        "abusive_sexual_contact.sexual_abuse_cross_reference",
        "abusive_sexual_contact.statutory_rape_cross_reference"),
)
