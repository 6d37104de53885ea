"""The case file's ``[offense.import_duties]``: the facts §2T3.1 reads."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class ImportDutiesFacts(Strict):
    """§2T3.1 (Evading Import Duties or Restrictions (Smuggling); Receiving or Trafficking in
    Smuggled Property)."""

    tax_loss: Money = Field(
        description="(a): the tax loss, \"the amount of the duty\", as the court found it, "
        "exact dollars (\"$12,000\"; \"0\" for none).")
    sophisticated_means: bool = Field(
        False, description="(b)(1), from Nov. 1, 1991 (Amendment 410): \"sophisticated means "
        "were used to impede discovery of the nature or existence of the offense\" (to Oct. "
        "31, 1998), \"the offense involved sophisticated means\" (from Nov. 1, 2001, at least "
        "level 12): +2. An error before 1991 and Nov. 1, 1998 - Oct. 31, 2001.")
    sophisticated_concealment: bool = Field(
        False, description="(b)(1), Nov. 1, 1998 - Oct. 31, 2001 only (Amendment 577): \"the "
        "offense involved sophisticated concealment\", +2 (an error in other editions).")
    contraband_item: bool = Field(
        False, description="(c)(1), from Nov. 1, 1992 (Amendment 453; an error before): the "
        "offense involves a contraband item covered by another offense guideline: that "
        "guideline applies if the resulting offense level is greater.")
    contraband_guideline: str | None = Field(
        None, description="(c)(1): the other offense guideline: one ussg computes, its facts in "
        "its own table of this count (\"2D1.1\" from [offense] drugs, \"2K2.1\" with "
        "[offense.firearms]), or \"other\" (give contraband_offense_level).")
    contraband_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="contraband_guideline = \"other\": the offense level under that "
        "guideline, as determined.")

    @model_validator(mode="after")
    def _check(self) -> ImportDutiesFacts:
        if self.contraband_guideline is None:
            if self.contraband_item or self.contraband_offense_level is not None:
                raise ValueError("(c)(1) needs contraband_guideline: the offense guideline "
                                 "covering the contraband item, or \"other\"")
            return self
        if not self.contraband_item:
            raise ValueError("contraband_guideline is for (c)(1): state contraband_item = true")
        stated_or_computed(self.contraband_guideline, self.contraband_offense_level,
                           "contraband_guideline", "contraband_offense_level")
        return self
