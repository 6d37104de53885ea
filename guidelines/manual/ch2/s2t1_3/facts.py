"""The case file's ``[offense.tax_false_statement]``: the facts §2T1.3 (Nov. 1, 1987 - Oct.
31, 1993) reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.manual.ch2.s2t1_1.facts import TaxCharacteristics, Understatement


class TaxFalseStatementFacts(Understatement, TaxCharacteristics):
    """§2T1.3 (Fraud and False Statements Under Penalty of Perjury): the understatement its
    tax loss is computed from, whether the offense facilitated evasion, and (b)."""

    to_facilitate_evasion: bool = Field(
        False, description="(a)(1): the offense was committed in order to facilitate evasion "
        "of a tax: the Tax Table level for the tax loss (else (a)(2), 6).")
