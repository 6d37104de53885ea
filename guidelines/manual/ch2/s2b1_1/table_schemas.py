"""The shape of §2B1.1's tables (tables/theft_fraud_*.toml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, Common, MayNotExist


class LossRow(Closed):
    letter: str = Field(min_length=1)
    more_than: str | None = None  # "More than $5,000": dollars, as the Manual writes them
    at_least: str | None = None  # "$2,001 - $5,000" (1987): the line's first whole dollar
    words: str | None = None  # the line's words where they are not "More than ..."
    add: int

    @model_validator(mode="after")
    def _one_bound(self) -> LossRow:
        if (self.more_than is None) == (self.at_least is None):
            raise ValueError("a line has more_than or at_least")
        return self


class LossTable(Common):
    no_increase_through: str
    rows: list[LossRow] = Field(min_length=1)


class GainAsLoss(MayNotExist):
    """The edition's words on the gain as a measure of the loss (tables/theft_fraud_gain.toml,
    tables/fraud_deceit_gain.toml): ``text`` where they stand (``commentary``) and what they
    make of the gain (``meaning``); ``exists = false`` with a ``note`` where the edition has
    no such words."""

    text: str | None = None
    commentary: str | None = None
    meaning: Literal["only_if_loss_cannot_be_determined",
                     "alternative_estimate_understating_loss"] | None = None

    @model_validator(mode="after")
    def _complete(self) -> GainAsLoss:
        if self.exists and None in (self.text, self.commentary, self.meaning):
            raise ValueError("a version with words on gain needs text, commentary and meaning")
        if not self.exists and self.note is None:
            raise ValueError("a version without words on gain says why (note)")
        return self


class LossTableMayNotExist(MayNotExist):
    """A loss or value table of a guideline some editions lack (§2F1.1, §2S1.1(b)(2) before
    2001): no line after the guideline's deletion."""

    no_increase_through: str
    rows: list[LossRow]


class BaseOffenseLevel(Common):
    era: Literal["theft", "consolidated"] = "consolidated"  # the theft guideline before 2001
    level: int | None = None  # one level for the whole of (a)
    with_20_year_maximum: int | None = None  # (a)(1)
    otherwise: int | None = None  # (a)(2)
    text: str


class Referenced(Common):
    """Comment. (n.2(A)): whether a guideline applied as the most analogous one (§2X5.1) is
    "referenced to this guideline", under the note's words (``text``) and the rule that
    decides it (``rule``)."""
    most_analogous_guideline: bool
    text: str
    rule: str


class VictimRow(Closed):
    letter: str
    fact: Literal["victims", "mass_marketing", "hardship_victims"]
    at_least: int | None = None
    more_than: int | None = None
    less_than: int | None = None
    levels: int
    text: str


class Victims(Common):
    rows: list[VictimRow] = Field(min_length=1)
    # the commentary's "If subsection (b)(2)(B) or (C) applies, an enhancement under
    # §3A1.1(b)(2) shall not apply": the letters it names and its words (entered from 2015)
    no_large_number_of_vulnerable_victims: list[str] = []
    no_large_number_text: str | None = None


class SophisticatedMeans(Common):
    paragraph: str
    levels: int
    minimum: int
    defendant_conduct: bool
    text: str


class FinancialInstitution(Common):
    paragraph: str  # "(b)(17)": (A) and (B) are its subparagraphs
    more_than: str  # (A)'s threshold of gross receipts
    levels: int  # (A)
    b_levels: int  # (B)
    b_clauses: list[Literal["financial_institution", "public_company_or_large_employer",
                            "hundred_or_more_victims"]]
    minimum: int  # (D)
    text: str
    b_text: str
    minimum_text: str
    cap: int | None = None  # (C), from Nov. 1, 2003: (b)(2) and (B) together at most
    cap_text: str | None = None


class TheftPlanning(MayNotExist):
    paragraph: str
    levels: int
    text: str


