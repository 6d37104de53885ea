"""The facts §2S1.1 reads (the case file's ``[offense.laundering]``). The drugs of an
underlying §2D1.1 offense are the offense's own (``[offense] drugs``)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class ProceedsOf(str, Enum):
    """§2S1.1(b)(1)(B): what the defendant knew or believed the funds were the proceeds of,
    or were intended to promote."""

    controlled_substance = "controlled_substance"
    crime_of_violence = "crime_of_violence"
    firearms = "firearms"
    explosives = "explosives"
    national_security = "national_security"
    terrorism = "terrorism"  # Nov. 1, 2001 - Oct. 31, 2003 only (Amendment 655 struck it)
    sexual_exploitation_of_a_minor = "sexual_exploitation_of_a_minor"


class LaunderingFacts(Strict):
    """§2S1.1 (Laundering of Monetary Instruments; Engaging in Monetary Transactions in
    Property Derived from Unlawful Activity), from Nov. 1, 2001."""

    committed_underlying_offense: bool = Field(
        False, description="§2S1.1(a)(1)(A): the defendant committed the underlying offense "
        "(or would be accountable for it under §1B1.3(a)(1)(A)).")
    underlying_guideline: str | None = Field(
        None, description="§2S1.1(a)(1): the underlying offense's guideline where ussg "
        "computes it: \"2D1.1\" (its drugs are the offense's drugs, [offense] drugs), or "
        "another guideline ussg computes, its facts in its own table of this count "
        "(\"2B1.1\" with [offense.theft_fraud]).")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="§2S1.1(a)(1): the offense level for the underlying offense as "
        "determined, where ussg does not compute its guideline.")
    value_laundered: Money | None = Field(
        None, description="§2S1.1(a)(2): the value of the laundered funds, in dollars.")
    proceeds_of: list[Annotated[ProceedsOf, Field(strict=False)]] = Field(
        default_factory=list,
        description="§2S1.1(b)(1)(B): the defendant knew or believed the laundered funds were "
        "the proceeds of, or were intended to promote: \"controlled_substance\", "
        "\"crime_of_violence\", \"firearms\", \"explosives\", \"national_security\", "
        "\"terrorism\" (Nov. 1, 2001 - Oct. 31, 2003), \"sexual_exploitation_of_a_minor\".")
    convicted_under: Literal["1956", "1957"] | None = Field(
        None, description="§2S1.1(b)(2)(A)/(B): convicted under 18 U.S.C. § 1956 or § 1957.")
    convicted_under_1956_subsection: Literal[
        "(a)(1)(A)", "(a)(1)(B)", "(a)(2)(A)", "(a)(2)(B)", "(a)(3)(A)", "(a)(3)(B)",
        "(a)(3)(C)", "other"] | None = Field(
        None, description="Before Nov. 1, 2001, §2S1.1(a)(1): the subsection of 18 U.S.C. § 1956 "
        "of conviction (23 for (a)(1)(A), (a)(2)(A) and, from Nov. 1, 1991, (a)(3)(A); 20 "
        "otherwise); with convicted_under = \"1956\".")
    conspiracy_1956h_sole_object_1957: bool = Field(
        False, description="§2S1.1, comment. (n.3(C)), from Nov. 1, 2001: convicted of a "
        "conspiracy under 18 U.S.C. § 1956(h) whose sole object was to commit an offense set "
        "forth in 18 U.S.C. § 1957 (with convicted_under = \"1956\"): (b)(2)(B) does not "
        "apply; (b)(2)(A) does (§1B1.3's commentary: a conviction of a particular statute "
        "includes a conspiracy in respect to it).")
    in_business_of_laundering: bool = Field(
        False, description="§2S1.1(b)(2)(C): the defendant was in the business of "
        "laundering funds.")
    sophisticated_laundering: bool = Field(
        False, description="§2S1.1(b)(3): the offense involved sophisticated laundering.")

    @model_validator(mode="after")
    def _consistent(self) -> LaunderingFacts:
        if self.underlying_guideline is not None and self.underlying_offense_level is not None:
            raise ValueError("give underlying_guideline (computed) or underlying_offense_level "
                             "(as determined), not both")
        underlying = self.underlying_guideline or self.underlying_offense_level
        if underlying is not None and not self.committed_underlying_offense:
            raise ValueError("an underlying offense level is used only if the defendant "
                             "committed the underlying offense (§2S1.1(a)(1)(A)): state "
                             "committed_underlying_offense = true, or give value_laundered")
        if self.committed_underlying_offense and underlying is None \
                and self.value_laundered is None:
            raise ValueError("committed_underlying_offense: give underlying_guideline or "
                             "underlying_offense_level (§2S1.1(a)(1)), or value_laundered "
                             "((a)(2), where the level cannot be determined)")
        if underlying is None and self.value_laundered is None:
            raise ValueError("give value_laundered (§2S1.1(a)(2)), or the underlying offense "
                             "(§2S1.1(a)(1))")
        if self.convicted_under_1956_subsection is not None and self.convicted_under != "1956":
            raise ValueError("convicted_under_1956_subsection: give convicted_under = \"1956\" "
                             "with it")
        if self.conspiracy_1956h_sole_object_1957 and self.convicted_under != "1956":
            raise ValueError("conspiracy_1956h_sole_object_1957: the conviction is under "
                             "18 U.S.C. § 1956(h): give convicted_under = \"1956\" with it")
        if self.sophisticated_laundering and self.convicted_under != "1956":
            raise ValueError("sophisticated_laundering: §2S1.1(b)(3) applies only if "
                             "(b)(2)(B) applies (convicted under 18 U.S.C. § 1956): give "
                             "convicted_under = \"1956\"")
        return self
