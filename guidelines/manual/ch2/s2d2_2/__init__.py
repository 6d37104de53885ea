"""§2D2.2: acquiring a controlled substance by forgery, fraud, deception, or subterfuge ("Base Offense Level: 8")."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2D2.2",
    title="Acquiring a Controlled Substance by Forgery, Fraud, Deception, or Subterfuge; Attempt or Conspiracy",
    rules="ussg.guidelines.manual.ch2.s2d2_2.offense_level",
    table="drug_acquired_by_fraud",
    summary="acquiring a controlled substance by fraud",
)
