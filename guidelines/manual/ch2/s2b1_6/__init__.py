"""§2B1.6: aggravated identity theft (18 U.S.C. § 1028A), from Nov. 1, 2005 (Amendment 677)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B1.6",
    title="Aggravated Identity Theft",
    # §2B1.6(a): "the guideline sentence is the term of imprisonment required by statute": a
    # consecutive count (§5G1.2(a)), checked by statutory_term.py; no offense level
    rules="ussg.guidelines.manual.ch2.s2b1_6.statutory_term",
    table="aggravated_identity_theft",
    facts_key="aggravated_identity_theft",
    facts="ussg.guidelines.manual.ch2.s2b1_6.facts:AggravatedIdentityTheftFacts",
    summary="18 U.S.C. § 1028A counts (the statutory term, consecutive), from Nov. 1, 2005",
    notes=("a [[counts]] count with its statute and consecutive_months; comment. (n.2) refuses "
           "§2B1.1(b)(11)(C) means-of-identification findings on the underlying counts",),
)
