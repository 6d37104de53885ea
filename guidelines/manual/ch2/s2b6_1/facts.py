"""The facts §2B6.1 (Altering or Removing Motor Vehicle Identification Numbers, ...) reads: the
case file's ``[offense.vehicle_identification_numbers]``."""

from __future__ import annotations

from pydantic import Field

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money


class VehicleIdentificationNumbersFacts(Strict):
    """§2B6.1: the retail value (required) and the findings (optional)."""

    retail_value: Money = Field(
        description="(b)(1): the retail value of the motor vehicles or parts, in dollars "
        "(\"$38,000\"): until Oct. 31, 2001 over $2,000 the levels of §2F1.1's loss table; "
        "from Nov. 1, 2001 1 level over $2,000 up to $5,000 and §2B1.1's table above it (from "
        "Nov. 1, 2015 $2,500 and $6,500); each table as in force on the same date.")
    in_business_of_receiving_and_selling_stolen_property: bool = Field(
        False, description="(b)(2), +2: the defendant was in the business of receiving and "
        "selling stolen property (from Nov. 1, 1989, Amendment 117; refused before).")
    organized_scheme: bool = Field(
        False, description="(b)(3), at least level 14: the offense involved an organized "
        "scheme to steal vehicles or vehicle parts, or to receive stolen vehicles or vehicle "
        "parts (an auto theft ring or \"chop shop\", comment. (n.1); from Nov. 1, 1989, "
        "Amendment 118; refused before).")
    organized_criminal_activity: bool = Field(
        False, description="(b)(2) before Nov. 1, 1989, at least level 14: the offense "
        "involved organized criminal activity (Amendment 118 replaced the words; refused "
        "from then).")
