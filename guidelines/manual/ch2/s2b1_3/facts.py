"""The facts §2B1.3 reads (the case file's ``[offense.property_damage]``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money
from ussg.guidelines.manual.ch2.s2b1_1.section_1030 import Section1030Subsection

if TYPE_CHECKING:  # §2K1.4's facts nest §2B1.3's: the model is completed at the end
    from ussg.guidelines.manual.ch2.s2k1_4.facts import ArsonFacts


class PropertyDamageFacts(Strict):
    """§2B1.3 (Property Damage or Destruction), Nov. 1, 1987 - Oct. 31, 2001."""

    loss: Money = Field(
        description="(b)(1): the loss, in dollars (\"$2,400\"; until June 15, 1988, Amendment "
        "10, \"the amount of the property damage or destruction, or the cost of "
        "restoration\"): over $100, the levels of the §2B1.1 loss table in force on the same "
        "date.")
    undelivered_mail: bool = Field(
        False, description="(b)(2) (1987-1990 (b)(3)): undelivered United States mail was "
        "destroyed (at least level 6).")
    more_than_minimal_planning: bool = Field(
        False, description="(b)(3) (1987-1990 (b)(2)): the offense involved more than minimal "
        "planning (+2).")
    national_cemetery: bool = Field(
        False, description="(b)(4), from Nov. 1, 1998 (Amendment 576): property of a national "
        "cemetery was damaged or destroyed (+2); an error before.")
    arson_or_explosives_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="(c)(1), from Nov. 1, 1990 (Amendment 313): the offense involved "
        "arson, or property damage by use of explosives: \"apply §2K1.4\"; the offense level "
        "under §2K1.4 as determined (or give its facts, arson, not both). An error before "
        "(the guideline then covered damage \"Other than by Arson or Explosives\").")
    arson: ArsonFacts | None = Field(
        None, description="(c)(1), from Nov. 1, 1990: the same cross reference, §2K1.4 "
        "computed from its facts (the keys of [offense.arson]; its property_damage table the "
        "§2B1.3 facts for \"2 plus the offense level from §2B1.3\", without this cross "
        "reference), its steps shown. An error before Nov. 1, 1990.")
    convicted_under_1030_subsection: Section1030Subsection | None = Field(
        None, description="(d)(1), Nov. 1, 1997 - Oct. 31, 2001 (Amendment 551): the "
        "subsection of 18 U.S.C. § 1030 of conviction, \"(a)(1)\" ... \"(a)(7)\"; (a)(5): \"the "
        "minimum guideline sentence, notwithstanding any other adjustment, shall be six "
        "months' imprisonment\" (the range's minimum raised to six months where lower, before "
        "§5G1.1). An error before Nov. 1, 1997.")

    @model_validator(mode="after")
    def _one_way_to_2k1_4(self) -> PropertyDamageFacts:
        if self.arson is not None and self.arson_or_explosives_offense_level is not None:
            raise ValueError("give the level under §2K1.4 as determined "
                             "(arson_or_explosives_offense_level) or its facts (arson), not both")
        return self


# §2K1.4's facts (ArsonFacts) nest §2B1.3's, and (c)(1) nests §2K1.4's: the models are
# completed once all are defined (nested_facts.py)
from ussg.guidelines.manual.ch2.nested_facts import complete, import_all  # noqa: E402

import_all()

complete()
