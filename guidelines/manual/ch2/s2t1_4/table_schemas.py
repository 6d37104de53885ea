"""The shape of §2T1.4's table (tables/tax_aiding_assisting.toml)."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Common
from ussg.guidelines.manual.ch2.s2t1_1.table_schemas import NoTaxLoss, Sophisticated, TaxParagraph


class TaxAiding(Common):
    """One version of §2T1.4."""

    text_a: str
    no_tax_loss: NoTaxLoss
    tax_loss_of_2t1_3: bool = False  # before Nov. 1, 1993: "as defined in §2T1.3"
    one_increase: bool = False  # from Nov. 1, 1993: (b)(1)(A) or (B), one increase of 2
    scheme_income: TaxParagraph
    return_preparer: TaxParagraph
    sophisticated: Sophisticated


SCHEMAS = {"tax_aiding_assisting": TaxAiding}
