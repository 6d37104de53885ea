"""The case file's ``[offense.individual_rights]``: the facts §2H1.1 (Offenses Involving
Individual Rights) reads. Part of the public schema (``ussg schema``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict


class IndividualRightsFacts(Strict):
    """§2H1.1 (from Nov. 1, 1995): the findings that choose among (a)'s alternative base
    offense levels, and (b)(1). All optional: none of them is (a)(4), 6."""

    underlying_guideline: str | None = Field(
        None, description="§2H1.1(a)(1): the offense guideline applicable to the underlying "
        "offense (comment. (n.1): any conduct established by the offense of conviction that "
        "constitutes an offense under federal, state, or local law, other than one covered "
        "by Chapter Two, Part H, Subpart 1): \"2D1.1\" (from this count's drug facts, "
        "[offense] drugs), another guideline ussg computes, its facts in its own table of "
        "this count (\"2A2.2\" with [offense.aggravated_assault]), or \"other\" (give "
        "underlying_offense_level). One underlying offense a count: comment. (n.1)'s "
        "procedure for several is the court's (give each as a count of its own).")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the Chapter Two offense level "
        "for the underlying offense, as determined (base offense level, specific offense "
        "characteristics, cross references and special instructions).")
    two_or_more_participants: bool = Field(
        False, description="§2H1.1(a)(2), 12: the offense involved two or more participants "
        "(\"participant\" as in the Commentary to §3B1.1).")
    force_or_threat_against_person: bool = Field(
        False, description="§2H1.1(a)(3)(A), 10: the offense involved the use or threat of "
        "force against a person (comment. (n.3): the burning or defacement of a religious "
        "symbol with an intent to intimidate is deemed a threat of force against a person).")
    property_damage_or_threat: bool = Field(
        False, description="§2H1.1(a)(3)(B), 10: the offense involved property damage or the "
        "threat of property damage.")
    public_official: bool = Field(
        False, description="§2H1.1(b)(1)(A), +6: the defendant was a public official at the "
        "time of the offense.")
    under_color_of_law: bool = Field(
        False, description="§2H1.1(b)(1)(B), +6: the offense was committed under color of "
        "law. With (b)(1), §3B1.3 (comment. (n.5)) and §3A1.1(a) (comment. (n.4)) stated are "
        "refused.")

    @model_validator(mode="after")
    def _check(self) -> IndividualRightsFacts:
        if self.underlying_guideline == "other" and self.underlying_offense_level is None:
            raise ValueError("underlying_guideline = \"other\" needs underlying_offense_level")
        if self.underlying_guideline != "other" and self.underlying_offense_level is not None:
            raise ValueError("underlying_offense_level is for underlying_guideline = "
                             "\"other\"; a computed guideline's level comes from the facts")
        return self
