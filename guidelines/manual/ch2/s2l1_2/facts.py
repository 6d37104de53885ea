"""The facts §2L1.2 reads (the case file's ``[offense.reentry]``). The prior convictions are
the record Chapter Four counts (``[[criminal_history.priors]]``); what §2L1.2 asks about a
prior that the record does not say (the kind of offense as the edition defines it, conduct
that continued past the first order) is given here, per prior, by its id or position."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from typing import Annotated

from pydantic import Field, model_validator
from pydantic import Strict as Exact

from ussg.guidelines.case.facts import Date, Strict
from ussg.guidelines.manual.ch2.s2l1_2.table_schemas import PRIOR_KINDS

PriorKind = Enum("PriorKind", {k: k for k in PRIOR_KINDS}, type=str)

KIND_WORDS = {
    "illegal_reentry": "an illegal reentry offense (8 U.S.C. § 1253 or § 1326, or a second or "
                       "subsequent § 1325(a) offense; §2L1.2 comment. (n.2), Nov. 1, 2016 on)",
    "immigration_law_violation": "a felony involving violation of the immigration laws "
                                 "(excluded from (b)(1), Nov. 1, 1989 - Oct. 31, 1997)",
    "misdemeanor_1325a": "a misdemeanor under 8 U.S.C. § 1325(a) ((b)(1)(B), Nov. 1, 2016 on)",
    "aggravated_felony": "an aggravated felony, 8 U.S.C. § 1101(a)(43)",
    "drug_trafficking_offense": "a drug trafficking offense",
    "controlled_substance_offense": "a controlled substance offense (§4B1.2; the 1997 "
                                    "misdemeanor clause)",
    "crime_of_violence": "a crime of violence",
    "firearms_offense": "a firearms offense",
    "child_pornography_offense": "a child pornography offense",
    "national_security_or_terrorism_offense": "a national security or terrorism offense",
    "human_trafficking_offense": "a human trafficking offense",
    "alien_smuggling_offense": "an alien smuggling offense",
    "alien_smuggling_offense_for_profit": "an alien smuggling offense committed for profit "
                                          "(Nov. 1, 2001 - Oct. 31, 2003 wording)",
}


class ReentryPrior(Strict):
    """What §2L1.2 asks about one prior of ``[[criminal_history.priors]]``."""

    prior: str = Field(description="The prior it describes: its `id`, or its position in "
                       "[[criminal_history.priors]] (1, 2, ...), as `under_sentence_of`.")
    kinds: list[Annotated[PriorKind, Exact(False)]] = Field(
        default_factory=list,
        description="What the prior offense is, as the edition applied defines it (the court's "
        "finding): " + "; ".join(f"\"{k}\": {w}" for k, w in KIND_WORDS.items()) + ". Felony "
        "or misdemeanor is the prior's own `kind`; the sentence imposed is its imprisonment "
        "less any suspended part, plus revocations.")
    conduct_continued_after_first_order: bool = Field(
        False, description="The criminal conduct underlying the prior began before the first "
        "order of deportation or removal (its offense_date) and continued after it (§2L1.2(b)(3) "
        "as of Nov. 1, 2016; comment. (n.5) from Nov. 1, 2018: count it under (b)(2) only).")


class ReentryFacts(Strict):
    """§2L1.2 (Unlawfully Entering or Remaining in the United States)."""

    first_ordered_removed: Date | None = Field(
        None, description="Nov. 1, 2016 on, (b)(2)/(b)(3): the date the defendant was first "
        "ordered deported or ordered removed from the United States (a final order of "
        "exclusion, deportation or removal, comment. (n.1(A))).")
    deported_on: list[Date] | None = Field(
        None, description="Before Nov. 1, 2016, (b)(1): each date the defendant was deported "
        "(removed, or departed while an order of exclusion, deportation or removal was "
        "outstanding); a conviction before one of them is one the defendant \"previously was "
        "deported after\". Required under those editions when the record has a conviction "
        "(deported_on = [] for none).")
    remained_after_order_of: Date | None = Field(
        None, description="Nov. 1, 1997 - Oct. 31, 2016, (b)(1): the defendant unlawfully "
        "remained in the United States following a removal order issued on this date (a "
        "conviction before it counts as one before a deportation).")
    previously_entered_unlawfully: bool = Field(
        False, description="Nov. 1, 1987 - Jan. 14, 1988, (b)(1): the defendant previously "
        "had unlawfully entered or remained in the United States.")
    priors: list[ReentryPrior] = Field(
        default_factory=list, description="[[offense.reentry.priors]]: what §2L1.2 asks about "
        "a prior conviction of the record that the record itself does not say.")

    @model_validator(mode="after")
    def _consistent(self) -> ReentryFacts:
        named = [p.prior for p in self.priors]
        twice = sorted({n for n in named if named.count(n) > 1})
        if twice:
            raise ValueError(f"priors: {', '.join(twice)} described twice")
        if self.deported_on and self.first_ordered_removed is not None and \
                min(self.deported_on) < self.first_ordered_removed:
            raise ValueError(f"deported_on {min(self.deported_on).isoformat()} is before "
                             f"first_ordered_removed {self.first_ordered_removed.isoformat()}: "
                             f"a deportation follows an order")
        return self

    def about(self, label: str) -> ReentryPrior | None:
        return next((p for p in self.priors if p.prior == label), None)

    @property
    def last_deported(self) -> dt.date | None:
        return max(self.deported_on) if self.deported_on else None

    @property
    def deportations_stated(self) -> bool:
        return self.deported_on is not None or self.remained_after_order_of is not None
