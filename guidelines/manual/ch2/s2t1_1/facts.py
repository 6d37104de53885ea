"""The facts the tax guidelines read: §2T1.1's ``[offense.tax_evasion]``, and what §§2T1.2,
2T1.3 and 2T1.4 share with it (the characteristics of (b), the understatement §2T1.3's tax
loss is computed from before Nov. 1, 1993). Amounts are exact dollars
(``ussg.guidelines.engine.money.Money``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Dollars, Money


class Understatement(Strict):
    """What §2T1.3's tax loss (Nov. 1, 1987 - Oct. 31, 1993) is computed from: "28 percent of
    the amount by which the greater of gross income and taxable income was understated, plus
    100 percent of the total amount of any false credits claimed against tax. If the taxpayer
    is a corporation, use 34 percent in lieu of 28 percent." """

    gross_income_understated: Money = Field(
        Dollars(0), description="The amount by which gross income was understated, exact "
        "dollars (\"$50,000\"; §2T1.3, comment. (n.4) step (1)).")
    taxable_income_understated: Money = Field(
        Dollars(0), description="The amount by which taxable income was understated, exact "
        "dollars (comment. (n.4) step (2)); the greater of the two is read.")
    false_credits: Money = Field(
        Dollars(0), description="The total amount of any false credits claimed against tax, "
        "exact dollars (100 percent of it is added).")
    corporation: bool = Field(
        False, description="The taxpayer is a corporation: 34 percent in lieu of 28 percent.")


class TaxCharacteristics(Strict):
    """(b)(1) and (b)(2) of §2T1.1, and of §§2T1.2 and 2T1.3 before Nov. 1, 1993, each as the
    edition in force words it; a fact the edition's words do not have is an error naming it."""

    criminal_income_unreported: bool = Field(
        False, description="(b)(1): the defendant failed to report income exceeding $10,000 "
        "in any year (1987: \"per year\") from criminal activity: +2, at least level 12.")
    criminal_income_source_misidentified: bool = Field(
        False, description="(b)(1), from Nov. 1, 1989 (Amendment 221): the defendant failed to "
        "correctly identify the source of income exceeding $10,000 in any year from criminal "
        "activity: +2, at least level 12 (an error before).")
    criminal_livelihood_concealed: bool = Field(
        False, description="(b)(1)(B), Nov. 1, 1987 - Oct. 31, 1989 only: the offense "
        "concealed or furthered criminal activity from which the defendant derived a "
        "substantial portion of his income: +2, at least level 12 (deleted by Amendment 221).")
    sophisticated_means: bool = Field(
        False, description="(b)(2): before Nov. 1, 1998 \"sophisticated means were used to "
        "impede discovery of the nature [from Nov. 1, 1993: existence] or extent of the "
        "offense\", +2; from Nov. 1, 2001 (Amendment 617) \"the offense involved sophisticated "
        "means\", +2, at least level 12. An error Nov. 1, 1998 - Oct. 31, 2001.")
    sophisticated_concealment: bool = Field(
        False, description="(b)(2), Nov. 1, 1998 - Oct. 31, 2001 only (Amendment 577): \"the "
        "offense involved sophisticated concealment\", +2 (an error in other editions).")


class TaxEvasionFacts(TaxCharacteristics):
    """§2T1.1 (Tax Evasion; from Nov. 1, 1993 also Willful Failure to File Return, Supply
    Information, or Pay Tax; Fraudulent or False Returns, Statements, or Other Documents)."""

    tax_loss: Money = Field(
        description="(a): the tax loss as the court found it, exact dollars (\"$120,000\"; "
        "\"0\" for none: from Nov. 1, 1993 (a)(2), level 6). From Nov. 1, 1993 as §2T1.1(c) "
        "defines it (the court's finding, presumptions of its Notes included); before, (a)(A): "
        "\"the total amount of tax that the taxpayer evaded or attempted to evade\" (1987: "
        "\"including interest to the date of filing an indictment or information\"; the tax "
        "losses of more than one year added).")
    understatement: Understatement | None = Field(
        None, description="(a)(B), before Nov. 1, 1993 only: the understatement §2T1.3's tax "
        "loss is computed from (28 or 34 percent of the greater of gross and taxable income "
        "understated, plus the false credits); the greater of it and tax_loss is read. An error "
        "from Nov. 1, 1993 (the Notes to §2T1.1(c) are presumptions the court applies: give "
        "tax_loss as found).")
