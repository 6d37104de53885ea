"""The schema of §2B4.1's table (tables/commercial_bribery.toml), checked when it is loaded."""

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, NotInEdition
from ussg.guidelines.manual.ch2.s2c1_2.table_schemas import Value


class FinancialClause(Closed):
    """A clause of (b)(2): "jeopardized" (the offense substantially jeopardized the safety and
    soundness of a financial institution) or "gross_receipts" (more than $1,000,000 in gross
    receipts, in the edition's words)."""

    key: Literal["jeopardized", "gross_receipts"]
    clause: str  # "" (1990: a single clause), "(A)", "(B)"
    levels: int
    text: str


class FinancialInstitution(Closed):
    """(b)(2) (from Nov. 1, 1990): its clauses, applied once (the greater where ``greater``
    gives the words), then "less than level 24, increase to level 24"."""

    paragraph: str
    text: str
    clauses: list[FinancialClause] = Field(min_length=1)
    greater: str | None = None  # from Nov. 1, 2002: "(Apply the greater)"
    floor: int = Field(ge=1, le=43)
    floor_text: str


class CommercialBribery(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    value: Value  # (b)(1)
    financial_institution: FinancialInstitution | NotInEdition  # (b)(2), from Nov. 1, 1990
    fines: CrossReference | None = None  # (c), from Nov. 1, 1991 (not applied)


SCHEMAS = {"commercial_bribery": CommercialBribery}
