"""The schema of §2D1.11's table (tables/listed_chemical.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.quantity import parse_quantity
from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class Row(Closed):
    """One line of a Chemical Quantity Table for one chemical, as printed: "At least
    ``at_least`` but less than ``less_than``" (the top row has no ``less_than``, the bottom
    row no ``at_least``)."""

    paragraph: str = Field(min_length=1)  # "(d)(5)"
    level: int = Field(ge=1, le=43)
    at_least: str | None = None
    less_than: str | None = None
    line: int = Field(ge=1)  # the line of the reference text (the version's source)
    # the reference file of ``line`` under ../shared/reference/ussg/ (the versions derived
    # from Appendix C: "appendix_c_2016/APPENDIX_C_Vol_II.txt"); absent: the version's Manual
    file: str | None = Field(None, min_length=1)
    note: str | None = None  # a row followed as printed though later corrected (shown)


class Chemical(Closed):
    """A chemical of table (d) or (e) and its rows, highest level first."""

    name: str = Field(min_length=1)
    # "d": the Ephedrine, Pseudoephedrine, and Phenylpropanolamine Quantity Table, "e": the
    # Chemical Quantity Table (designated (d)(1) and (d)(2) by Amendment 611, May 1 - Oct. 31,
    # 2001: the rows' paragraphs say so)
    table: Literal["d", "e"]
    list: Literal["I", "II"]
    rows: list[Row] = Field(min_length=2)

    @model_validator(mode="after")
    def _contiguous(self) -> Chemical:
        """Each row's "less than" is the "at least" of the row above; levels fall; one unit."""
        rows = self.rows
        if rows[0].less_than is not None or rows[-1].at_least is not None:
            raise ValueError(f"{self.name}: the top row has no \"less than\", the bottom row "
                             f"no \"at least\"")
        for upper, lower in zip(rows, rows[1:]):
            if lower.less_than is None or upper.at_least is None or \
                    parse_quantity(lower.less_than) != parse_quantity(upper.at_least) or \
                    lower.level >= upper.level:
                raise ValueError(f"{self.name}: {lower.paragraph} does not end where "
                                 f"{upper.paragraph} begins")
        dimensions = {parse_quantity(q).dimension for r in rows
                      for q in (r.at_least, r.less_than) if q}
        if len(dimensions) != 1:
            raise ValueError(f"{self.name}: rows in more than one measure")
        return self


class Characteristic(Closed):
    """One specific offense characteristic of (b): the fact it asks for and its levels."""

    paragraph: str = Field(min_length=1)
    text: str = Field(min_length=1)
    requires: str = Field(min_length=1)
    unless: str | None = None
    levels: int = Field(ge=-10, le=10)


class RoleDecrease(Closed):
    """(a)'s decrease for a defendant with a §3B1.2 adjustment, by the (d) level."""

    level: int = Field(ge=1, le=43)
    levels: int = Field(ge=-10, le=-1)


class Equivalency(Closed):
    """One line of the List I (before Nov. 1, 1995: Precursor) Chemical Equivalency Table:
    "1 gm of ``name`` = ``ephedrine`` gm of Ephedrine"."""

    name: str = Field(min_length=1)
    ephedrine: str = Field(pattern=r"^\d+(\.\d+)?$")  # grams of ephedrine per gram
    line: int = Field(ge=1)
    file: str = Field(min_length=1)


class EquivalencyPair(Closed):
    """The "**" note: a chemical of ``first`` with one of ``second`` is read separately."""

    first: list[str] = Field(min_length=1)
    second: list[str] = Field(min_length=1)


class ListedChemicalVersion(MayNotExist):
    """A version of §2D1.11: (a), (b), (c)(1), the Notes and the tables (d) and (e)."""

    text: str | None = None  # where the guideline does not exist: why
    base_offense_level: str | None = None
    mitigating_role_decrease: list[RoleDecrease] = []
    # the table whose level (a)'s decrease reads: "(d)", but "(e)" as Amendment 668 printed
    # it (Nov. 1, 2004 - Oct. 31, 2007), until 707 corrected it
    mitigating_role_table: Literal["d", "e"] = "d"
    cross_reference: str | None = None
    cross_reference_paragraph: str | None = Field(None, min_length=1)  # "(c)(1)"
    aggregate_table: Literal["d"] | None = None  # Note (B): the table whose chemicals add up
    note_single_chemical: str | None = None  # Note (A)
    note_single_chemical_label: str = "Note (A)"  # "Notes (B), (C)" before May 1, 2001
    # before May 1, 2001: Note (A) (from Nov. 1, 1995; before it Notes (A) and (D)), which
    # combines two or more list I chemicals through the Equivalency Table
    list_i_note: str | None = None
    list_i_note_label: str = "Note (A)"
    # Nov. 1, 1995 - Apr. 30, 2001: Note (A) reads list I chemicals "used together ... in the
    # same manufacturing process" singly (the fact ``list_i_use`` says which)
    list_i_same_process: bool = False
    equivalency_label: str | None = None  # "Note (E), List I Chemical Equivalency Table"
    equivalency: list[Equivalency] = []
    equivalency_cap: str | None = None  # the "*" note (anthranilic acid)
    equivalency_cap_names: list[str] = []
    equivalency_cap_grams: str | None = Field(None, pattern=r"^\d+(\.\d+)?$")
    equivalency_separately: str | None = None  # the "**" note
    equivalency_pairs: list[EquivalencyPair] = []
    note_aggregate: str | None = None  # Note (B)
    note_tablets: str | None = None  # Note (C)
    characteristics: list[Characteristic] = []
    chemicals: list[Chemical] = []

    @model_validator(mode="after")
    def _aggregate_table_alike(self) -> ListedChemicalVersion:
        """Note (B) reads one scale for the chemicals of (d): their rows must be the same."""
        names = [c.name for c in self.chemicals]
        if len(names) != len(set(names)):
            raise ValueError("a chemical is listed twice")
        scales = {tuple((r.level, r.at_least, r.less_than) for r in c.rows)
                  for c in self.chemicals if c.table == self.aggregate_table}
        if len(scales) > 1:
            raise ValueError("the chemicals of (d) do not share one scale (Note (B))")
        if self.list_i_note:
            list_i = {c.name for c in self.chemicals if c.list == "I"}
            converted = {e.name for e in self.equivalency}
            if "Ephedrine" not in list_i or converted != list_i - {"Ephedrine"}:
                raise ValueError(f"the Equivalency Table does not convert every list I chemical "
                                 f"of the tables to Ephedrine: {sorted(converted ^ (list_i - {'Ephedrine'}))}")
            named = {n for p in self.equivalency_pairs for n in p.first + p.second}
            named |= set(self.equivalency_cap_names)
            if not named <= list_i or not self.equivalency_label:
                raise ValueError(f"the Equivalency notes name {sorted(named - list_i)}")
        return self


SCHEMAS = {"listed_chemical": ListedChemicalVersion}
