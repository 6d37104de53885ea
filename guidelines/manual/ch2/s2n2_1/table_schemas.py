"""The shape of §2N2.1's table (tables/food_drug_regulatory.toml); ``GuidelineReference`` is
also §2N3.1's."""

from __future__ import annotations

from typing import Literal

from ussg.guidelines.manual.ch2.fixed_levels import Levels, Paragraph, Reference
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition


class GuidelineReference(Reference):
    """A cross reference that applies a named guideline: §2F1.1 before Nov. 1, 2001, §2B1.1
    from then (Amendment 617)."""

    guideline: Literal["2F1.1", "2B1.1"]


class FoodDrugRegulatory(Levels):
    """A version of §2N2.1: (a) 6; (b)(1) from 2008; the cross references from 1992."""

    repeat_331: Paragraph | NotInEdition  # (b)(1) from 2008
    fraud: GuidelineReference | NotInEdition  # (b)(1) 1992-2008, (c)(1) from 2008
    other_offense: Reference | NotInEdition  # (b)(2) 1992-2008, (c)(2) from 2008


SCHEMAS = {"food_drug_regulatory": FoodDrugRegulatory}
