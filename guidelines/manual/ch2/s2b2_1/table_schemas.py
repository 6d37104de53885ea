"""The shape of §2B2.1's tables (tables/burglary.toml, tables/burglary_loss_table.toml); §2B2.2's
(tables/burglary_other_structure.toml) is built on the same parts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ussg.guidelines.engine.table_schemas import Closed, MayNotExist
from ussg.guidelines.manual.ch2.offense_characteristics import Paragraph
from ussg.guidelines.manual.ch2.s2b1_1.table_schemas import LossTable


class BaseLevel(Closed):
    """A subsection of (a): "all" (the single level of §2B2.1 before Nov. 1, 1993, a
    residence), "residence" ((a)(1)) or "otherwise" ((a)(2))."""

    paragraph: str
    level: int = Field(ge=1, le=43)
    applies_to: Literal["all", "residence", "otherwise"]
    text: str


class LossParagraph(Closed):
    """(b)(2): its opening words; the lines are §2B2.1's loss table of the same date."""

    paragraph: str
    text: str


class Characteristics(MayNotExist):
    """(b)(1)-(b)(4), the same in §2B2.1 and §2B2.2."""

    text: str | None = None  # exists = false: why (the registry quotes it)
    planning: Paragraph | None = None
    loss: LossParagraph | None = None
    item_taken: Paragraph | None = None
    weapon: Paragraph | None = None

    @model_validator(mode="after")
    def _complete(self) -> Characteristics:
        if self.exists and None in (self.planning, self.loss, self.item_taken, self.weapon):
            raise ValueError("a version where the guideline exists needs planning, loss, "
                             "item_taken and weapon")
        if not self.exists and self.text is None:
            raise ValueError("a version where the guideline does not exist says why (text)")
        return self


class Burglary(Characteristics):
    """One version of §2B2.1."""

    base_levels: list[BaseLevel] = Field(min_length=1, max_length=2)


SCHEMAS = {"burglary": Burglary, "burglary_loss_table": LossTable}
