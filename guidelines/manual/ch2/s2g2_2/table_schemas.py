"""The schema of §2G2.2's table (tables/child_pornography.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    Alternatives, CrossReference, Kinds, Paragraph)


class Statutes(Paragraph):
    statutes: list[str]  # the provisions of conviction (a)(1) names: "2252A(a)(5)"


class ImagesRow(Closed):
    clause: str
    at_least: int
    levels: int
    text: str


class ImagesTable(Closed):
    paragraph: str
    text: str
    per_video: int | None = None  # no rule for videos before Amendment 664 (Nov. 1, 2004)
    per_video_text: str | None = None
    rows: list[ImagesRow]


class Elsewhere(Closed):
    """Before Nov. 1, 2004: the provisions of conviction another guideline (§2G2.4) covered."""

    statutes: list[str]
    text: str


class ChildPornography(Common):
    # from Nov. 1, 2004 (Amendment 664): (a)(1) by statute, (a)(2), the (b)(1) decrease
    possession_statutes: Statutes | None = None
    otherwise_level: Paragraph | None = None
    receipt_only: Paragraph | None = None
    # before Nov. 1, 2004: (a) one level; possession was §2G2.4
    single_level: Paragraph | None = None
    possession_elsewhere: Elsewhere | None = None
    prepubescent: Paragraph
    distribution: Alternatives
    # the loss table (b)(2)(A)/(b)(3)(A) names for the retail value, where it is not §2B1.1's:
    # Nov. 1, 2000 - Oct. 31, 2001 "the table in §2F1.1 (Fraud and Deceit)"
    retail_value_table: str | None = None
    retail_value_section: str | None = None
    # before Nov. 1, 2000 (Amendment 592) one distribution increase, "distribution" as the
    # commentary defines it (quoted in the refusal of other kinds of distribution)
    distribution_definition: str | None = None
    portrayal: Kinds | None = None  # from Nov. 1, 1990 (Amendment 325)
    pattern: Paragraph | None = None  # from Nov. 27, 1991 (Amendment 435)
    computer: Kinds | None = None  # from Nov. 1, 1996 (Amendment 537)
    images: ImagesTable | None = None  # from Apr. 30, 2003 (Amendment 649)
    production_cross_reference: CrossReference | None = None  # from Nov. 1, 1990 (A325)

    @model_validator(mode="after")
    def _one_base(self) -> ChildPornography:
        by_statute = (self.possession_statutes, self.otherwise_level, self.receipt_only)
        if self.single_level is None:
            if None in by_statute:
                raise ValueError("(a)(1), (a)(2) and (b)(1), or single_level")
        elif any(p is not None for p in by_statute) or self.possession_elsewhere is None:
            raise ValueError("single_level goes with possession_elsewhere, without (a)(1)")
        return self


SCHEMAS = {"child_pornography": ChildPornography}
