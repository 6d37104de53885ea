"""The facts §2A3.5 (Failure to Register as a Sex Offender) reads: the case file's
``[offense.failure_to_register]``.

§2A3.5 (2016, 2025): "(a) Base Offense Level (Apply the greatest): (1) 16, if the defendant
was required to register as a Tier III offender; (2) 14, ... Tier II ...; or (3) 12, ... Tier
I ..." "(b)(1) (Apply the greatest): If, while in a failure to register status, the defendant
committed— (A) a sex offense against someone other than a minor, increase by 6 levels; (B) a
felony offense against a minor not otherwise covered by subdivision (C), increase by 6 levels;
or (C) a sex offense against a minor, increase by 8 levels. (2) If the defendant voluntarily
(A) corrected the failure to register; or (B) attempted to register but was prevented ...,
decrease by 3 levels."
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class FailureToRegisterFacts(Strict):
    """§2A3.5: the tier (required) and the characteristics the court found."""

    tier: Literal["tier_i", "tier_ii", "tier_iii"] = Field(
        description="§2A3.5(a) (\"Apply the greatest\"): the tier the defendant was required "
        "to register as (comment. (n.1): \"tier I sex offender\", \"tier II ...\", \"tier "
        "III ...\" as 42 U.S.C. § 16911, from Nov. 1, 2018 34 U.S.C. § 20911, defines them): "
        "\"tier_iii\" (a)(1) 16, \"tier_ii\" (a)(2) 14, \"tier_i\" (a)(3) 12; the greatest "
        "tier where several apply.")
    offense_while_failing_to_register: Literal[
        "sex_offense_against_someone_other_than_a_minor", "felony_offense_against_a_minor",
        "sex_offense_against_a_minor"] | None = Field(
        None, description="§2A3.5(b)(1) (\"Apply the greatest\"): what the defendant "
        "committed while in a failure to register status (from Nov. 1, 2018, comment. (n.2): "
        "the period of the conduct described in 18 U.S.C. § 2250(a) or (b)), the greatest "
        "the court found: \"sex_offense_against_someone_other_than_a_minor\" (A) +6, "
        "\"felony_offense_against_a_minor\" (B) +6 (a felony not covered by (C)), "
        "\"sex_offense_against_a_minor\" (C) +8.")
    voluntary_correction: Literal["corrected", "attempted_but_prevented"] | None = Field(
        None, description="§2A3.5(b)(2), -3: the defendant voluntarily \"corrected\" the "
        "failure to register (A), or \"attempted_but_prevented\" (B): attempted to register but "
        "was prevented by uncontrollable circumstances to which the defendant did not "
        "contribute; before the defendant knew or reasonably should have known a jurisdiction "
        "had detected the failure (comment. (n.2(A)), (n.3(A)) from Nov. 1, 2018). Shown \"not "
        "applied\" where (b)(1) applies (comment. (n.2(B)): \"Do not apply subsection (b)(2) "
        "if subsection (b)(1) also applies\").")
