"""The facts §2L2.3 reads (the case file's ``[offense.passport_trafficking]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class PassportTraffickingFacts(Strict):
    """§2L2.3 (Trafficking in a United States Passport), Nov. 1, 1987 - Oct. 31, 1993."""

    other_than_for_profit: bool = Field(
        False, description="(b)(1): the offense was committed other than for profit (\"for "
        "financial gain or commercial advantage\", comment. (n.1)); from Nov. 1, 1989 a decrease "
        "of 3, before it the paragraph is an increase of 3 \"for profit\" (this false).")
    passports: int = Field(
        0, ge=0, le=100_000_000, description="(b)(2): the number of passports (6-24 +2, 25-99 "
        "+4, 100 or more +6); from Nov. 1, 1992 (Amendment 450), six or more refused before.")
