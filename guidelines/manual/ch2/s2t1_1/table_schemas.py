"""The shape of the tax guidelines' tables: §2T4.1 (tables/tax_table.toml), §2T1.1
(tables/tax_evasion.toml), and the guidelines Amendment 491 consolidated into §2T1.1 on Nov. 1,
1993 (§§2T1.2, 2T1.3, 2T1.5: tables/tax_failure_to_file.toml, tax_false_statement.toml,
tax_fraudulent_returns.toml) and §2T1.4 (tables/tax_aiding_assisting.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import CrossReference, Paragraph


class FirstLine(Closed):
    """Line (A) of the Tax Table: "$2,500 or less" (1987: "less than $2,000")."""

    letter: str
    words: str
    level: int = Field(ge=1, le=43)


class Line(Closed):
    """A later line: "More than $X" (``more_than``), or in the 1987 table a range of whole
    dollars starting at ``at_least`` ("$5,001 - $10,000", ``words``)."""

    letter: str
    more_than: str | None = None
    at_least: str | None = None
    level: int = Field(ge=1, le=43)
    words: str | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> "Line":
        if (self.more_than is None) == (self.at_least is None):
            raise ValueError("a line has more_than or at_least, one of them")
        return self


class TaxTable(Common):
    """One version of §2T4.1."""

    first: FirstLine
    rows: list[Line]


class CriminalIncome(Closed):
    """(b)(1): "If the defendant failed to report or to correctly identify the source of income
    exceeding $10,000 in any year from criminal activity, increase by 2 levels. If the
    resulting offense level is less than level 12, increase to level 12." (1987: (A) "failed to
    report income exceeding $10,000 per year from criminal activity, or (B) the offense
    concealed or furthered criminal activity from which the defendant derived a substantial
    portion of his income")."""

    paragraph: str
    title: str  # the checklist's words for it
    levels: int
    floor: int
    source_misidentified: bool  # "or to correctly identify the source of" (Amendment 221)
    livelihood: bool  # 1987's (B)
    text: str


class Sophisticated(Closed):
    """(b)(2) in the edition's words: sophisticated means (to impede discovery, 1987-1998;
    "the offense involved sophisticated means", from 2001) or sophisticated concealment
    (1998-2001); a floor of level 12 from Nov. 1, 2001."""

    paragraph: str
    title: str  # the checklist's words for it
    fact: Literal["sophisticated_means", "sophisticated_concealment"]
    levels: int
    floor: int | None = None
    text: str


class NoTaxLoss(Closed):
    """§2T1.1(a)(2) and §2T1.4(a)(2): "6, if there is no tax loss"."""

    paragraph: str
    level: int
    text: str


class TaxEvasion(Common):
    """One version of §2T1.1."""

    heading: str
    text_a: str
    no_tax_loss: NoTaxLoss | None = None  # from Nov. 1, 1993
    greater_of_2t1_3: bool = False  # before Nov. 1, 1993: (A) or (B), the greater
    criminal_income: CriminalIncome
    sophisticated: Sophisticated


class TitledCrossReference(CrossReference):
    """A cross reference with the checklist's words for it."""

    title: str


class TaxParagraph(Paragraph):
    """A characteristic of fixed levels with the checklist's words for it (§2T1.4(b))."""

    title: str


class FormerTaxGuideline(MayNotExist):
    """One version of §2T1.2, §2T1.3 or §2T1.5 (Nov. 1, 1987 - Oct. 31, 1993)."""

    text_a: str | None = None
    text: str | None = None  # exists = false: why
    base_level: int | None = None  # §2T1.5
    less_than_table: int | None = None  # §2T1.2(a)(1): "1 level less than"
    no_tax_loss_level: int | None = None  # §2T1.2(a)(2): 5
    otherwise_level: int | None = None  # §2T1.3(a)(2): 6
    understated_percent: int | None = None  # §2T1.3's tax loss: 28 percent ...
    corporate_percent: int | None = None  # ... 34 for a corporation
    false_credits_percent: int | None = None  # ... plus 100 percent of false credits
    criminal_income: CriminalIncome | None = None
    sophisticated: Sophisticated | None = None
    cross_reference: TitledCrossReference | None = None  # §2T1.2(c)(1), from Nov. 1, 1989

    @model_validator(mode="after")
    def _complete(self) -> "FormerTaxGuideline":
        if self.exists and self.text_a is None:
            raise ValueError("a version where the guideline exists needs text_a")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist needs text")
        return self


SCHEMAS = {"tax_table": TaxTable, "tax_evasion": TaxEvasion}
