"""§2E1.5: Hobbs Act extortion or robbery (Nov. 1, 1987 - Oct. 31, 1993: the robbery or
extortion guideline, as applicable; a deleted guideline)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2E1.5",
    title="Hobbs Act Extortion or Robbery",
    rules="ussg.guidelines.manual.ch2.s2e1_5.offense_level",
    table="hobbs_act_2e1_5",
    # [offense.robbery], [offense.extortion], [offense.blackmail], [offense.bribery]: one
    shares_facts_of=("2B3.1", "2B3.2", "2B3.3", "2C1.1"),
    summary="Hobbs Act extortion or robbery (1987-1993)",
    notes=("Nov. 1, 1987 - Oct. 31, 1993: §2B3.1, §2B3.2, §2B3.3 or §2C1.1, as applicable, "
           "computed from that guideline's facts table in the count (one of the four); "
           "deleted by consolidation with them (Amendment 481)",),
)
