"""The shape of §2T1.9's table (tables/tax_conspiracy.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import TaxParagraph


class TaxConspiracy(Common):
    """One version of §2T1.9."""

    heading: str
    text_a: str
    guidelines: list[str]  # the sections (a)(1) names
    floor: int  # (a)(2): 10
    text_b: str  # "If more than one applies, use the greater:"
    not_with_2t1_4_b1: bool = False  # from Nov. 1, 1993: (b)(2)'s last sentence
    violence: TaxParagraph
    encouraging: TaxParagraph


SCHEMAS = {"tax_conspiracy": TaxConspiracy}
