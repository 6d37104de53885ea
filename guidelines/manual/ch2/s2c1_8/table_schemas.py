"""The shape of §2C1.8's table (tables/election_campaign.toml)."""

from __future__ import annotations

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed
from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph, Reference
from ussg.guidelines.manual.ch2.offense_characteristics import Alternatives
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue


class Transactions(Closed):
    """(b)(4): so many illegal transactions or more, so many levels."""

    paragraph: str
    title: str
    at_least: int = Field(ge=1)
    levels: int
    text: str


class ElectionCampaign(Levels):
    """One version of §2C1.8 (exists = false before Jan. 25, 2003)."""

    value: FaceValue | None = None  # (b)(1), the §2B1.1 table
    foreign_source: Alternatives | None = None  # (b)(2)
    governmental_funds_or_federal_benefit: Paragraph | None = None  # (b)(3)
    thirty_or_more_transactions: Transactions | None = None  # (b)(4)
    coercion: Paragraph | None = None  # (b)(5)
    cross_reference: Reference | None = None  # (c)(1)

    @model_validator(mode="after")
    def _paragraphs(self) -> "ElectionCampaign":
        needed = (self.value, self.foreign_source, self.governmental_funds_or_federal_benefit,
                  self.thirty_or_more_transactions, self.coercion, self.cross_reference)
        if self.exists and any(p is None for p in needed):
            raise ValueError("a version where §2C1.8 exists needs (b)(1)-(5) and (c)(1)")
        return self


SCHEMAS = {"election_campaign": ElectionCampaign}
