"""The schema of §2B6.1's table (tables/motor_vehicle_identification_numbers.toml), checked
when it is loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import NotInEdition, Paragraph
# (b)(1) has §2B5.1(b)(1)'s shape: the loss table of §2F1.1 or §2B1.1 over an amount, from
# 2001 one level in a band below it
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue


class Organized(Closed):
    """The floor of 14 for organized conduct ((b)(2) before Nov. 1, 1989, then (b)(3)): the
    case file's word for what the edition names."""

    paragraph: str
    fact: Literal["organized_criminal_activity", "organized_scheme"]
    minimum: int = Field(ge=1, le=43)
    text: str


class MotorVehicleIdentificationNumbers(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    retail_value: FaceValue  # (b)(1)
    business: Paragraph | NotInEdition  # (b)(2) from Nov. 1, 1989 (Amendment 117)
    organized: Organized


SCHEMAS = {"motor_vehicle_identification_numbers": MotorVehicleIdentificationNumbers}
