"""§2D1.11: unlawfully distributing, importing, exporting or possessing a listed chemical
(21 U.S.C. §§ 841(c)(1), (2), (f)(1), 865, 960(d)(1)-(4))."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.11",
    title="Unlawfully Distributing, Importing, Exporting or Possessing a Listed Chemical; "
          "Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_11.offense_level",
    table="listed_chemical",
    facts_key="listed_chemical",
    facts="ussg.guidelines.manual.ch2.s2d1_11.facts:ListedChemicalFacts",
    uses_drugs=True,
    summary="listed chemicals",
    notes=("entered from Nov. 1, 1991 (Amendment 371; Nov. 1, 1991 - Oct. 31, 2000 derived by a "
           "backward chain from Amendment 611's quote through 606, 557, 541, 519 and 447; to "
           "Oct. 31, 2014 derived from Appendix C; the List I / Precursor Chemical Equivalency "
           "Table modelled before May 1, 2001); Nov. 1, 2018 - Oct. 31, 2025 refused",)
)
