"""§2D1.7 in the Chapter Two registry.

2025 text: "(a) Base Offense Level: 12 (b) Cross Reference (1) If the offense involved a
controlled substance, apply §2D1.1 (Unlawful Manufacturing, Importing, Exporting, or
Trafficking) or §2D2.1 (Unlawful Possession), as appropriate, if the resulting offense level
is greater than that determined above." (b) from Nov. 1, 1991 (Amendment 397). The versions:
tables/drug_paraphernalia.toml. Either guideline is computed through the registry.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.part_d_levels import (greatest_option, guideline_if_greater,
                                                      section_2d1_1_if_greater)
from ussg.guidelines.manual.ch2.s2d2_1.facts import PossessionFacts

SECTION = "2D1.7"
TABLE = "drug_paraphernalia"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.7(a): 12."""
    greatest_option(sheet, given, SECTION, TABLE, answers={}, quantities={},
                    drugs_read_elsewhere=True)  # by (b)(1), which refuses them before 1991


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.7 has none."""


def cross_references(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2D1.7(b)(1): §2D1.1 or §2D2.1, "as appropriate" (the case says which), "if the
    resulting offense level is greater"."""
    version = sheet.manual.table(TABLE)
    chosen = given.facts.cross_reference
    field = f"{given.facts_field}.cross_reference"
    words = version.get("cross_reference")
    substance = given.facts.possession_substance
    if substance is not None and chosen != "2D2.1":
        raise CaseError(f"{given.facts_field}.possession_substance",
                        "read only for the cross reference to §2D2.1 (cross_reference = "
                        "\"2D2.1\")")
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
    source = sheet.note_version(version)
    if chosen == "2D2.1":
        if substance is None:
            raise CaseError(f"{given.facts_field}.possession_substance",
                            "the cross reference to §2D2.1 needs the substance: give "
                            "possession_substance (§2D2.1(a)'s substance)")
        _possession_reached_from_paraphernalia(sheet, given, substance)
        possession = given.under("2D2.1", PossessionFacts(substance=substance))
        try:
            guideline_if_greater(sheet, "2D2.1", possession, "§2D1.7(b)(1)", words, source)
        except CaseError as error:  # §2D2.1's substance is this table's possession_substance
            if error.field != f"{possession.facts_field}.substance":
                raise
            raise CaseError(f"{given.facts_field}.possession_substance", error.message) from None
        return
    if not given.offense.drugs:
        raise CaseError(field, "the cross reference to §2D1.1 needs the controlled substances: "
                               "give [[offense.drugs]]")
    section_2d1_1_if_greater(sheet, given, "§2D1.7(b)(1)", words, source)


def _possession_reached_from_paraphernalia(sheet: Worksheet, given: registry.ChapterTwoCase,
                                           substance: str) -> None:
    """§2D2.1 reached through (b)(1) reads only the substance: its (a) takes no quantity,
    and its cross reference of Nov. 1, 1989 - Oct. 31, 2010 to §2D1.1 asks whether "the
    defendant is convicted of possession of more than 5 grams of ... cocaine base", which a
    conviction under §2D1.7 does not answer: refused, not decided."""
    if given.offense.drugs:
        raise CaseError(f"{given.field}.drugs", "§2D2.1, applied through §2D1.7(b)(1), reads "
                                                "the substance (possession_substance), not "
                                                "the drugs: leave them out, or give "
                                                "cross_reference = \"2D1.1\"")
    possession = sheet.manual.table("drug_possession")
    cocaine = [r for r in possession.get("cross_references", []) if r["kind"] == "cocaine_base"]
    if cocaine and substance == "cocaine_base":
        raise CaseError(f"{given.facts_field}.possession_substance",
                        f"§2D2.1{cocaine[0]['paragraph']} as it stood on "
                        f"{format_date(sheet.manual.in_force)}: “{cocaine[0]['text']}” — "
                        f"whether it reaches a defendant convicted under §2D1.7 ussg does not "
                        f"decide: enter the count with guideline = \"other\" and the level as "
                        f"found")
