"""The shape of §2A3.6's table (tables/aggravated_registration_offense.toml)."""

from __future__ import annotations

from typing import Literal

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist


class StatuteParagraph(Closed):
    """(a) or (b): the statute it names (as a count's statute names it, "2250(c)"), whether
    the guideline sentence is the statute's minimum term ("minimum") or its term
    ("required"), and its words."""

    paragraph: str
    statute: str
    term: Literal["minimum", "required"]
    text: str


class AggravatedRegistrationOffense(MayNotExist):
    """One version of §2A3.6: (a), (b), the closing sentence and comment. (nn.1, 3), or
    ``exists = false`` and why."""

    text: str | None = None
    heading: str | None = None
    statutes: list[StatuteParagraph] | None = None
    closing_text: str | None = None
    note1_text: str | None = None
    note3_text: str | None = None


SCHEMAS = {"aggravated_registration_offense": AggravatedRegistrationOffense}
