"""The shape of §2A1.4's table (tables/involuntary_manslaughter.toml), checked when it is
loaded."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, NotInEdition
from ussg.guidelines.manual.ch2.s2a1_4.facts import Conduct


class ConductLevel(Closed):
    """A subdivision of (a): the conduct it names (the case file's word), its level, its
    words."""

    paragraph: str  # "(a)(2)(B)"
    conduct: Conduct
    level: int
    text: str


class ConductNotInEdition(Closed):
    """A kind of conduct (a) does not name in the edition: why (which amendment added it)."""

    conduct: Conduct
    note: str


class InvoluntaryManslaughter(Common):
    heading: str  # (a)'s opening words
    base_levels: list[ConductLevel]
    greater: str | None = None  # (a)(2)'s "(Apply the greater):" (from Nov. 1, 2004)
    absent: list[ConductNotInEdition] = []
    # (b)(1) from Nov. 1, 2004: { paragraph, text } (a special instruction, not a reference)
    more_than_one_person: CrossReference | NotInEdition


SCHEMAS = {"involuntary_manslaughter": InvoluntaryManslaughter}
