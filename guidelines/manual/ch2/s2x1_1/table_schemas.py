"""The shape of §2X1.1's table (tables/attempt_solicitation_conspiracy.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Common


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


SCHEMAS = {"attempt_solicitation_conspiracy": Inchoate}
