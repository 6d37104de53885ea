"""The facts §2S1.3 reads (the case file's ``[offense.structuring]``). The value of the funds is
exact dollars; each finding is a paragraph's words in the editions that have them (a finding
the edition in force has no words for is refused, naming it)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed

#: Every yes/no finding, by its case-file key (the table's paragraphs list those they read).
Finding = Literal[
    "structured_transactions", "false_statements_to_conceal",
    "reasonably_should_have_believed_criminally_derived", "knowingly_filed_false_report",
    "knew_or_believed_criminally_derived", "convicted_under_5318_or_5318a",
    "knew_or_believed_proceeds_of_unlawful_activity",
    "knew_or_believed_intended_to_promote_unlawful_activity", "bulk_cash_smuggling",
    "convicted_under_31_usc_chapter_53_subchapter_ii", "pattern_of_unlawful_activity",
    "violating_another_law_of_the_united_states", "funds_proceeds_of_lawful_activity",
    "funds_for_lawful_purpose", "reckless_disregard_of_source",
    "committed_to_violate_internal_revenue_laws"]


def _finding(description: str):
    return Field(False, description=description)


class StructuringFacts(Strict):
    """§2S1.3 (Structuring Transactions to Evade Reporting Requirements; Failure to Report
    Cash or Monetary Transactions; ...), and before Nov. 1, 1993 (Failure to Report Monetary
    Transactions; Structuring Transactions to Evade Reporting Requirements)."""

    value_of_funds: Money = Field(
        description="The value of the funds (\"the amount of the funds involved in the "
        "structuring or reporting conduct\", comment. (n.1)), in dollars: from Nov. 1, 1993 (a) "
        "is 6 plus the loss table of §2F1.1 (until Oct. 31, 2001) or §2B1.1 of the same date "
        "for it; before, (b)(2) over $100,000 by §2S1.1(b)(2)'s table where (a)(1) applies.")
    structured_transactions: bool = _finding(
        "(a)(1)(A), Nov. 1, 1987 - Oct. 31, 1993: the defendant structured transactions to "
        "evade reporting requirements (base 13); an error after.")
    false_statements_to_conceal: bool = _finding(
        "(a)(1)(B), Nov. 1, 1987 - Oct. 31, 1991: made false statements to conceal or disguise "
        "the activity (from 1989 \"the evasion of reporting requirements\") (base 13).")
    reasonably_should_have_believed_criminally_derived: bool = _finding(
        "(a)(1)(C), Nov. 1, 1987 - Oct. 31, 1991: reasonably should have believed that the "
        "funds were the proceeds of criminal activity (from 1989 \"criminally derived "
        "property\") (base 13).")
    knowingly_filed_false_report: bool = _finding(
        "(a)(1)(B), Nov. 1, 1991 - Oct. 31, 1993 (Amendment 379): knowingly filed, or caused "
        "another to file, a report containing materially false statements (base 13).")
    knew_or_believed_criminally_derived: bool = _finding(
        "(b)(1), Nov. 1, 1987 - Oct. 31, 1993: knew or believed that the funds were criminally "
        "derived (from 1989 \"criminally derived property\"): +5; from Nov. 1, 1991 +4 and at "
        "least level 13.")
    convicted_under_5318_or_5318a: bool = _finding(
        "(a)(1), from Nov. 1, 2002 (Amendment 637): convicted under 31 U.S.C. § 5318 or "
        "§ 5318A (base 8, not the value of the funds).")
    knew_or_believed_proceeds_of_unlawful_activity: bool = _finding(
        "(b)(1)(A) (from Nov. 1, 1993; (b)(1) until 2002): knew or believed that the funds "
        "were proceeds of unlawful activity: +2.")
    knew_or_believed_intended_to_promote_unlawful_activity: bool = _finding(
        "The same paragraph: knew or believed that the funds were intended to promote "
        "unlawful activity: +2 (once).")
    bulk_cash_smuggling: bool = _finding(
        "(b)(1)(B), from Nov. 1, 2002: the offense involved bulk cash smuggling (comment. "
        "(n.2)): +2 (once with (A)).")
    convicted_under_31_usc_chapter_53_subchapter_ii: bool = _finding(
        "(b)(2)(A), from Nov. 1, 2002: convicted of an offense under subchapter II of chapter "
        "53 of title 31, United States Code.")
    pattern_of_unlawful_activity: bool = _finding(
        "(b)(2)(B), from Nov. 1, 2002: committed the offense as part of a pattern of unlawful "
        "activity involving more than $100,000 in a 12-month period (comment. (n.3)): with "
        "(A), +2.")
    violating_another_law_of_the_united_states: bool = _finding(
        "(b)(2)(B), from Nov. 1, 2024 (the 2025 Manual's words): committed the offense while "
        "violating another law of the United States: with (A), +2. An error before.")
    funds_proceeds_of_lawful_activity: bool = _finding(
        "The decrease to level 6 (from Nov. 1, 1993; (b)(2), from 2002 (b)(3)), (C): the funds "
        "were the proceeds of lawful activity.")
    funds_for_lawful_purpose: bool = _finding(
        "The same decrease, (D): the funds were to be used for a lawful purpose. With (C), "
        "and (A) and (B) met, the level is decreased to 6.")
    reckless_disregard_of_source: bool = _finding(
        "The same decrease, (B): the defendant acted with reckless disregard of the source of "
        "the funds (then no decrease).")
    committed_to_violate_internal_revenue_laws: bool = _finding(
        "(c)(1), from Nov. 1, 1993: the offense was committed for the purposes of violating "
        "the Internal Revenue laws: the most appropriate guideline of Chapter Two, Part T "
        "(tax_guideline) applies if the resulting offense level is greater.")
    tax_guideline: str | None = Field(
        None, description="(c)(1): the most appropriate guideline from Chapter Two, Part T: "
        "\"2T1.1\" or \"2T1.4\" (computed, its facts in [offense.tax_evasion] of this count) "
        "or \"other\" (give tax_offense_level).")
    tax_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="tax_guideline = \"other\": the offense level under that Part T "
        "guideline, as determined.")

    @model_validator(mode="after")
    def _check(self) -> StructuringFacts:
        if self.tax_guideline is None:
            if self.committed_to_violate_internal_revenue_laws or \
                    self.tax_offense_level is not None:
                raise ValueError("(c)(1) needs tax_guideline: the most appropriate guideline "
                                 "from Chapter Two, Part T (\"2T1.1\", \"2T1.4\" or \"other\")")
            return self
        if not self.committed_to_violate_internal_revenue_laws:
            raise ValueError("tax_guideline is for (c)(1): state "
                             "committed_to_violate_internal_revenue_laws = true")
        if self.tax_guideline != "other" and not self.tax_guideline.startswith("2T"):
            raise ValueError("tax_guideline: (c)(1) applies a guideline from Chapter Two, "
                             "Part T (Offenses Involving Taxation), \"2T...\", or \"other\"")
        stated_or_computed(self.tax_guideline, self.tax_offense_level, "tax_guideline",
                           "tax_offense_level")
        return self
