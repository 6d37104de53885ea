"""The facts §2D1.12 asks for (``[offense.prohibited_equipment]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ProhibitedEquipmentFacts(Strict):
    """§2D1.12 (the text in force from Nov. 1, 2004)."""

    state_of_mind: Literal["intended_or_knew", "reasonable_cause"] = Field(
        description="§2D1.12(a): \"intended_or_knew\" ((a)(1), 12: \"the defendant intended to "
        "manufacture a controlled substance or knew or believed the prohibited flask, "
        "equipment, chemical, product, or material was to be used to manufacture a controlled "
        "substance\") or \"reasonable_cause\" ((a)(2), 9: \"had reasonable cause to believe\" "
        "it was to be so used).")
    methamphetamine: bool = Field(
        False, description="§2D1.12(b)(1): the defendant intended to manufacture "
        "methamphetamine, or knew, believed, or had reasonable cause to believe the items were "
        "to be used to manufacture methamphetamine (+2).")
    hazardous_release_or_waste: bool = Field(
        False, description="§2D1.12(b)(2): an unlawful discharge, emission, or release into "
        "the environment of a hazardous or toxic substance, or the unlawful transportation, "
        "treatment, storage, or disposal of a hazardous waste (+2).")
    mass_marketing: bool = Field(
        False, description="§2D1.12(b)(3): distributed through mass-marketing by means of an "
        "interactive computer service (+2).")
    anhydrous_ammonia: bool = Field(
        False, description="§2D1.12(b)(4): stealing anhydrous ammonia or transporting stolen "
        "anhydrous ammonia (+6).")
    manufacturing: bool = Field(
        False, description="§2D1.12(c)(1): the offense involved unlawfully manufacturing a "
        "controlled substance, or attempting to (comment. (n.1): the actions sufficient to "
        "constitute the offense were completed); give the substance in [offense] drugs: "
        "§2D1.1 applies if its level is greater.")
