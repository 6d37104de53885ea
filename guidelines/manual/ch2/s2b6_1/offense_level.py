"""§2B6.1 (Altering or Removing Motor Vehicle Identification Numbers, or Trafficking in Motor
Vehicles or Parts with Altered or Obliterated Identification Numbers) in the Chapter Two
registry, as each edition has it (tables/motor_vehicle_identification_numbers.toml).

2025 text (GLM2025_fulltext.txt lines 6982-6998): "(a) Base Offense Level: 8 (b)(1) If the
retail value of the motor vehicles or parts (A) exceeded $2,500 but did not exceed $6,500,
increase by 1 level; or (B) exceeded $6,500, increase by the number of levels from the table
in §2B1.1 (Theft, Property Destruction, and Fraud) corresponding to that amount. (2) If the
defendant was in the business of receiving and selling stolen property, increase by 2 levels.
(3) If the offense involved an organized scheme to steal vehicles or vehicle parts, or to
receive stolen vehicles or vehicle parts, and the offense level as determined above is less
than level 14, increase to level 14."

Before Nov. 1, 2015 (Amendment 791) $2,000 and $5,000; before Nov. 1, 2001 (Amendment 617)
(b)(1) read §2F1.1's table over $2,000; before Nov. 1, 1989 (Amendments 117, 118) there was
no (b)(2) for the business of receiving and selling stolen property, and the floor, then
(b)(2), read "organized criminal activity".
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_amount_band, apply_paragraph, base_level_of, refuse_paragraphs_not_in_edition)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import at_least
from ussg.guidelines.manual.ch2.s2b6_1.facts import VehicleIdentificationNumbersFacts

CH = "chapter_two"
TABLE = "motor_vehicle_identification_numbers"
SECTION = "§2B6.1"
ORGANIZED = ("organized_criminal_activity", "organized_scheme")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B6.1(a): "Base Offense Level: 8"."""
    version = sheet.manual.table(TABLE)
    _refuse_facts_not_in_edition(sheet, given, version)
    base_level_of(sheet, version, SECTION, "Base offense level (motor vehicle identification "
                  "numbers)", given.offense.description or "the offense of conviction")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) the retail value; (b)(2) the business (from 1989); the floor of 14 for
    organized conduct, last ("the offense level as determined above")."""
    facts: VehicleIdentificationNumbersFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    apply_amount_band(sheet, SECTION, "Retail value of the motor vehicles or parts",
                      version["retail_value"], facts.retail_value,
                      f"{given.facts_field}.retail_value",
                      f"retail_value = \"{facts.retail_value!s}\"", source)
    if version["business"].get("exists", True):
        apply_paragraph(sheet, version, SECTION, "In the business of receiving and selling "
                        "stolen property", version["business"],
                        facts.in_business_of_receiving_and_selling_stolen_property,
                        "in_business_of_receiving_and_selling_stolen_property = true")
    organized = version["organized"]
    name = organized["fact"]
    if not getattr(facts, name):
        return
    section, words = f"{SECTION}{organized['paragraph']}", f"{name} = true"
    if sheet.level >= organized["minimum"]:
        sheet.note(CH, section, f"Minimum offense level {organized['minimum']}", words,
                   "no change", f"“{organized['text']}”: the offense level {sheet.level} is "
                   f"not less than level {organized['minimum']}", source)
        return
    at_least(sheet, section, organized["minimum"], words, source,
             f"“{organized['text']}”: the offense level {sheet.level} is less than level "
             f"{organized['minimum']}")


def _refuse_facts_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase,
                                 version: Version) -> None:
    """A finding the edition's §2B6.1 does not read is an error naming the key."""
    facts: VehicleIdentificationNumbersFacts = given.facts
    field = given.facts_field
    refuse_paragraphs_not_in_edition(sheet, version, field, (
        ("business", "in_business_of_receiving_and_selling_stolen_property",
         facts.in_business_of_receiving_and_selling_stolen_property),))
    organized = version["organized"]
    for name in ORGANIZED:
        if getattr(facts, name) and name != organized["fact"]:
            raise CaseError(f"{field}.{name}", f"{SECTION}{organized['paragraph']} in the "
                            f"Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} reads “{organized['text']}"
                            f"” (Amendment 118, eff. Nov. 1, 1989, replaced \"organized "
                            f"criminal activity\" with \"an organized scheme to steal vehicles "
                            f"or vehicle parts, or to receive stolen vehicles or vehicle "
                            f"parts\")")
