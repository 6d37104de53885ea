"""The shape of §2X1.1's table (tables/attempt_solicitation_conspiracy.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common


class Covering(Closed):
    """A guideline that expressly covers an attempt, conspiracy or solicitation, with its
    title as comment. (n.1) (or the Manual's heading) gives it."""

    guideline: str = Field(min_length=1)
    title: str = Field(min_length=1)


class MurderCovered(Closed):
    """§2X1.1(c)(1) and comment. (n.1) for murder (§2A1.1, §2A1.2): the guideline that covers
    each kind (§2A2.1 for all three before Nov. 1, 1990; from then §2A1.5 for a conspiracy or
    solicitation, Amendment 311), sourced from the note and the covering guideline's title."""

    substantive: list[str] = Field(min_length=1)  # the murder guidelines
    source: str = Field(min_length=1)
    checked: str = Field(min_length=1)
    attempt: Covering
    conspiracy: Covering
    solicitation: Covering


class Inchoate(Common):
    """One version of §2X1.1."""

    attempt_covered: list[str]  # comment. (n.1): guidelines that expressly cover attempts
    conspiracy_covered: list[str]
    solicitation_covered: list[str]
    decrease: int = Field(ge=1)
    text_a: str
    text_b1: str
    text_b2: str
    text_b3: str
    text_c: str
    text_d: str | None = None  # (d) Special Instruction: none before Nov. 1, 2002 (Amendment 637)
    # where the rule "apply that guideline section" is: "(c)(1)" from Nov. 1, 1989 (Amendment
    # 239); before, comment. (n.1): "applies only in the absence of a more specific guideline"
    text_c_where: str = "(c)(1)"
    # the paragraphs for a solicitation: before Nov. 1, 1989 (Amendment 238) (b)(1) decreased
    # for "an attempt or solicitation" and (b)(3) was the exception for a statute treating it
    # identically
    solicitation_decrease: str = "(b)(3)(A)"
    solicitation_identical: str = "(b)(3)(B)"
    # until Nov. 1, 1992 (Amendment 447) §2D1.4 (Attempts and Conspiracies) covered an attempt
    # or conspiracy "to commit any offense involving a controlled substance" (Chapter Two,
    # Part D): the section, and its (a)
    part_d_covered_by: str | None = None
    text_part_d: str | None = None
    murder: MurderCovered  # the guideline to state instead of §2X1.1 over §2A1.1 or §2A1.2

    @model_validator(mode="after")
    def _murder_listed(self) -> "Inchoate":
        for kind in ("attempt", "conspiracy", "solicitation"):
            covering = getattr(self.murder, kind).guideline
            if covering not in getattr(self, f"{kind}_covered"):
                raise ValueError(f"murder.{kind}: §{covering} is not in {kind}_covered "
                                 "(comment. (n.1) must list the covering guideline)")
        return self


SCHEMAS = {"attempt_solicitation_conspiracy": Inchoate}
