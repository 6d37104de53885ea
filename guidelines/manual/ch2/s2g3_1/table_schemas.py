"""The shape of §2G3.1's table (tables/obscene_matter.toml), checked when it is loaded."""

from __future__ import annotations

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import Alternatives, Kinds, Paragraph


class ApplyGuideline(Closed):
    """(c)(1): its paragraph, its words and the guidelines it names ("2G2.2", "2G2.4")."""

    paragraph: str
    text: str
    guidelines: list[str]


class ObsceneMatter(Common):
    """One version of §2G3.1 (from Nov. 1, 2000; earlier dates are the table's gap)."""

    base_level: int
    base_text: str
    distribution: Alternatives  # (b)(1), "Apply the Greatest"
    retail_value_table: str  # the loss table (b)(1)(A) names
    retail_value_section: str  # "§2F1.1(b)(1)", "§2B1.1(b)(1)"
    deceiving_minor: Kinds | None = None  # (b)(2), from Nov. 1, 2004 (Amendment 664)
    computer: Paragraph | None = None  # (b)(3), from Nov. 1, 2004 (Amendment 664)
    portrayal: Kinds
    cross_reference: ApplyGuideline


SCHEMAS = {"obscene_matter": ObsceneMatter}
