"""The facts §2B4.1 (Bribery in Procurement of Bank Loan and Other Commercial Bribery) reads:
the case file's ``[offense.commercial_bribery]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class CommercialBriberyFacts(Strict):
    """§2B4.1 (Bribery in Procurement of Bank Loan and Other Commercial Bribery)."""

    bribe_value: Money | None = Field(
        None, description="(b)(1): the value of the bribe, in dollars (\"$25,000\"); the "
        "greater of it and improper_benefit is used.")
    improper_benefit: Money | None = Field(
        None, description="(b)(1): the value of the improper benefit to be conferred (the "
        "value of the action to be taken or effected in return for the bribe, comment. "
        "(n.2)), in dollars. The greater of the two: over $6,500 (from Nov. 1, 2015; $5,000 "
        "Nov. 1, 2001 - Oct. 31, 2015) the §2B1.1 table of the same date, and 1 level over "
        "$2,500 ($2,000) up to it; before Nov. 1, 2001 over $2,000 the §2F1.1 table of the "
        "same date.")
    jeopardized_financial_institution: bool = Field(
        False, description="(b)(2) (from Nov. 1, 1990, Amendment 317; refused before): the "
        "offense substantially jeopardized the safety and soundness of a financial "
        "institution (comment.: insolvent, benefits reduced, unable to refund, forced to "
        "merge, or placed in substantial jeopardy of these): +4, then at least level 24.")
    gross_receipts_over_1_million: bool = Field(
        False, description="(b)(2) (from Nov. 1, 1991, Amendment 364; refused before): Nov. "
        "1, 1991 - Oct. 31, 2002 (B): the offense affected a financial institution and the "
        "defendant derived more than $1,000,000 in gross receipts from the offense, +4; from "
        "Nov. 1, 2002 (A) (Amendment 646): the defendant derived more than $1,000,000 in "
        "gross receipts from one or more financial institutions as a result of the offense, "
        "+2 (the greater of (A) and (B) applied). Either way, then at least level 24.")
