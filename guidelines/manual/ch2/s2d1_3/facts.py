"""The facts §2D1.3 asks for beyond §2D1.1's (``[offense.protected_distribution]``)."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.manual.ch2.s2d1_2.facts import DirectlyInvolvedDrug


class ProtectedDistributionFacts(Strict):
    """§2D1.3(a) (Nov. 1, 1987 - Oct. 31, 1989): what the court found."""

    pregnant_woman: bool = Field(
        False, description="§2D1.3(a)(1): \"for distributing a controlled substance to a "
                           "pregnant woman\" (the §2D1.1 level of double the drug amount, at "
                           "least 13).")
    under_twenty_one: bool = Field(
        False, description="§2D1.3(a)(2)(A): \"for distributing a controlled substance other "
                           "than five grams or less of marihuana to an individual under the "
                           "age of twenty-one years\".")
    within_1000_feet_of_school: bool = Field(
        False, description="§2D1.3(a)(2)(B): \"for distributing or manufacturing a controlled "
                           "substance other than five grams or less of marihuana within 1000 "
                           "feet of a schoolyard\". Only one of (a)(2) applies (Note 1).")
    directly_involved_drugs: list[DirectlyInvolvedDrug] | None = Field(
        None,
        description="\"the drug amount involved\" in the distribution (Note 2: multiple drugs "
        "or offenses as in the Commentary to §2D1.2, \"double or triple the drug amounts ... "
        "before totalling\"), one entry per substance, read as [[offense.drugs]]; left out, "
        "the whole quantity of [offense] drugs.")
