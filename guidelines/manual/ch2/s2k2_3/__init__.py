"""§2K2.3 as it stood before the 1991 consolidation (Amendment 374): Nov. 1, 1987 - Oct. 31,
1989 "Prohibited Transactions in or Shipment of Firearms and Other Weapons"; Nov. 1, 1989 -
Oct. 31, 1991 "Receiving, Transporting, Shipping or Transferring a Firearm or Ammunition With
Intent to Commit Another Offense, or With Knowledge that It Will Be Used in Committing Another
Offense" (Amendment 189). Deleted Nov. 1, 1991."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K2.3",
    title="Receiving, Transporting, Shipping or Transferring a Firearm or Ammunition With "
          "Intent to Commit Another Offense, or With Knowledge that It Will Be Used in "
          "Committing Another Offense (Nov. 1, 1989 - Oct. 31, 1991); before Nov. 1, 1989: "
          "Prohibited Transactions in or Shipment of Firearms and Other Weapons",
    rules="ussg.guidelines.manual.ch2.s2k2_3.offense_level",
    table="former_firearm_2k2_3",
    facts_key="firearms_2k2_3",
    facts="ussg.guidelines.manual.ch2.s2k2_3.facts:FormerFirearm2K2_3Facts",
    uses_drugs=True,  # the other offense under §2D1.1 reads [offense] drugs
    applies_facts_of="firearms_guideline",  # 1989 (a)(2): [offense.firearms] or [offense.firearms_2k2_2]
    summary="firearms, 1987-1991 (prohibited transactions; from 1989 transfer for another offense)",
    notes=("§2K2.3 exists only from Nov. 1, 1987 to Oct. 31, 1991 (deleted by Amendment 374)",),
)
