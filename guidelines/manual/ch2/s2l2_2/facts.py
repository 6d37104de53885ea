"""The facts §2L2.2 reads (the case file's ``[offense.document_own_use]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2l2_1.facts import PRIORS_WORDS, Passport


class DocumentOwnUseFacts(Strict):
    """§2L2.2 (Fraudulently Acquiring Documents Relating to Naturalization, Citizenship, or
    Legal Resident Status for Own Use; ...), from Nov. 1, 1995."""

    previously_deported: bool = Field(
        False, description="(b)(1): the defendant is an unlawful alien who has been deported "
        "(voluntarily or involuntarily) on one or more occasions prior to the instant offense "
        "(from Nov. 1, 1989, Amendment 196; refused before).")
    immigration_felony_priors: list[str] = Field(
        default_factory=list, description="(b)(2): " + PRIORS_WORDS)
    fraudulently_obtained_or_used: Passport | None = Field(
        None, description="(b)(3): the defendant fraudulently obtained or used \"us_passport\" "
        "(Nov. 1, 2004 on) or \"foreign_passport\" (Nov. 1, 2006 on).")
    concealed: Literal["membership_in_human_rights_violating_organization",
                       "incitement_to_genocide", "other_serious_human_rights_offense"] | None = \
        Field(None, description="(b)(4), Nov. 1, 2012 on: the defendant committed any part of "
              "the instant offense to conceal (A) membership in, or authority over, a military, "
              "paramilitary, or police organization involved in a serious human rights offense "
              "(\"membership_in_human_rights_violating_organization\"), or participation in "
              "(B)(i) \"incitement_to_genocide\" or (B)(ii) "
              "\"other_serious_human_rights_offense\".")
    passport_or_visa_used_in_felony: bool = Field(
        False, description="(c)(1): the defendant used a passport or visa in the commission or "
        "attempted commission of a felony offense, other than an offense involving violation of "
        "the immigration laws (the cross reference; ussg does not compute it: state true only "
        "to be told so).")
