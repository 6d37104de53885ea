"""§2D1.12 in the Chapter Two registry, as it stood in each edition from Nov. 1, 1991.

2025 text: "(a) Base Offense Level (Apply the greater): (1) 12, if the defendant intended to
manufacture a controlled substance or knew or believed the prohibited flask, equipment,
chemical, product, or material was to be used to manufacture a controlled substance; or (2) 9,
if the defendant had reasonable cause to believe ..."; (b)(1)-(4) +2, +2, +2, +6; "(c) Cross
Reference (1) If the offense involved unlawfully manufacturing a controlled substance, or
attempting to manufacture a controlled substance unlawfully, apply §2D1.1 ... if the resulting
offense level is greater than that determined above." The earlier texts (Amendment 371's
"Base Offense Level: 12" and cross reference (b)(1); 520's (a)(1)-(2); 558's (b)(1); 605's
(b)(2); 626's wording; 667's (b)(3)-(4)): tables/prohibited_equipment.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (asked_by, greatest_option,
                                                      manufacturing_cross_reference,
                                                      refuse_facts_not_in_edition)

SECTION = "2D1.12"
TABLE = "prohibited_equipment"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.12(a): 12 (Nov. 1, 1991 - Oct. 31, 1995), then 12 or 9, by what the defendant
    intended, knew or had reasonable cause to believe (Amendment 520). A fact the edition's
    guideline does not ask (a state of mind before 1995, a characteristic before the
    amendment that added it) is an error."""
    version = sheet.manual.table(TABLE)
    states_of_mind = bool(asked_by(version))  # (a)(1) and (a)(2), from Amendment 520
    asked = ({"state_of_mind"} if states_of_mind else set()) | {"manufacturing"} | {
        c["requires"] for c in version.get("characteristics", [])}
    refuse_facts_not_in_edition(sheet, given, SECTION, asked, "its text")
    state = given.facts.state_of_mind
    if states_of_mind and state is None:
        raise CaseError(f"{given.facts_field}.state_of_mind",
                        f"§2D1.12(a) as it stood on {format_date(sheet.manual.in_force)} asks "
                        f"whether the defendant intended or knew (\"intended_or_knew\", 12) or "
                        f"had reasonable cause to believe (\"reasonable_cause\", 9): state it")
    greatest_option(sheet, given, SECTION, TABLE,
                    answers={"intended_or_knew": state == "intended_or_knew",
                             "reasonable_cause": state == "reasonable_cause"},
                    quantities={}, drugs_read_elsewhere=True)  # by the cross reference


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.12(b), each characteristic of the edition that the court found."""
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    for clause in version.get("characteristics", []):
        if getattr(given.facts, clause["requires"]):
            sheet.adjust("chapter_two", f"§2D1.12{clause['paragraph']}",
                         load_table(TABLE).title, f"{clause['requires']}: yes",
                         clause["levels"], f"“{clause['text']}”", source)


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.12(c)(1) ((b)(1) before Nov. 1, 1997): §2D1.1, "if the resulting offense level
    is greater"."""
    manufacturing_cross_reference(sheet, given, SECTION, TABLE, given.facts.manufacturing,
                                  f"{given.facts_field}.manufacturing")
