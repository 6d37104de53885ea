"""The shape of §2F1.1's tables (tables/fraud_deceit_*.toml)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.s2b1_1.table_schemas import (ClauseOption, GainAsLoss,
                                                             LossTableMayNotExist, Paragraph)


class FraudClauseOption(ClauseOption):
    """A clause of a §2F1.1(b) paragraph: the facts of ``[offense.fraud_deceit]`` it reads."""

    @classmethod
    def facts_model(cls) -> tuple[type, str]:
        from ussg.guidelines.manual.ch2.s2f1_1.facts import FraudDeceitFacts
        return FraudDeceitFacts, "offense.fraud_deceit"


class FraudParagraph(Paragraph):
    """A paragraph of §2F1.1(b) as the edition numbers it (other than (1), the planning
    paragraph (2), mass-marketing and sophisticated means, which have keys of their own)."""

    options: list[FraudClauseOption] = Field(min_length=1)


class PlanningClause(Closed):
    """A further clause of the original (b)(2) (Nov. 1, 1987 - Oct. 31, 1989): "(C) a
    misrepresentation ...; or (D) violation of any judicial or administrative order ..."."""

    clause: str
    fact: str
    words: str


class BaseOffenseLevel(MayNotExist):
    level: int | None = None
    text: str


class Characteristics(MayNotExist):
    planning_paragraph: str | None = None
    planning_levels: int | None = None
    planning_minimum: int | None = None
    planning_text: str | None = None
    mass_marketing_paragraph: str | None = None
    mass_marketing_levels: int | None = None
    mass_marketing_text: str | None = None
    sophisticated_paragraph: str | None = None
    sophisticated_levels: int | None = None
    sophisticated_minimum: int | None = None
    sophisticated_text: str | None = None
    planning_clauses: list[PlanningClause] = []  # (C) and (D) of the original (b)(2)
    paragraphs: list[FraudParagraph] = []  # the other paragraphs, in the edition's numbers


SCHEMAS = {
    "fraud_deceit_base_offense_level": BaseOffenseLevel,
    "fraud_deceit_loss_table": LossTableMayNotExist,
    "fraud_deceit_gain": GainAsLoss,
    "fraud_deceit_characteristics": Characteristics,
}
