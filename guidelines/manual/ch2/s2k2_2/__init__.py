"""§2K2.2 as it stood before the 1991 consolidation (Amendment 374): Nov. 1, 1987 - Oct. 31,
1989 "Receipt, Possession, or Transportation of Firearms and Other Weapons in Violation of
National Firearms Act"; Nov. 1, 1989 - Oct. 31, 1991 "Unlawful Trafficking and Other
Prohibited Transactions Involving Firearms" (Amendment 189). Deleted Nov. 1, 1991."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K2.2",
    title="Unlawful Trafficking and Other Prohibited Transactions Involving Firearms "
          "(Nov. 1, 1989 - Oct. 31, 1991); before Nov. 1, 1989: Receipt, Possession, or "
          "Transportation of Firearms and Other Weapons in Violation of National Firearms Act",
    rules="ussg.guidelines.manual.ch2.s2k2_2.offense_level",
    table="former_firearm_2k2_2",
    facts_key="firearms_2k2_2",
    facts="ussg.guidelines.manual.ch2.s2k2_2.facts:FormerFirearm2K2_2Facts",
    uses_drugs=True,  # (c)(1) of 1987, the other offense under §2D1.1, reads [offense] drugs
    summary="firearms, 1987-1991 (NFA weapons; from 1989 trafficking)",
    notes=("§2K2.2 exists only from Nov. 1, 1987 to Oct. 31, 1991 (deleted by Amendment 374)",),
)
