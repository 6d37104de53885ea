"""The facts §2D1.5 asks for beyond §2D1.1's (``[offense.continuing_criminal_enterprise]``):
only the original text (Nov. 1, 1987 - Oct. 14, 1988) asks any."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ContinuingCriminalEnterpriseFacts(Strict):
    """§2D1.5(a) of the original text (Nov. 1, 1987 - Oct. 14, 1988); refused in every later
    edition, whose subsection (a) asks for nothing beyond the §2D1.1 facts."""

    second_or_subsequent_conviction: bool = Field(
        False,
        description="§2D1.5(a)(2) (Nov. 1, 1987 - Oct. 14, 1988 only): \"the second or any "
        "subsequent conviction of engaging in a continuing criminal enterprise\" (level 38; "
        "else (a)(1), the first conviction, level 32).")
    principal_administrator: bool = Field(
        False,
        description="§2D1.5(a)(3) (Nov. 1, 1987 - Oct. 14, 1988 only), as the court found it: "
        "\"engaging in a continuing criminal enterprise as the principal administrator, "
        "leader, or organizer, if either the amount of drugs involved was 30 times the "
        "minimum in the first paragraph (i.e., the text corresponding to Level 36) of the "
        "Drug Quantity Table or 300 times the minimum in the third paragraph (i.e., the text "
        "corresponding to Level 32), or the principal received $10 million in gross receipts "
        "for any twelve-month period\" (level 43).")
