"""The schema of §2P1.1's table (tables/escape.toml), checked when it is loaded."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition, Paragraph
from ussg.guidelines.manual.ch2.s2p1_2.table_schemas import Officer, TrustNote


class CustodyLevel(Closed):
    """One option of (a): its level for the custody its words name in the edition."""

    paragraph: str = Field(min_length=1)  # "(a)(1)"
    level: int = Field(ge=1, le=43)
    text: str = Field(min_length=1)
    custody: list[str]  # the case file's values of ``custody`` the words name


class Decrease(Closed):
    """(b)(2) or (b)(3): a decrease of the level under (a)(1) or under (a)(2)."""

    paragraph: str = Field(min_length=1)
    under_a1: int = Field(lt=0)
    under_a2: int = Field(lt=0)
    text: str = Field(min_length=1)
    proviso: bool  # the words end with "Provided, however, that this reduction shall not ..."


class OfficialVictimNote(Closed):
    """From Nov. 1, 1991 (Amendment 406): with (b)(1) from conduct involving an official
    victim, §3A1.2 is not applied."""

    note: str = Field(min_length=1)
    text: str = Field(min_length=1)


class Escape(Common):
    """One version of §2P1.1."""

    base_levels: list[CustodyLevel] = Field(min_length=2, max_length=2)
    unplaced: dict[str, str] = {}  # custody -> why the edition's (a) does not name it
    force: Paragraph
    returned: Decrease
    community_corrections: Decrease | NotInEdition
    officer: Officer
    trust_note: TrustNote
    official_victim_note: OfficialVictimNote | None = None

    @model_validator(mode="after")
    def _each_custody_once(self) -> Escape:
        named = [c for option in self.base_levels for c in option.custody]
        if len(named) != len(set(named)) or set(named) & set(self.unplaced):
            raise ValueError("a custody is placed under two options of (a)")
        return self


SCHEMAS = {"escape": Escape}
