"""The facts §2L2.1 reads (the case file's ``[offense.document_trafficking]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict

Passport = Literal["us_passport", "foreign_passport"]
PRIORS_WORDS = ("The prior convictions (ids or positions in [[criminal_history.priors]]) for a "
                "felony immigration and naturalization offense (any offense covered by Chapter "
                "Two, Part L); priors with the same charging_instrument are one prosecution.")


class DocumentTraffickingFacts(Strict):
    """§2L2.1 (Trafficking in a Document Relating to Naturalization, Citizenship, or Legal
    Resident Status, or a United States Passport; ...), from Nov. 1, 1987."""

    other_than_for_profit: bool = Field(
        False, description="(b)(1): the offense was committed other than for profit (no payment "
        "or expectation of payment), or involved only the defendant's spouse or child (the spouse "
        "or child from May 1, 1997; before Nov. 1, 1989 the paragraph is an increase of 3 \"for "
        "profit\", this false).")
    documents: int = Field(
        0, ge=0, description="(b)(2): the number of documents or passports (a set intended for "
        "one person is one document, comment. (n.2)); from Nov. 1, 1992 (Amendment 450: \"sets of "
        "documents\" until Nov. 1, 1995); six or more refused before.")
    passport_or_visa_for_felony: bool = Field(
        False, description="(b)(3): the defendant knew, believed, or had reason to believe that "
        "a passport or visa was to be used to facilitate the commission of a felony offense, "
        "other than an offense involving violation of the immigration laws (from Nov. 1, 1995, "
        "Amendment 524; refused before).")
    immigration_felony_priors: list[str] = Field(
        default_factory=list, description="(b)(4): " + PRIORS_WORDS)
    fraudulently_obtained_or_used: Passport | None = Field(
        None, description="(b)(5), Nov. 1, 2006 on: the defendant fraudulently obtained or used "
        "\"us_passport\" (a United States passport) or \"foreign_passport\".")
