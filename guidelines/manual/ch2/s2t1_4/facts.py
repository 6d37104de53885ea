"""The case file's ``[offense.tax_aiding]``: the facts §2T1.4 reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2t1_1.facts import Understatement


class TaxAidingFacts(Strict):
    """§2T1.4 (Aiding, Assisting, Procuring, Counseling, or Advising Tax Fraud)."""

    tax_loss: Money | None = Field(
        None, description="(a), from Nov. 1, 1993: the tax loss as defined in §2T1.1 resulting "
        "from the defendant's aid, assistance, procurance or advice, as the court found it, "
        "exact dollars (\"0\" for none: (a)(2), level 6). Required from Nov. 1, 1993; an error "
        "before (the tax loss is then §2T1.3's: give understatement).")
    understatement: Understatement | None = Field(
        None, description="(a), before Nov. 1, 1993: the understatement resulting from the "
        "defendant's aid, from which §2T1.3's tax loss is computed (the keys of "
        "[offense.tax_evasion.understatement]); left out, there is no tax loss: (a)(2) \"6, "
        "otherwise\". An error from Nov. 1, 1993.")
    scheme_income: bool = Field(
        False, description="(b)(1) ((b)(1)(A) from Nov. 1, 1993): the defendant committed the "
        "offense as part of a pattern or scheme from which he derived a substantial portion "
        "of his income: +2.")
    return_preparer: bool = Field(
        False, description="(b)(3) before Nov. 1, 1993, +2 (with (b)(1) too); from then "
        "(b)(1)(B), one increase of 2 with (A): the defendant was in the business of preparing "
        "or assisting in the preparation of tax returns.")
    sophisticated_means: bool = Field(
        False, description="(b)(2), in the words of §2T1.1(b)(2) of the same date: +2 (at least "
        "level 12 from Nov. 1, 2001); an error Nov. 1, 1998 - Oct. 31, 2001.")
    sophisticated_concealment: bool = Field(
        False, description="(b)(2), Nov. 1, 1998 - Oct. 31, 2001 only: the offense involved "
        "sophisticated concealment, +2 (an error in other editions).")
