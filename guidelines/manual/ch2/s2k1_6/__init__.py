"""§2K1.6 as it stood before the 1991 consolidation (Amendment 373): "Shipping, Transporting,
or Receiving Explosives with Felonious Intent or Knowledge; Using or Carrying Explosives in
Certain Crimes", Nov. 1, 1987 - Oct. 31, 1991 (amended by 303 in 1989 and 331 in 1990).
Deleted by consolidation with §2K1.3 Nov. 1, 1991; the §2K1.6 of that date (Licensee
Recordkeeping Violations Involving Explosive Materials) is a different guideline, not entered."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K1.6",
    title="Shipping, Transporting, or Receiving Explosives with Felonious Intent or Knowledge; "
          "Using or Carrying Explosives in Certain Crimes (Nov. 1, 1987 - Oct. 31, 1991)",
    rules="ussg.guidelines.manual.ch2.s2k1_6.offense_level",
    table="former_explosives_2k1_6",
    facts_key="explosives_2k1_6",
    facts="ussg.guidelines.manual.ch2.s2k1_6.facts:FormerExplosives2K1_6Facts",
    uses_drugs=True,  # the other offense under §2D1.1 reads [offense] drugs
    summary="explosives with felonious intent or knowledge, 1987-1991",
    notes=("the §2K1.6 of Nov. 1, 1987 - Oct. 31, 1991 only (deleted by Amendment 373); the "
           "§2K1.6 of Nov. 1, 1991 (Licensee Recordkeeping Violations) is not entered",),
)