class ClauseOption(Closed):
    """One way a characteristic of §2B1.1(b) applies: a clause of its paragraph ("(A)",
    "(C)(ii)"), the facts of ``[offense.theft_fraud]`` that must all be true, and, where the
    clause is a number, the fact compared (``count`` at least ``at_least``; ``amount`` more
    than ``more_than`` dollars)."""

    clause: str  # "(A)", "(B)(ii)"; "" for a paragraph with one clause
    facts: list[str] = []  # boolean facts, all required
    count: str | None = None  # an integer fact ...
    at_least: int | None = None  # ... at least this
    amount: str | None = None  # a dollar fact ...
    more_than: str | None = None  # ... more than this ("$1,000,000")
    levels: int = Field(ge=0)  # 0: a floor alone ("... and the offense level as determined
    # above is less than level 14, increase to level 14")
    minimum: int | None = None  # "If subparagraph (B) applies ... increase to level 14"
    # the commentary's "If subsection (b)(20) applies, do not apply §3B1.3": its words
    no_abuse_of_trust: str | None = None
    # the note that printed those words in that edition ("comment. (n.11(C))"), where entered
    no_abuse_of_trust_note: str | None = None
    words: str = Field(min_length=1)  # the clause in a few words, for the step

    @classmethod
    def facts_model(cls) -> tuple[type, str]:
        """The facts model the clause reads, and its case-file table."""
        from ussg.guidelines.manual.ch2.s2b1_1.facts import TheftFraudFacts
        return TheftFraudFacts, "offense.theft_fraud"

    @model_validator(mode="after")
    def _condition(self) -> ClauseOption:
        model, table = self.facts_model()
        names = [*self.facts, *(n for n in (self.count, self.amount) if n)]
        if not names:
            raise ValueError(f"clause {self.clause!r} names no fact")
        unknown = [n for n in names if n not in model.model_fields]
        if unknown:
            raise ValueError(f"clause {self.clause!r}: {unknown} are not keys of [{table}]")
        if (self.count is None) != (self.at_least is None):
            raise ValueError("count and at_least go together")
        if (self.amount is None) != (self.more_than is None):
            raise ValueError("amount and more_than go together")
        return self


class Paragraph(Closed):
    """A paragraph of §2B1.1(b) as the edition numbers it: its clauses (the greatest that
    applies is applied: "(Apply the greater)", or clauses of equal levels joined by "or"),
    and the floor the whole paragraph sets, if any."""

    number: int  # (b)(number): also the order in which the paragraphs apply
    title: str
    text: str  # the paragraph's words in the edition
    options: list[ClauseOption] = Field(min_length=1)
    minimum: int | None = None  # "If the resulting offense level is less than level N ..."


class Characteristics(Common):
    """§2B1.1(b)'s other characteristics, as the edition has them (tables/
    theft_fraud_characteristics.toml); (b)(1), (b)(2), the sophisticated-means and the
    financial-institution paragraphs have their own tables."""

    era: Literal["theft", "consolidated"] = "consolidated"  # the theft guideline before 2001
    paragraphs: list[Paragraph] = Field(min_length=1)

    @model_validator(mode="after")
    def _numbered_once(self) -> Characteristics:
        numbers = [p.number for p in self.paragraphs]
        if numbers != sorted(set(numbers)):
            raise ValueError(f"paragraphs out of order or repeated: {numbers}")
        return self


class CrossReferenceRule(Closed):
    paragraph: str  # "(c)(1)"
    ground: Literal["firearm_explosive_or_drug_taken", "arson_or_explosive_damage",
                    "false_statement_statute_other_offense",
                    "cultural_heritage_or_paleontological_resource"]
    guidelines: list[str]  # the guidelines it names; [] for "that other guideline" ((c)(3))
    if_greater: bool  # "if the resulting offense level is greater than that determined above"
    text: str


class CrossReferences(Common):
    rules: list[CrossReferenceRule] = Field(min_length=1)


SCHEMAS = {
    "theft_fraud_cross_references": CrossReferences,
    "theft_fraud_characteristics": Characteristics,
    "theft_more_than_minimal_planning": TheftPlanning,
    "theft_fraud_base_offense_level": BaseOffenseLevel,
    "theft_fraud_referenced": Referenced,
    "theft_fraud_loss_table": LossTable,
    "theft_fraud_gain": GainAsLoss,
    "theft_fraud_victims": Victims,
    "theft_fraud_sophisticated_means": SophisticatedMeans,
    "theft_fraud_financial_institution": FinancialInstitution,
}


class SpecialInstruction(MayNotExist):
    """§2B1.1(d) (Nov. 1, 2001 - Oct. 31, 2002): the minimum guideline sentence on a
    conviction under the subsections of 18 U.S.C. § 1030 it names."""
    paragraph: str | None = None
    subsections: list[str] | None = None
    months: int | None = None
    text: str | None = None

    @model_validator(mode="after")
    def _complete(self) -> SpecialInstruction:
        if self.exists and None in (self.paragraph, self.subsections, self.months, self.text):
            raise ValueError("a version where (d) exists needs paragraph, subsections, months "
                             "and text")
        if not self.exists and self.note is None:
            raise ValueError("a version without (d) says why (note)")
        return self


SCHEMAS["theft_fraud_special_instruction"] = SpecialInstruction
