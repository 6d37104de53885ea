"""The facts §2D1.11 asks for (``[offense.listed_chemical]``); the controlled substance of
the (c)(1) cross reference is ``[offense] drugs``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ussg.guidelines.case.facts import Strict
from ussg.guidelines.engine.quantity import parse_quantity


class ListedChemical(Strict):
    """One listed chemical and its quantity, as the Chemical Quantity Tables name it."""

    name: str = Field(
        description="The chemical as §2D1.11(d) or (e) names it: \"Ephedrine\", "
        "\"Pseudoephedrine\", \"Phenylpropanolamine\" ((d)), or a chemical of (e) such as "
        "\"Hydriodic Acid\", \"Iodine\", \"Red Phosphorus, White Phosphorus, or "
        "Hypophosphorous Acid\", \"Gamma-butyrolactone\", \"Acetone\" (`ussg tables "
        "listed_chemical` lists them).")
    quantity: str = Field(
        description="Exact quantity with unit, as a string: \"80 g\", \"2.7 kg\", \"340.7 l\" "
        "(Gamma-butyrolactone is measured in liters from Nov. 1, 2004, by weight before). Tablets: Note (C) to the tables, \"use "
        "the weight of the ephedrine, pseudoephedrine, or phenylpropanolamine contained in "
        "the tablets, not the weight of the entire tablets\". The same chemical given twice "
        "is added up.")

    @field_validator("quantity")
    @classmethod
    def _readable(cls, value: str) -> str:
        parse_quantity(value)
        return value


class ListedChemicalFacts(Strict):
    """§2D1.11 (the texts in force from Nov. 1, 1991). A characteristic's fact stated
    where the edition lacks it ((b)(4) before Nov. 1, 2004, (b)(5) before Nov. 1, 2007,
    (b)(6) before Nov. 1, 2012) is an error naming the field."""

    chemicals: list[ListedChemical] = Field(
        min_length=1,
        description="§2D1.11(a), (d), (e): every listed chemical the offense involved "
        "([[offense.listed_chemical.chemicals]], name and quantity). Note (A): the single "
        "chemical that results in the greatest offense level is used; Note (B): the "
        "chemicals of (d) (ephedrine, pseudoephedrine, phenylpropanolamine) are added up.")
    list_i_use: Literal["same_process", "different_substances_or_processes"] | None = Field(
        None, description="§2D1.11(d), Note (A) to the Chemical Quantity Table, Nov. 1, 1995 "
        "- Apr. 30, 2001, two or more list I chemicals: \"same_process\", \"used together to manufacture a "
        "controlled substance in the same manufacturing process\" (the single list I chemical "
        "that results in the greatest level); \"different_substances_or_processes\", \"used to "
        "manufacture different controlled substances or to manufacture one controlled "
        "substance by different manufacturing processes\" (each converted by the List I "
        "Chemical Equivalency Table, Note (E), and added). Required there, an error on other "
        "dates or with fewer than two list I chemicals.")
    dangerous_weapon_possessed: bool = Field(
        False, description="§2D1.11(b)(1): \"a dangerous weapon (including a firearm) was "
        "possessed\" (+2).")
    convicted_without_knowledge_element: bool = Field(
        False, description="§2D1.11(b)(2): the defendant is convicted of violating 21 U.S.C. "
        "§ 841(c)(2) or (f)(1), or § 960(d)(2), (d)(3), or (d)(4) (-3, unless "
        "knew_or_believed_manufacture).")
    knew_or_believed_manufacture: bool = Field(
        False, description="§2D1.11(b)(2): \"the defendant knew or believed that the listed "
        "chemical was to be used to manufacture a controlled substance unlawfully\" (the "
        "3-level decrease then does not apply).")
    hazardous_release_or_waste: bool = Field(
        False, description="§2D1.11(b)(3): an unlawful discharge, emission, or release into "
        "the environment of a hazardous or toxic substance, or the unlawful transportation, "
        "treatment, storage, or disposal of a hazardous waste (+2).")
    mass_marketing: bool = Field(
        False, description="§2D1.11(b)(4): distributed a listed chemical through "
        "mass-marketing by means of an interactive computer service (+2).")
    convicted_under_865: bool = Field(
        False, description="§2D1.11(b)(5): the defendant is convicted under 21 U.S.C. § 865 "
        "(+2).")
    safety_valve_criteria_met: bool = Field(
        False, description="§2D1.11(b)(6): the defendant meets the criteria of §5C1.2(a)(1)-(5) "
        "(-2; comment. (n.7): \"without regard to the offense of conviction\").")
    manufacturing: bool = Field(
        False, description="§2D1.11(c)(1): the offense involved unlawfully manufacturing a "
        "controlled substance, or attempting to (comment. (n.8): the actions sufficient to "
        "constitute the offense were completed); give the substance in [offense] drugs: "
        "§2D1.1 applies if its level is greater.")
