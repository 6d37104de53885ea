"""The facts §2L2.4 reads (the case file's ``[offense.passport_misuse]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class PassportMisuseFacts(Strict):
    """§2L2.4 (Fraudulently Acquiring or Improperly Using a United States Passport), Nov. 1,
    1987 - Oct. 31, 1993."""

    deported_before: bool = Field(
        False, description="(b)(1), +2: the defendant is an unlawful alien who has been "
        "deported (voluntarily or involuntarily) on one or more occasions prior to the instant "
        "offense; from Nov. 1, 1989 (Amendment 198; before, a departure the commentary "
        "recommended, refused).")
