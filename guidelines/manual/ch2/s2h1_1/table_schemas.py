"""The shape of §2H1.1's table (tables/individual_rights.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import Paragraph


class Alternative(Closed):
    """One of (a)'s alternative base offense levels ("Apply the Greatest"); (a)(1), "the
    offense level from the offense guideline applicable to any underlying offense", has no
    level of its own."""

    paragraph: str
    level: int | None = Field(None, ge=1, le=43)
    text: str


class Note(Closed):
    """An application note that keeps a Chapter Three adjustment from applying with (b)."""

    note: str  # "comment. (n.5)"
    text: str


class IndividualRights(MayNotExist):
    """One version of §2H1.1 (from Nov. 1, 1995)."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    text_a: str | None = None  # (a)'s heading
    underlying: Alternative | None = None  # (a)(1)
    participants: Alternative | None = None  # (a)(2), 12
    force: Alternative | None = None  # (a)(3), 10
    otherwise: Alternative | None = None  # (a)(4), 6
    public_official: Paragraph | None = None  # (b)(1), +6
    trust_note: Note | None = None  # comment. (n.5): do not apply §3B1.3
    hate_crime_note: Note | None = None  # comment. (n.4): §3A1.1(a) not with (b)
    comparative_note: Note | None = None  # comment. (n.1): the alternative only if greater

    @model_validator(mode="after")
    def _complete(self) -> IndividualRights:
        needed = ("text_a", "underlying", "participants", "force", "otherwise",
                  "public_official", "trust_note", "hate_crime_note", "comparative_note")
        missing = [f for f in needed if getattr(self, f) is None]
        if self.exists and missing:
            raise ValueError(f"a version where §2H1.1 exists needs {', '.join(missing)}")
        if not self.exists and not self.text:
            raise ValueError("a version where §2H1.1 is refused says why (text)")
        return self


SCHEMAS = {"individual_rights": IndividualRights}
