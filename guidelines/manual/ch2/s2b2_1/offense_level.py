"""§2B2.1 (Burglary of a Residence or a Structure Other than a Residence; until Nov. 1, 1993
Burglary of a Residence) in the Chapter Two registry, as each edition has it
(tables/burglary.toml; its loss table tables/burglary_loss_table.toml).

§2B2.1 (2025): "(a) Base Offense Level: (1) 17, if a residence; or (2) 12, if a structure other
than a residence. (b) (1) If the offense involved more than minimal planning, increase by 2
levels. (2) If the loss exceeded $5,000, increase the offense level as follows: [the table]
(3) If a firearm, destructive device, or controlled substance was taken, or if the taking of
such item was an object of the offense, increase by 1 level. (4) If a dangerous weapon
(including a firearm) was possessed, increase by 2 levels."

:func:`characteristics` is §2B2.2's too (Burglary of Other Structures, 1987-1993, whose (b)(2)
reads "the table in §2B2.1").
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    apply_paragraph, set_base_level_by_finding)
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import loss_table_line

TABLE = "burglary"
LOSS_TABLE = "burglary_loss_table"
SECTION = "§2B2.1"
CH = "chapter_two"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B2.1(a): from Nov. 1, 1993 (1) 17 for a residence, (2) 12 for a structure other than
    a residence; before, "Base Offense Level: 17", the burglary of a residence alone (a
    structure other than a residence is refused: §2B2.2 is its guideline then)."""
    version = sheet.manual.table(TABLE)
    residence = given.facts.residence
    if not residence and all(b["applies_to"] == "all" for b in version["base_levels"]):
        raise CaseError(f"{given.facts_field}.residence",
                        f"{SECTION} in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} is “Burglary of a Residence” "
                        f"(“{version['base_levels'][0]['text']}”): the burglary of a structure "
                        f"other than a residence is §2B2.2 (Burglary of Other Structures) until "
                        f"Amendment 481 consolidated the two, eff. Nov. 1, 1993: use guideline "
                        f"= \"2B2.2\" with [offense.burglary_other_structure]")
    set_base_level_by_finding(sheet, version, SECTION, "Base offense level (burglary)",
                              "residence", residence, "residence", "burglary of a residence")


def loss_table_reading(sheet: Worksheet, amount, field: str) -> tuple[str, int, str, Version]:
    """The line of §2B2.1(b)(2)'s table in force on the worksheet's date for ``amount``: its
    letter, levels and words, and the table's version (also read by §2B2.2(b)(2) and, Nov. 1,
    1990 - Oct. 31, 1991, §2B3.2(b)(1), "the table in §2B2.1(b)(2)")."""
    table = sheet.manual.table(LOSS_TABLE)
    letter, add, line = loss_table_line(table, amount, field)
    return letter, add, line, table


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2B2.1(b)(1)-(4)."""
    characteristics(sheet, given, sheet.manual.table(TABLE), SECTION)


def characteristics(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                    section: str) -> None:
    """(b)(1) more than minimal planning; (b)(2) the loss through §2B2.1's loss table in force
    on the same date; (b)(3) the item taken; (b)(4) the weapon: each a fixed number of levels
    added (the order does not change the sum)."""
    facts = given.facts
    apply_paragraph(sheet, version, section, "More than minimal planning", version["planning"],
                    facts.more_than_minimal_planning, "more_than_minimal_planning = true")
    paragraph = version["loss"]
    letter, add, line, table = loss_table_reading(sheet, facts.loss, f"{given.facts_field}.loss")
    words = f"loss = \"{facts.loss!s}\""
    reason = f"“{paragraph['text']}” §2B2.1(b)(2) {line}"
    source = f"{sheet.note_version(version)}; {sheet.note_version(table)}"
    if add:
        sheet.adjust(CH, f"{section}{paragraph['paragraph']}({letter})", "Loss", words, add,
                     reason, source)
    else:
        sheet.note(CH, f"{section}{paragraph['paragraph']}", "Loss", words, "no increase",
                   reason, source)
    apply_paragraph(sheet, version, section, "Firearm, destructive device or controlled "
                    "substance taken", version["item_taken"],
                    facts.firearm_destructive_device_or_controlled_substance,
                    "firearm_destructive_device_or_controlled_substance = true")
    apply_paragraph(sheet, version, section, "Dangerous weapon possessed", version["weapon"],
                    facts.dangerous_weapon_possessed, "dangerous_weapon_possessed = true")
