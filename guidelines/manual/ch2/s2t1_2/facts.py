"""The case file's ``[offense.tax_failure_to_file]``: the facts §2T1.2 (Nov. 1, 1987 - Oct.
31, 1993) reads."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2t1_1.facts import TaxCharacteristics


class TaxFailureToFileFacts(TaxCharacteristics):
    """§2T1.2 (Willful Failure To File Return, Supply Information, or Pay Tax)."""

    tax_loss: Money = Field(
        description="(a): the tax loss as the court found it, exact dollars (\"0\" for none: "
        "(a)(2), level 5): \"the total amount of tax that the taxpayer owed and did not pay, "
        "but, in the event of a failure to file in any year, not less than 10 percent of the "
        "amount by which the taxpayer's gross income for that year exceeded $20,000\".")
    section_6050i_offense_level: int | None = Field(
        None, ge=1, le=43, description="(c)(1), from Nov. 1, 1989 (Amendment 225): the "
        "defendant is convicted of a willful violation of 26 U.S.C. § 6050I: the offense "
        "level under §2S1.3 (Failure to Report Monetary Transactions), as determined, applied "
        "in lieu of this guideline (an error before).")
