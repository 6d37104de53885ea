"""The calculation, in the order of §1B1.1 (Application Instructions).

(a)(1)-(2) Chapter Two: offense guideline, base offense level, specific offense
characteristics; (a)(3) Chapter Three, Parts A-C adjustments; (a)(6) Chapter Four
criminal history category; (a)(7) the Sentencing Table of Chapter Five, Part A.
Departures are placed after the stage the court named.
"""

from __future__ import annotations

from .case import Case, Stage
from .chapter_four import chapter_four
from .computation import Computation, Result, Step
from .departures import depart
from .drug_trafficking import (
    base_offense_level_from_quantity,
    cross_references,
    death_or_serious_bodily_injury,
    mitigating_role_cap,
    specific_offense_characteristics,
)
from .editions import Edition
from .role import aggravating_role, mitigating_role
from .sentencing_table import guideline_range, sentencing_table, treat_outside_1_to_43, zone
from .tables import in_force
from .worksheet_builder import Worksheet


def calculate(case: Case) -> Computation:
    """Compute the guideline range for ``case``, every step cited, under the Manual that
    §1B1.11 makes applicable (see guidelines/manual_in_effect.py).
    """
    from .manual_in_effect import applicable_manual

    return applicable_manual(case, calculate_under)


def calculate_under(case: Case, edition: Edition, edition_steps: list[Step]) -> Computation:
    """Compute the case under one edition, whose choice ``edition_steps`` explain."""
    sheet = Worksheet(edition)
    sheet.steps.extend(edition_steps)

    # Chapter Two
    base_offense_level_from_quantity(sheet, case.offense)
    mitigating_role_cap(sheet, case.adjustments.role)
    death_or_serious_bodily_injury(sheet, case)
    depart(sheet, case.departures, Stage.base_offense_level)
    specific_offense_characteristics(sheet, case)
    cross_references(sheet, case)
    depart(sheet, case.departures, Stage.chapter_two)

    # Chapter Three
    aggravating_role(sheet, case.adjustments.role)
    mitigating_role(sheet, case.adjustments.role)
    depart(sheet, case.departures, Stage.chapter_three)

    # Chapter Four: criminal history category; Parts B and C may change the level
    category = chapter_four(sheet, case)
    depart(sheet, case.departures, Stage.total)
    total = sheet.level
    assert total is not None

    # Chapter Five, Part A
    bounds = in_force("offense_level_bounds", edition.in_force)
    table_level = treat_outside_1_to_43(total, bounds)
    if table_level != total:
        side = "more than 43" if total > table_level else "less than 1"
        sheet.move_to("chapter_five", "Ch.5 Pt.A, comment. (n.2)", "Offense level outside 1–43",
                      f"total offense level {total}", table_level,
                      f"a total offense level of {side} is treated as {table_level}",
                      sheet.note_version(bounds))
    table = sentencing_table(edition.in_force)
    cell = guideline_range(table, table_level, category)
    cell_zone = zone(table, table_level, category)
    sheet.note("chapter_five", "Ch.5 Pt.A", "Sentencing Table",
               f"offense level {table_level}, criminal history category {category}", str(cell),
               f"level {table_level} × category {category} → {cell}"
               + (f", Zone {cell_zone}" if cell_zone else ""),
               sheet.note_version(table))

    return Computation(
        case_name=case.case.name,
        manual=edition.label,
        manual_in_force=edition.in_force,
        edition=edition.edition,
        steps=sheet.steps,
        result=Result(total_offense_level=total, table_offense_level=table_level,
                      criminal_history_category=category, range=cell, zone=cell_zone),
        warnings=sheet.warnings,
    )
