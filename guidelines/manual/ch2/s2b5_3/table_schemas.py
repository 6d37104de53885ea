"""The schema of §2B5.3's table (tables/copyright_trademark.toml), checked when it is
loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition, Paragraph
# (b)(1) has §2B5.1(b)(1)'s shape: the loss table of §2F1.1 or §2B1.1 over an amount, from
# 2001 one level in a band below it
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue
from ussg.guidelines.manual.ch2.s2b5_3.facts import RetailValueOf, Risk


class InfringementAmount(FaceValue):
    """(b)(1): the amount, and which retail values the edition reads."""

    retail_value_of: list[RetailValueOf] = Field(min_length=1)


class Manufacture(Closed):
    """The manufacture, importation, or uploading ((b)(2), then (b)(3)); from 2007 also the
    circumvention-devices conviction: +2, then the floor."""

    paragraph: str
    kinds: list[Literal["manufacture_importation_or_uploading",
                        "circumvention_devices_trafficking_conviction"]] = Field(min_length=1)
    levels: int
    minimum: int = Field(ge=1, le=43)
    text: str


class NotForProfit(Closed):
    """"decrease by 2 levels, but the resulting offense level shall be not less than level
    8"."""

    paragraph: str
    levels: int  # the decrease, a positive number
    not_less_than: int = Field(ge=1, le=43)
    text: str


class RiskOrWeapon(Closed):
    """(A) the risk (of the harms ``risks`` names) or (B) the weapon: +2, then the floor."""

    paragraph: str
    risks: list[Risk] = Field(min_length=1)
    levels: int
    minimum: int = Field(ge=1, le=43)
    text: str


class Military(Paragraph):
    """The counterfeit military good or service: +2, then the floor."""

    minimum: int = Field(ge=1, le=43)


class CopyrightTrademark(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    infringement_amount: InfringementAmount  # (b)(1)
    pre_release: Paragraph | NotInEdition
    manufacture: Manufacture | NotInEdition
    not_for_profit: NotForProfit | NotInEdition
    counterfeit_drug: Paragraph | NotInEdition
    risk_or_weapon: RiskOrWeapon | NotInEdition
    military: Military | NotInEdition


SCHEMAS = {"copyright_trademark": CopyrightTrademark}
