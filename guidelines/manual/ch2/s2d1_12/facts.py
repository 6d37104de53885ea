"""The facts §2D1.12 asks for (``[offense.prohibited_equipment]``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ussg.guidelines.case.facts import Strict


class ProhibitedEquipmentFacts(Strict):
    """§2D1.12, each fact from the edition that asks it (an error under an earlier one)."""

    state_of_mind: Literal["intended_or_knew", "reasonable_cause"] | None = Field(
        None,
        description="§2D1.12(a) from Nov. 1, 1995 (Amendment 520; required from then, an error "
        "before, when (a) is \"12\" alone): \"intended_or_knew\" ((a)(1), 12: \"the defendant "
        "intended to manufacture a controlled substance or knew or believed the prohibited "
        "flask, equipment, chemical, product, or material was to be used to manufacture a "
        "controlled substance\") or \"reasonable_cause\" ((a)(2), 9: \"had reasonable cause to "
        "believe\" it was to be so used).")
    methamphetamine: bool = Field(
        False, description="§2D1.12(b)(1) (from Nov. 1, 1997, Amendment 558): the defendant "
        "intended to manufacture methamphetamine, or knew, believed, or had reasonable cause "
        "to believe the items were to be used to manufacture methamphetamine (+2).")
    hazardous_release_or_waste: bool = Field(
        False, description="§2D1.12(b)(2) (from Nov. 1, 2000, Amendment 605): an unlawful "
        "discharge, emission, or release into the environment of a hazardous or toxic "
        "substance, or the unlawful transportation, treatment, storage, or disposal of a "
        "hazardous waste (+2).")
    mass_marketing: bool = Field(
        False, description="§2D1.12(b)(3) (from Nov. 1, 2004, Amendment 667): distributed "
        "through mass-marketing by means of an interactive computer service (+2).")
    anhydrous_ammonia: bool = Field(
        False, description="§2D1.12(b)(4) (from Nov. 1, 2004, Amendment 667): stealing "
        "anhydrous ammonia or transporting stolen anhydrous ammonia (+6).")
    manufacturing: bool = Field(
        False, description="§2D1.12(c)(1) ((b)(1) before Nov. 1, 1997): the offense involved "
        "unlawfully manufacturing a controlled substance, or attempting to (comment. (n.1): "
        "the actions sufficient to constitute the offense were completed); give the substance "
        "in [offense] drugs: §2D1.1 applies if its level is greater.")
