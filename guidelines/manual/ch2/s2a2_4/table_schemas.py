"""The schema of §2A2.4's table (tables/obstructing_officers.toml), checked when it is
loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition, Paragraph


class Contact(Paragraph):
    """(b)(1): +3 once, for what the edition names (the case file's words in ``facts``)."""

    facts: list[Literal["struck_beat_or_wounded", "physical_contact",
                        "dangerous_weapon_possessed_and_threatened"]]


class CrossReference(Closed):
    """(c)(1) to §2A2.2; before Nov. 1, 1992 (Amendment 443) only where "the defendant is
    convicted under 18 U.S.C. § 111"."""

    paragraph: str
    text: str
    requires_conviction_under_111: bool


class OfficialVictimNote(Closed):
    """The commentary on §3A1.2: "do not apply §3A1.2 (Official Victim)", from Nov. 1, 1989
    (Amendment 89) "unless" the offense level is determined under §2A2.2 by (c)."""

    note: str
    text: str
    unless_cross_reference: bool


class ObstructingOfficers(MayNotExist):
    base_level: int | None = None
    base_text: str | None = None
    contact: Contact | None = None
    bodily_injury: Paragraph | NotInEdition | None = None  # (b)(2) from Nov. 1, 2004
    cross_reference: CrossReference | None = None
    official_victim_note: OfficialVictimNote | None = None
    text: str | None = None  # exists = false: why (the registry quotes it)

    @model_validator(mode="after")
    def _complete(self) -> ObstructingOfficers:
        needed = ("base_level", "base_text", "contact", "bodily_injury", "cross_reference",
                  "official_victim_note")
        missing = [f for f in needed if getattr(self, f) is None]
        if self.exists and missing:
            raise ValueError(f"a version where §2A2.4 exists needs {', '.join(missing)}")
        if not self.exists and self.text is None:
            raise ValueError("a version where §2A2.4 does not exist says why (text)")
        return self


SCHEMAS = {"obstructing_officers": ObstructingOfficers}
