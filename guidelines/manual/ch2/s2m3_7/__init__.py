"""§2M3.7: unauthorized disclosure to foreign government or a communist organization of classified information by government employee, Nov. 1, 1987 - Oct. 31, 1993 (deleted by
consolidation with §2M3.3, Amendment 481): (a)(1) 29 if top secret information was disclosed, (a)(2)
24 otherwise; it reads §2M3.3's facts table (top_secret)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2M3.7",
    title="Unauthorized Disclosure to Foreign Government or a Communist Organization of Classified Information by Government Employee",
    rules="ussg.guidelines.manual.ch2.s2m3_7.offense_level",
    table="classified_disclosure_by_employee_1987",
    shares_facts_of=("2M3.3",),
    summary="unauthorized disclosure of classified information by a government employee (1987-1993), facts in [offense.defense_information_transmitting]",
    notes=("Nov. 1, 1987 - Oct. 31, 1993 (refused after: §2M3.3); reads §2M3.3's facts table",),
)
