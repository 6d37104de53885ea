"""§2D1.12 in the Chapter Two registry (the text in force from Nov. 1, 2004).

2025 text: "(a) Base Offense Level (Apply the greater): (1) 12, if the defendant intended to
manufacture a controlled substance or knew or believed the prohibited flask, equipment,
chemical, product, or material was to be used to manufacture a controlled substance; or (2) 9,
if the defendant had reasonable cause to believe ..."; (b)(1)-(4) +2, +2, +2, +6; "(c) Cross
Reference (1) If the offense involved unlawfully manufacturing a controlled substance, or
attempting to manufacture a controlled substance unlawfully, apply §2D1.1 ... if the resulting
offense level is greater than that determined above." tables/prohibited_equipment.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.tables import load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (greatest_option,
                                                      manufacturing_cross_reference)

SECTION = "2D1.12"
TABLE = "prohibited_equipment"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.12(a): 12 or 9, by what the defendant intended, knew or had cause to believe."""
    state = given.facts.state_of_mind
    greatest_option(sheet, given, SECTION, TABLE,
                    answers={"intended_or_knew": state == "intended_or_knew",
                             "reasonable_cause": state == "reasonable_cause"},
                    quantities={}, drugs_read_elsewhere=True)  # by (c)(1)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.12(b)(1)-(4), each that the court found."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    for clause in version["characteristics"]:
        if getattr(given.facts, clause["requires"]):
            sheet.adjust("chapter_two", f"§2D1.12{clause['paragraph']}",
                         load_table(TABLE).title, f"{clause['requires']}: yes",
                         clause["levels"], f"“{clause['text']}”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.12(c)(1): §2D1.1, "if the resulting offense level is greater"."""
    manufacturing_cross_reference(sheet, given, SECTION, TABLE, given.facts.manufacturing,
                                  f"{given.facts_field}.manufacturing")
