"""§2D1.10 in the Chapter Two registry.

2025 text: "(a) Base Offense Level (Apply the greater): (1) 3 plus the offense level from the
Drug Quantity Table in §2D1.1; or (2) 20." (from Nov. 1, 1989, Amendment 140) — the level of
§2D1.1(c) alone, not the rest of §2D1.1. "(b) Specific Offense Characteristic (1) (Apply the
greater): (A) If the offense involved the manufacture of amphetamine or methamphetamine,
increase by 3 levels. If the resulting offense level is less than level 27, increase to
level 27. (B) If the offense (i) involved the manufacture of amphetamine or methamphetamine;
and (ii) created a substantial risk of harm to the life of a minor or an incompetent,
increase by 6 levels. If the resulting offense level is less than level 30, increase to
level 30." (from Dec. 16, 2000, Amendment 608). The versions:
tables/endangering_life_manufacturing.toml and tables/endangering_life_methamphetamine.toml.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date, load_table
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (drugs_case, greatest_option,
                                                      refuse_unread_drug_facts)

SECTION = "2D1.10"
TABLE = "endangering_life_manufacturing"
INCREASE = "endangering_life_methamphetamine"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.10(a): the greater of 3 plus the Drug Quantity Table level and 20."""
    not_from_the_drug_quantity_table(given)
    greatest_option(sheet, given, SECTION, TABLE, answers={},
                    quantities={"total": lambda: (drugs_case(given), "Drug Quantity Table")})


def not_from_the_drug_quantity_table(given: registry.ChapterTwoCase) -> None:
    """§2D1.10(a)(1) takes "the offense level from the Drug Quantity Table in §2D1.1", not
    §2D1.1's other subsections: a §2D1.1 fact stated with it is refused."""
    refuse_unread_drug_facts(given, "§2D1.10(a)(1) takes only \"the offense level from the "
                                    "Drug Quantity Table in §2D1.1\" (the drugs)")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.10(b)(1): the greater of (A) and (B), where the edition has it."""
    version = sheet.manual.table(INCREASE)
    facts = given.facts
    stated = sorted(name for name in facts.model_fields_set if getattr(facts, name))
    if not version.get("exists", True):
        if stated:
            raise CaseError(f"{given.facts_field}.{stated[0]}",
                            f"§2D1.10(b)(1) is not in the guideline in force on "
                            f"{format_date(sheet.manual.in_force)}: {version['note']}")
        return
    source = sheet.note_version(version)
    title = load_table(INCREASE).title
    assert sheet.level is not None
    start = sheet.level
    results = []
    for clause in version["clauses"]:
        if all(getattr(facts, name) for name in clause["requires"]):
            results.append((max(start + clause["levels"], clause["at_least"]), clause))
    if not results:
        return
    result, clause = max(results, key=lambda r: r[0])
    words = ", ".join(clause["requires"])
    greater = " (the greater of (b)(1))" if len(results) > 1 else ""
    sheet.adjust("chapter_two", f"§2D1.10{clause['paragraph']}", title, words,
                 clause["levels"], f"“{clause['text']}”{greater}", source)
    if sheet.level < clause["at_least"]:
        sheet.move_to("chapter_two", f"§2D1.10{clause['paragraph']}", title, words,
                      clause["at_least"], f"the resulting offense level is less than level "
                      f"{clause['at_least']}: “increase to level {clause['at_least']}”", source)
