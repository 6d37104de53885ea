"""The schema of §2B2.3's table (tables/trespass.toml), checked when it is loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.engine.table_schemas import Closed, Common
from ussg.guidelines.manual.ch2.offense_characteristics import (
    CrossReference, NotInEdition, Paragraph)
# (b)(3) has §2B5.1(b)(1)'s shape: the loss table of §2F1.1 or §2B1.1 over an amount, from
# 2001 one level in a band below it
from ussg.guidelines.manual.ch2.s2b5_1.table_schemas import FaceValue

Location = Literal["secure_government_facility", "nuclear_energy_facility",
                   "vessel_or_aircraft_of_the_united_states", "secure_area_of_airport",
                   "secure_area_of_seaport", "residence", "national_cemetery",
                   "restricted_building_or_grounds", "critical_infrastructure_computer",
                   "government_entity_computer", "white_house_or_vice_president_residence"]


class Place(Closed):
    """One location (b)(1) lists: the case file's word, its clause, its levels."""

    key: Location
    clause: str
    levels: int


class Locations(Closed):
    """(b)(1): the locations the edition lists (from Nov. 1, 2013 "(Apply the greater)")."""

    paragraph: str
    text: str
    places: list[Place] = Field(min_length=1)


class Trespass(Common):
    base_level: int = Field(ge=1, le=43)
    base_text: str
    locations: Locations  # (b)(1)
    weapon: Paragraph  # (b)(2)
    computer: FaceValue | NotInEdition  # (b)(3) from Nov. 1, 1997 (Amendment 551)
    cross_reference: CrossReference | NotInEdition  # (c)(1) from Nov. 1, 2002 (Amendment 637)


SCHEMAS = {"trespass": Trespass}
