"""§2E3.3: other gambling offenses (Nov. 1, 1987 - Oct. 31, 1993; a deleted guideline, read
from its successor §2E3.1's facts table)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E3.3",
    title="Other Gambling Offenses",
    rules="ussg.guidelines.manual.ch2.s2e3_3.offense_level",
    table="other_gambling_2e3_3",
    shares_facts_of=("2E3.1",),  # [offense.gambling]
    summary="other gambling offenses (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: (a) 6, (b)(1) +6 for a commercial gambling operation "
           "(§2E3.1's [offense.gambling] gambling_conduct); deleted by consolidation with "
           "§2E3.1 (Amendment 481)",),
    checklist=("other_gambling_2e3_3.commercial_gambling",),
)
