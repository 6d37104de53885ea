"""The case file's ``[offense.child_exploitation_enterprise]``: the facts §2G2.6 (Child
Exploitation Enterprises) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ChildExploitationEnterpriseFacts(Strict):
    """§2G2.6 (Child Exploitation Enterprises), from Nov. 1, 2007 (all optional: level 35
    without them)."""

    victim_age: Literal["under_twelve", "twelve_to_fifteen"] | None = Field(
        None, description="(b)(1): a victim had not attained the age of 12 years "
        "(\"under_twelve\", (A) +4) or had attained the age of 12 years but not 16 "
        "(\"twelve_to_fifteen\", (B) +2).")
    custodian: bool = Field(
        False, description="(b)(2), +2: the defendant was a parent, relative, or legal "
        "guardian of a minor victim, or a minor victim was otherwise in the defendant's "
        "custody, care, or supervisory control (with §3B1.3 also stated it is refused, "
        "comment. (n.2(B))).")
    conduct_2241: bool = Field(
        False, description="(b)(3), +2: the offense involved conduct described in 18 U.S.C. "
        "§ 2241(a) or (b) (comment. (n.3): force, threat, rendering unconscious, drugging).")
    computer: bool = Field(
        False, description="(b)(4), +2: a computer or an interactive computer service was "
        "used in furtherance of the offense.")
