"""The case file's ``[offense.erisa_false_statements]``: the facts §2E5.3 reads. Part of the
public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ErisaFalseStatementsFacts(Strict):
    """§2E5.3 (False Statements and Concealment of Facts in Relation to Documents Required by
    the Employee Retirement Income Security Act; ...)."""

    facilitated_offense: Literal["theft", "embezzlement", "fraud", "bribe_or_gratuity",
                                 "obstruction"] | None = Field(
        None, description="(a)(2): the offense the false statement was committed to facilitate "
        "or conceal: \"theft\" (from Nov. 1, 1989), \"embezzlement\" (1987: false records "
        "used for criminal conversion of funds), \"fraud\" (from Jan. 25, 2003), "
        "\"bribe_or_gratuity\", \"obstruction\" (from Jan. 25, 2003); refused where the "
        "edition does not name it. Its guideline (§2B1.1, §2E5.1 or §2J1.2) is computed from "
        "its own facts table of this count ([offense.theft_fraud], "
        "[offense.benefit_plan_bribery], [offense.obstruction]); left out: (a)(1), 6.")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="Before Nov. 1, 1993, with \"theft\" or \"embezzlement\": (a)(2) "
        "applies §2E5.2 (Theft or Embezzlement from Employee Pension and Welfare Benefit "
        "Plans), which ussg does not compute: its offense level, as determined (required "
        "then; an error otherwise).")

    @property
    def applied_guideline(self) -> str | None:
        """The guideline (a)(2) applies for ``facilitated_offense`` from Nov. 1, 1993 (whose
        facts table the count may give beside this one; the registry asks); before it, a
        theft or embezzlement is §2E5.2, whose level is stated (then no other facts table:
        None)."""
        if self.underlying_offense_level is not None:
            return None
        return {"theft": "2B1.1", "embezzlement": "2B1.1", "fraud": "2B1.1",
                "bribe_or_gratuity": "2E5.1", "obstruction": "2J1.2",
                None: None}[self.facilitated_offense]
