"""The shape of §2L2.1's table (tables/document_trafficking.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Closed, Common


class Row(Closed):
    """One line of a number table: from ``at_least`` (to ``at_most``, if any), add ``add``."""

    line: str
    at_least: int
    at_most: int | None = None
    add: int


class DocumentTrafficking(Common):
    base: int
    text_a: str
    profit_increase: int | None = None  # (b)(1) Nov. 1, 1987 - Oct. 31, 1989: "for profit"
    profit_decrease: int | None = None
    text_b1: str
    documents: list[Row] | None = None  # (b)(2) from Nov. 1, 1992 (Amendment 450)
    documents_words: str = "documents/passports"  # what (b)(2) counts in the edition
    passport_felony: int | None = None  # (b)(3) from Nov. 1, 1995 (Amendment 524)
    text_b3: str | None = None
    felony_prior: int | None = None  # Amendment 544, May 1, 1997
    felony_priors: int | None = None
    us_passport: int | None = None  # (b)(5), Nov. 1, 2006 on
    foreign_passport: int | None = None


SCHEMAS = {"document_trafficking": DocumentTrafficking}
