"""§2D1.13: structuring chemical transactions or creating a chemical mixture to evade
reporting or recordkeeping requirements; presenting false or fraudulent identification to
obtain a listed chemical (21 U.S.C. §§ 841(c)(3), (f)(1), 843(a)(4)(B), (a)(8))."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.13",
    title="Structuring Chemical Transactions or Creating a Chemical Mixture to Evade "
          "Reporting or Recordkeeping Requirements; Presenting False or Fraudulent "
          "Identification to Obtain a Listed Chemical; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_13.offense_level",
    table="chemical_structuring",
    facts_key="chemical_structuring",
    facts="ussg.guidelines.manual.ch2.s2d1_13.facts:ChemicalStructuringFacts",
    uses_drugs=True,  # §2D1.11(c)(1), within "the offense level from §2D1.11"
    summary="structuring chemical transactions",
    notes=("(a)(1)-(2) only on the dates §2D1.11 is entered (from Nov. 1, 2014, but Nov. 1, "
           "2018 - Oct. 31, 2025)",),
)
