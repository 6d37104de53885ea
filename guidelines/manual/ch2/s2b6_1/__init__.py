"""§2B6.1: altering or removing motor vehicle identification numbers, or trafficking in motor
vehicles or parts with altered or obliterated identification numbers, in every edition from
Nov. 1, 1987."""

from ussg.guidelines.manual.ch2.registry import OffenseGuideline

GUIDELINE = OffenseGuideline(
    section="2B6.1",
    title="Altering or Removing Motor Vehicle Identification Numbers, or Trafficking in Motor "
          "Vehicles or Parts with Altered or Obliterated Identification Numbers",
    rules="ussg.guidelines.manual.ch2.s2b6_1.offense_level",
    table="motor_vehicle_identification_numbers",
    facts_key="vehicle_identification_numbers",
    facts="ussg.guidelines.manual.ch2.s2b6_1.facts:VehicleIdentificationNumbersFacts",
    summary="motor vehicle identification numbers",
    notes=("the retail value through the §2F1.1 (until Oct. 31, 2001) or §2B1.1 loss table "
           "of the same date",),
    # the checklist trail: its characteristics, each where the edition has it
    checklist=("motor_vehicle_identification_numbers.retail_value",
               "motor_vehicle_identification_numbers.business",
               "motor_vehicle_identification_numbers.organized"),
)
