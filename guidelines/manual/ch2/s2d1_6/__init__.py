"""§2D1.6: use of a communication facility in committing a drug offense (21 U.S.C. § 843(b))."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D1.6",
    title="Use of Communication Facility in Committing Drug Offense; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d1_6.offense_level",
    table="communication_facility",
    uses_drugs=True,
    summary="communication facility",
    notes=("the underlying offense is computed under §2D1.1 from [offense] drugs; an "
           "underlying offense under another guideline is entered as guideline = \"other\"",),
)
