"""The §2D1.1(b) specific offense characteristics and (d) cross references (the tables
with a `fact`): tables/README.md, "§2D1.1 characteristic tables"."""

from typing import Literal

from . import Closed, MayNotExist


class Clause(Closed):
    key: str
    label: str
    levels: int | None = None
    floor: int | None = None
    paragraph: str | None = None
    unless: list[str] = []
    unless_note: str | None = None
    finding: str | None = None
    state_of_mind: str | None = None
    accepts: list[str] = []
    accepts_note: str | None = None
    # the commentary's "do not apply §3B1.3" where this clause applies (its words)
    excludes_3b1_3: str | None = None
    # where those words stood in that edition ("comment. (n.13)"), when not the 2016 note
    excludes_3b1_3_note: str | None = None


class DeathOrInjuryLevel(Closed):
    paragraph: str
    level: int
    statutes: list[str]
    prior_conviction: bool
    prior_kinds: list[str] = []
    text: str


class Characteristic(MayNotExist):
    paragraph: str | None = None
    text: str | None = None
    levels: int | None = None
    floor: int | None = None
    requires: Literal["aggravating_role", "no_mitigating_role", "minimal_participant"] | None = None
    requires_conviction: str | None = None
    all_clauses: bool = False
    min_level: int | None = None
    clause: list[Clause] = []
    only_if_greater: bool = False
    apply: dict[str, str] = {}  # cross reference: the guideline applied, by finding
    # drug_death_or_injury.toml: §2D1.1(a)'s levels and the grounds that establish them
    level: list[DeathOrInjuryLevel] = []
    grounds: list[str] = []
    computable: bool = True
