"""The shape of §2B1.2's table (tables/stolen_property.toml), shared with §2B1.3's
(tables/property_damage.toml): the two guidelines of 1987 built the same way."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Clause(Closed):
    clause: str  # "(A)"
    fact: str  # the case key
    levels: int
    words: str


class Paragraph(Closed):
    paragraph: str  # "(b)(2)"
    title: str
    text: str
    facts: list[str] = Field(min_length=1)
    levels: int | None = None  # "increase by N levels"
    clauses: list[Clause] | None = None  # "(A) ...; or (B) ...": the greater applies
    minimum: int | None = None  # "increase to level N"

    @model_validator(mode="after")
    def _effect(self) -> Paragraph:
        if self.levels is None and self.clauses is None and self.minimum is None:
            raise ValueError(f"{self.paragraph} has no effect (levels, clauses or minimum)")
        return self


class CrossReference(Closed):
    paragraph: str
    guideline: str
    text: str


class SpecialInstruction(Closed):
    paragraph: str
    subsections: list[str] = Field(min_length=1)  # of 18 U.S.C. § 1030
    months: int
    text: str


class PropertyGuideline(MayNotExist):
    text: str | None = None  # exists = false: why (the registry quotes it)
    base: int | None = None
    text_a: str | None = None
    text_b1: str | None = None  # (b)(1): the value or loss through the §2B1.1 table
    order_note: str | None = None  # where the Manual orders the paragraphs otherwise
    paragraphs: list[Paragraph] | None = None  # (b)(2) on, in the order they apply
    cross_reference: CrossReference | None = None
    special_instruction: SpecialInstruction | None = None

    @model_validator(mode="after")
    def _complete(self) -> PropertyGuideline:
        if self.exists and None in (self.base, self.text_a, self.text_b1, self.paragraphs):
            raise ValueError("a version where the guideline exists needs base, text_a, text_b1 "
                             "and paragraphs")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist says why (text)")
        return self


SCHEMAS = {"stolen_property": PropertyGuideline}
