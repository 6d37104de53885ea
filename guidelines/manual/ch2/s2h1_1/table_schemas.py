"""The shape of §2H1.1's table (tables/individual_rights.toml) and of the former Part H,
Subpart 1 guidelines' tables (§§2H1.2-2H1.5, tables/former_civil_rights_*.toml), checked when
they are loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import Paragraph


class Alternative(Closed):
    """One of (a)'s alternative base offense levels: a level, or (``plus``) "the offense level
    from the offense guideline applicable to any underlying offense" (from Nov. 1, 1995, plus
    0) or "2 [6] plus the offense level applicable to any underlying offense" (before)."""

    paragraph: str
    level: int | None = Field(None, ge=1, le=43)
    plus: int | None = None
    text: str


class Fixed(Closed):
    """Before Nov. 1, 1995: a level of (a) other than the underlying offense's: "all" (the
    one level), or §2H1.3's "no_injury" (10) and "injury" (15)."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    applies_to: Literal["all", "no_injury", "injury"]
    text: str


class Note(Closed):
    """An application note that keeps a Chapter Three adjustment from applying."""

    note: str  # "comment. (n.5)"
    text: str


class Former(MayNotExist):
    """A former Part H, Subpart 1 guideline (§§2H1.1-2H1.5 before Nov. 1, 1995): (a) "Apply
    the greater" (§2H1.3: "greatest") of its levels and N plus the offense level applicable
    to any underlying offense; (b)(1) +4 for a public official (not §2H1.4)."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    title_in_edition: str | None = None
    heading: str | None = None
    fixed: list[Fixed] = []
    underlying: Alternative | None = None
    public_official: Paragraph | None = None
    trust_note: Note | None = None  # do not apply §3B1.3 (with (b)(1), or always: §2H1.4)
    trust_note_always: bool = False

    @model_validator(mode="after")
    def _complete(self) -> Former:
        _former_complete(self)
        return self


def _former_complete(version: Former) -> None:
    if version.exists and not (version.title_in_edition and version.heading and version.fixed
                               and version.underlying and version.trust_note):
        raise ValueError("a version where the guideline exists needs title_in_edition, "
                         "heading, fixed, underlying and trust_note")
    if not version.exists and not version.text:
        raise ValueError("a version where the guideline is refused says why (text)")


class IndividualRights(Former):
    """One version of §2H1.1: before Nov. 1, 1995 of the former shape (``former = true``),
    from then as Amendment 521 consolidated it."""

    former: bool = False
    text_a: str | None = None  # (a)'s heading
    participants: Alternative | None = None  # (a)(2), 12
    force: Alternative | None = None  # (a)(3), 10
    otherwise: Alternative | None = None  # (a)(4), 6
    hate_crime_note: Note | None = None  # comment. (n.4): §3A1.1(a) not with (b)
    comparative_note: Note | None = None  # comment. (n.1): the alternative only if greater

    @model_validator(mode="after")
    def _complete(self) -> IndividualRights:
        if self.former or not self.exists:
            _former_complete(self)
            return self
        needed = ("text_a", "underlying", "participants", "force", "otherwise",
                  "public_official", "trust_note", "hate_crime_note", "comparative_note")
        missing = [f for f in needed if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a version where §2H1.1 exists needs {', '.join(missing)}")
        return self


SCHEMAS = {"individual_rights": IndividualRights}
# the former guidelines' tables are read with ``Former`` (their packages' table_schemas)
