"""The case file's ``[offense.obstructing_correspondence]``: the facts §2H3.3 (Obstructing
Correspondence) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class ObstructingCorrespondenceFacts(Strict):
    """§2H3.3(a): 6, or the guideline for the theft or destruction of mail (all keys optional:
    an empty table is (a)(1))."""

    mail_conduct: Literal["theft", "destruction"] | None = Field(
        None, description="§2H3.3(a)(2) (and (a)(3) before Nov. 1, 2001): the conduct was "
        "theft or destruction of mail; give property_guideline.")
    property_guideline: Literal["2B1.1", "2B1.3", "other"] | None = Field(
        None, description="The guideline the edition applies to that conduct: \"2B1.1\" (theft; "
        "from Nov. 1, 2001 also destruction, Amendment 617), \"2B1.3\" (destruction, before "
        "Nov. 1, 2001), computed from its facts table in this count ([offense.theft_fraud], "
        "[offense.property_damage]), or \"other\" (give property_offense_level).")
    property_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="property_guideline = \"other\": the offense level under that "
        "guideline, as determined.")

    @model_validator(mode="after")
    def _check(self) -> ObstructingCorrespondenceFacts:
        if (self.mail_conduct is None) != (self.property_guideline is None):
            raise ValueError("mail_conduct and property_guideline go together: the theft or "
                             "destruction of mail and the guideline applied to it")
        if (self.property_guideline == "other") != (self.property_offense_level is not None):
            raise ValueError("property_offense_level goes with property_guideline = \"other\", "
                             "and only with it")
        return self
