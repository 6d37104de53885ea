"""§2D1.7 in the Chapter Two registry.

2025 text: "(a) Base Offense Level: 12 (b) Cross Reference (1) If the offense involved a
controlled substance, apply §2D1.1 (Unlawful Manufacturing, Importing, Exporting, or
Trafficking) or §2D2.1 (Unlawful Possession), as appropriate, if the resulting offense level
is greater than that determined above." (b) from Nov. 1, 1991 (Amendment 397). The versions:
tables/drug_paraphernalia.toml. ussg computes the cross reference to §2D1.1 only.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (greatest_option,
                                                      section_2d1_1_if_greater)

SECTION = "2D1.7"
TABLE = "drug_paraphernalia"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.7(a): 12."""
    greatest_option(sheet, given, SECTION, TABLE, answers={}, quantities={},
                    drugs_read_elsewhere=True)  # by (b)(1), which refuses them before 1991


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.7 has none."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.7(b)(1): §2D1.1 (or §2D2.1) "if the resulting offense level is greater"."""
    version = sheet.manual.table(TABLE)
    chosen = given.facts.cross_reference
    field = f"{given.facts_field}.cross_reference"
    words = version.get("cross_reference")
    if words is None:
        if chosen is not None or given.offense.drugs:
            where = field if chosen is not None else f"{given.field}.drugs"
            raise CaseError(where, f"§2D1.7 in force on {format_date(sheet.manual.in_force)} "
                                   f"has no cross reference (subsection (b) was added by "
                                   f"Amendment 397, Nov. 1, 1991): the controlled substance "
                                   f"is not read")
        return
    if chosen is None:
        if given.offense.drugs:
            raise CaseError(field, "the offense involved a controlled substance ([offense] "
                                   "drugs): say which guideline (b)(1) applies, \"2D1.1\" or "
                                   "\"2D2.1\", \"as appropriate\"")
        return
    if chosen == "2D2.1":
        raise CaseError(field, "ussg does not compute §2D2.1 (Unlawful Possession): enter the "
                               "count with guideline = \"other\" and the level as found")
    if not given.offense.drugs:
        raise CaseError(field, "the cross reference to §2D1.1 needs the controlled substances: "
                               "give [[offense.drugs]]")
    section_2d1_1_if_greater(sheet, given, "§2D1.7(b)(1)", words,
                             sheet.note_version(version))
