"""The shape of §2K1.4's table (tables/arson.toml), checked when it is loaded."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph


class Characteristic1987(Paragraph):
    """One of (b)(1)-(6) of 1987-1990 (the greatest applies): the case file's key for it."""

    key: str


class Note844h(Closed):
    """(d)(1) of 1989-1990: (b)(4) "applies only in the case of an offense committed prior to
    November 18, 1988"."""

    paragraph: str
    before: dt.date
    text: str


class PropertyCrossReference(CrossReference):
    """(c)(2) of 1987-1990: "Apply §2B1.3 ... if the resulting offense level is greater"."""

    guideline: str


class Alternative(Closed):
    """One subdivision of (a) from Nov. 1, 1990 ("Apply the Greatest"): a fixed level and the
    findings that meet it, or "2 plus the offense level from" another guideline."""

    paragraph: str
    text: str
    level: int | None = Field(None, ge=1, le=43)
    risk: str | None = None  # the substantial_risk finding that meets (A)
    destroyed: list[str] = []  # (B): the property destroyed or attempted to be destroyed
    endangered: list[str] = []  # (C): the property endangered
    maritime_navigation: bool = False
    plus: int | None = None
    guideline: str | None = None
    scheme_to_defraud: bool = False  # 1990-2001 (a)(3): only "in connection with a scheme"

    @model_validator(mode="after")
    def _one_kind(self) -> "Alternative":
        if (self.level is None) == (self.plus is None) or (self.plus is None) != (
                self.guideline is None):
            raise ValueError("an alternative is a level, or plus with a guideline")
        return self


class Cemetery(Paragraph):
    """(b)(2) from Nov. 1, 1998: not where the base offense level is determined under
    ``not_under``."""

    not_under: str


class Arson(MayNotExist):
    """One version of §2K1.4."""

    base_level: int | None = Field(None, ge=1, le=43)  # 1987-1990
    base_text: str | None = None
    greatest_text: str | None = None
    characteristics_1987: list[Characteristic1987] = []
    note_844h: Note844h | None = None
    property_cross_reference: PropertyCrossReference | None = None
    alternatives: list[Alternative] = []  # from 1990
    conceal: Paragraph | None = None
    national_cemetery: Cemetery | None = None
    part_a: CrossReference | None = None
    text: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> "Arson":
        if not self.exists:
            return self
        if self.base_level is not None:
            needed = ["base_text", "greatest_text", "property_cross_reference", "part_a"]
            ok = bool(self.characteristics_1987) and not self.alternatives
        else:
            needed = ["base_text", "conceal", "part_a"]
            ok = bool(self.alternatives) and not self.characteristics_1987
        missing = [f for f in needed if getattr(self, f) is None]
        if missing or not ok:
            raise ValueError(f"an incomplete version of §2K1.4: {', '.join(missing) or 'paragraphs'}")
        return self


SCHEMAS = {"arson": Arson}
