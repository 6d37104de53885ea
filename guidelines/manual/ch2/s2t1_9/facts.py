"""The case file's ``[offense.tax_conspiracy]``: the facts §2T1.9 reads."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2x2_1.facts import stated_or_computed


class TaxConspiracyFacts(Strict):
    """§2T1.9 (Conspiracy to Impede, Impair, Obstruct, or Defeat Tax)."""

    underlying_guideline: str = Field(
        description="(a)(1): the guideline \"as appropriate\" (from Nov. 1, 1993 the one that "
        "\"most closely addresses the harm that would have resulted had the conspirators "
        "succeeded\", comment. (n.2)): \"2T1.1\" (computed from [offense.tax_evasion] of this "
        "count), \"2T1.4\" (from Nov. 1, 1993, [offense.tax_aiding]), \"2T1.3\" (before Nov. "
        "1, 1993, [offense.tax_false_statement]), or \"other\" (that guideline's level as "
        "determined: give underlying_offense_level).")
    underlying_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="underlying_guideline = \"other\": the offense level (base offense "
        "level plus any specific offense characteristics) from §2T1.1 or §2T1.4 (before Nov. 1, "
        "1993 §2T1.3), as determined.")
    stated_level_has_scheme_or_preparer_increase: bool = Field(
        False, description="underlying_guideline = \"other\", from Nov. 1, 1993: the stated "
        "level is §2T1.4's and includes an adjustment from §2T1.4(b)(1) (then (b)(2) is not "
        "applied).")
    violence: bool = Field(
        False, description="(b)(1): the offense involved the planned or threatened use of "
        "violence (from Nov. 1, 1993: to impede, impair, obstruct, or defeat the "
        "ascertainment, computation, assessment, or collection of revenue): +4.")
    encouraging_others: bool = Field(
        False, description="(b)(2): the conduct was intended to encourage persons other than or "
        "in addition to co-conspirators to violate the internal revenue laws or impede, impair, "
        "obstruct, or defeat the collection of revenue (before Nov. 1, 1993: impede or impair "
        "the Internal Revenue Service in the assessment and collection of revenue): +2; with "
        "(b)(1), the greater only.")

    @model_validator(mode="after")
    def _check(self) -> TaxConspiracyFacts:
        if self.underlying_guideline not in ("2T1.1", "2T1.3", "2T1.4", "other"):
            raise ValueError("underlying_guideline: (a)(1) reads §2T1.1 or §2T1.4 (before Nov. "
                             "1, 1993 §2T1.3): \"2T1.1\", \"2T1.4\", \"2T1.3\" or \"other\"")
        stated_or_computed(self.underlying_guideline, self.underlying_offense_level,
                           "underlying_guideline", "underlying_offense_level")
        if self.stated_level_has_scheme_or_preparer_increase and \
                self.underlying_guideline != "other":
            raise ValueError("stated_level_has_scheme_or_preparer_increase is for "
                             "underlying_guideline = \"other\"; a computed §2T1.4 level shows "
                             "its own (b)(1)")
        return self
