"""The facts §2B1.5 reads (the case file's ``[offense.cultural_heritage]``). A fact the
edition in force does not have is refused, naming it (the rules check;
tables/cultural_heritage.toml)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.money import Money

if TYPE_CHECKING:  # §2K1.4's facts nest §2B1.1's, which nest these: completed at the end
    from ussg.guidelines.manual.ch2.s2k1_4.facts import ArsonFacts

Place = Literal["national_park_system", "national_historic_landmark",
                "national_monument_or_national_memorial", "national_marine_sanctuary",
                "national_cemetery", "veterans_memorial", "museum", "world_heritage_list"]

ResourceKind = Literal[
    "human_remains", "funerary_object", "cultural_patrimony", "sacred_object",
    "cultural_property", "designated_archaeological_or_ethnological_material",
    "pre_columbian_monumental_or_architectural_sculpture_or_mural"]


class CulturalHeritageFacts(Strict):
    """§2B1.5 (from Nov. 1, 2002)."""

    resource: Literal["cultural_heritage", "paleontological"] = Field(
        "cultural_heritage", description="The resource the offense involved: "
        "\"cultural_heritage\" (comment. (n.1)), or \"paleontological\" (from Nov. 1, 2010, "
        "Amendment 745; an error before, when §2B1.5 did not cover it).")
    value: Money = Field(
        description="(b)(1) (required): the value of the resource (comment. (n.2): its "
        "archaeological value, commercial value, and cost of restoration and repair, as "
        "applicable), in dollars: 1 level over $2,000 up to $5,000, above it the levels of "
        "the §2B1.1 loss table of the same date (from Nov. 1, 2015, Amendment 791: $2,500 and "
        "$6,500).")
    place: Place | None = Field(
        None, description="(b)(2), +2: the resource was from, or prior to the offense on, in, "
        "or in the custody of: \"national_park_system\" (A), \"national_historic_landmark\" "
        "(B), \"national_monument_or_national_memorial\" (C), \"national_marine_sanctuary\" "
        "(D), \"national_cemetery\" or (from Nov. 1, 2006, Amendment 685) \"veterans_memorial\" "
        "(E), \"museum\" (F), \"world_heritage_list\" (G).")
    resource_kind: ResourceKind | None = Field(
        None, description="(b)(3), +2: a cultural heritage resource constituting "
        "\"human_remains\" (A), \"funerary_object\" (B), \"cultural_patrimony\" (C), "
        "\"sacred_object\" (D), \"cultural_property\" (E), "
        "\"designated_archaeological_or_ethnological_material\" (F), "
        "\"pre_columbian_monumental_or_architectural_sculpture_or_mural\" (G) (not with "
        "resource = \"paleontological\": (b)(3) names a cultural heritage resource).")
    pecuniary_gain_or_commercial_purpose: bool = Field(
        False, description="(b)(4), +2: the offense was committed for pecuniary gain or "
        "otherwise involved a commercial purpose.")
    pattern_of_misconduct: bool = Field(
        False, description="(b)(5), +2: the defendant engaged in a pattern of misconduct "
        "involving cultural heritage resources (from Nov. 1, 2010 \"or paleontological "
        "resources\").")
    dangerous_weapon_brandished_or_threatened: bool = Field(
        False, description="(b)(6): a dangerous weapon was brandished or its use was "
        "threatened: +2, and at least level 14.")
    arson_offense_level: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="(c)(1): the offense involved arson, or property damage by the use "
        "of any explosive, explosive material, or destructive device: the offense level under "
        "§2K1.4 as determined, applied if greater (or give its facts, arson, not both).")
    arson: ArsonFacts | None = Field(
        None, description="(c)(1): the same cross reference, §2K1.4 computed from its facts "
        "(the keys of [offense.arson]; its theft_fraud table the §2B1.1 facts for \"2 plus "
        "the offense level from §2B1.1\"), its steps shown, applied if greater.")

    @model_validator(mode="after")
    def _consistent(self) -> CulturalHeritageFacts:
        if self.arson is not None and self.arson_offense_level is not None:
            raise ValueError("give the level under §2K1.4 as determined (arson_offense_level) "
                             "or its facts (arson), not both")
        if self.resource == "paleontological" and self.resource_kind is not None:
            raise ValueError("resource_kind is (b)(3)'s, \"a cultural heritage resource "
                             "constituting ...\": not with resource = \"paleontological\"")
        return self


# §2B1.1(c)(4)'s cross reference nests these facts; its module completes the models that nest
# each other (guidelines/manual/ch2/nested_facts.py)
from ussg.guidelines.manual.ch2.nested_facts import complete, import_all  # noqa: E402

import_all()

complete()
