"""§2T1.5 as it stood Nov. 1, 1987 - Oct. 31, 1993: Fraudulent Returns, Statements, or Other
Documents ("Base Offense Level: 6"; deleted by consolidation with §2T1.1, Amendment 491)."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2T1.5",
    title="Fraudulent Returns, Statements, or Other Documents (Nov. 1, 1987 - Oct. 31, 1993)",
    rules="ussg.guidelines.manual.ch2.s2t1_5.offense_level",
    table="tax_fraudulent_returns",
    summary="fraudulent returns (26 U.S.C. § 7207), 1987-1993",
    notes=("§2T1.5 exists only from Nov. 1, 1987 to Oct. 31, 1993 (deleted by Amendment 491)",),
)
