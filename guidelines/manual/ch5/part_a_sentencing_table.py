"""Chapter Five, Part A: from the total offense level and criminal history category to the
guideline range.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, in_force
from ussg.guidelines.engine.worksheet_builder import Worksheet

CATEGORIES = ("I", "II", "III", "IV", "V", "VI")


def treat_outside_1_to_43(total: int, bounds: Version) -> int:
    """Ch.5 Pt.A, comment. (n.2): "A total offense level of less than 1 is to be treated as
    an offense level of 1. An offense level of more than 43 is to be treated as an offense
    level of 43."
    """
    return min(max(total, bounds["lowest"]), bounds["highest"])


@lru_cache(maxsize=None)
def parse_range(text: str) -> GuidelineRange:
    if text == "life":
        return GuidelineRange(min_months=None, max_months=None, life=True)
    low, _, high = text.partition("-")
    if high == "life":
        return GuidelineRange(min_months=int(low), max_months=None, life=True)
    return GuidelineRange(min_months=int(low), max_months=int(high), life=False)


#: How a table file marks a cell whose text is not known (the 1987 zero-minimum cells).
UNKNOWN_CELL = "0-?"


@cache  # a table version never changes
def guideline_range(table: Version, level: int, category: str) -> GuidelineRange:
    """The cell at the intersection of offense level and criminal history category."""
    cell = table["cells"][str(level)][CATEGORIES.index(category)]
    if cell == UNKNOWN_CELL:
        # Amendment 270 (1989) made every "0-1, 0-2, 0-3, 0-4, and 0-5" cell 0-6; which of
        # them a 1987 cell read is not known (tables/sentencing_table.toml).
        raise CaseError("manual", f"the Sentencing Table in force ({table.citation}) read one "
                        f"of 0-1 ... 0-6 months at offense level {level}, criminal history "
                        f"category {category}: Amendment 270 (eff. Nov. 1, 1989) made each "
                        f"such cell 0-6, and no source at hand says which this one was; "
                        f"refused rather than guessed")
    return parse_range(cell)


@cache
def zone(table: Version, level: int, category: str) -> str | None:
    """The cell's zone (Ch.5 Pt.A; zones exist from Nov. 1, 1992, Amendment 462)."""
    zones = table.get("zones")
    if not zones:
        return None
    return zones[str(level)][CATEGORIES.index(category)]


@cache  # a table version never changes: the words of each cell made once
def cell_words(table: Version, level: int, category: str) -> tuple[str, str, str]:
    """The Sentencing Table step's input, change and reason for the cell at ``level`` and
    ``category`` of ``table``: "offense level 32, criminal history category I", "121–151
    months", "level 32 × category I → 121–151 months, Zone D"."""
    cell_text = str(guideline_range(table, level, category))
    cell_zone = zone(table, level, category)
    return (f"offense level {level}, criminal history category {category}", cell_text,
            f"level {level} × category {category} → {cell_text}"
            + (f", Zone {cell_zone}" if cell_zone else ""))


def sentencing_table(on: dt.date) -> Version:
    return in_force("sentencing_table", on)


def minimum_guideline_sentence(sheet: Worksheet, cell: GuidelineRange,
                               cell_zone: str | None) -> GuidelineRange:
    """A Chapter Two special instruction "the minimum guideline sentence, notwithstanding any
    other adjustment, shall be six months' imprisonment" (§2F1.1(c)(1), §2B1.3(d)(1),
    §2B1.1(d)(1); recorded on the sheet by the guideline): the range of the Sentencing Table
    with its minimum raised to that many months where it is lower (the maximum with it where
    the maximum is lower still), before the statutory limits (§5G1.1). The zone stays the
    table's: §5C1.1 reads "the applicable guideline range is in Zone .. of the Sentencing
    Table", and the Manual has no note saying how the instruction meets it."""
    if not sheet.minimum_guideline_sentences or cell.min_months is None:
        return cell
    section, months, text, source = max(sheet.minimum_guideline_sentences, key=lambda m: m[1])
    zone_words = (f"§5C1.1 reads the zone of the Sentencing Table (Zone {cell_zone}); the "
                  f"Manual has no note on how the special instruction meets it: the zone is "
                  f"left as the table gives it, and the {months} months are, in the "
                  f"instruction's words, “imprisonment”" if cell_zone else "")
    if cell.min_months >= months:
        sheet.note("chapter_five", section, "Minimum guideline sentence", f"range {cell}",
                   "no change", f"“{text}”: the minimum of the range, {cell.min_months} "
                   f"months, is not less than {months} months", source)
        return cell
    high = None if cell.max_months is None else max(cell.max_months, months)
    raised = GuidelineRange(min_months=months, max_months=high, life=cell.life)
    sheet.note("chapter_five", section, "Minimum guideline sentence", f"range {cell}",
               str(raised), f"“{text}”: the minimum of the range, {cell.min_months} "
               f"month{'' if cell.min_months == 1 else 's'}, raised to {months} months, "
               f"before the statutory limits (§5G1.1)"
               + (f"; {zone_words}" if zone_words else ""), source)
    return raised
