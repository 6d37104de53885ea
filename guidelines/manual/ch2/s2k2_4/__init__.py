"""§2K2.4: use of a firearm, armor-piercing ammunition, or explosive during or in relation to certain crimes."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2K2.4",
    title="Use of Firearm, Armor-Piercing Ammunition, or Explosive During or in Relation to "
          "Certain Crimes",
    rules=None,  # §2K2.4(b): "the guideline sentence is the minimum term of imprisonment
                 # required by statute" (guidelines/statutes, §5G1.2(a))
    summary="18 U.S.C. § 924(c) and like counts",
)
