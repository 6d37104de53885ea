"""§5E1.2(c): the guideline fine range for an individual, from the Fine Table of the
edition, and (c)(4): "Subsection (c)(2), limiting the maximum fine, does not apply if the
defendant is convicted under a statute authorizing (A) a maximum fine greater than [$250,000;
$500,000 from Nov. 1, 2015] ... In such cases, the court may impose a fine up to the maximum
authorized by the statute." The fine on each count is limited by that count's statute.
"""

from __future__ import annotations

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.computation import FineRange
from ussg.guidelines.statutes.penalties import Penalty
from ussg.guidelines.engine.tables import Version, format_date, in_force
from ussg.guidelines.engine.worksheet_builder import Worksheet


def fine_table_row(table: Version, level: int) -> dict:
    for row in table["rows"]:
        if ("from" not in row or row["from"] <= level) and ("to" not in row or level <= row["to"]):
            return row
    raise AssertionError(f"no fine table row for level {level}")


def _level_words(row: dict) -> str:
    if "from" not in row:
        return f"{row['to']} and below"
    if "to" not in row:
        return f"{row['from']} and above"
    return f"{row['from']}–{row['to']}"


def fine_range(sheet: Worksheet, case: Case, level: int, penalties: list[Penalty]) -> FineRange:
    """The fine guideline range for the offense level used in the Sentencing Table."""
    table = sheet.manual.table("fine_table")
    section = "§5E1.2(c)"
    cutoff = table.get("prior_version_for_offenses_before")
    note = ""
    if cutoff is not None:
        if case.offense_date is not None and case.offense_date < cutoff:
            on = table["prior_version_on"]
            table = in_force("fine_table", on)
            section = "§5E1.2(h)(1), (c)"
            note = (f"offense committed before {format_date(cutoff)}: the fine table in effect "
                    f"on {format_date(on)} applies; ")
        elif case.offense_date is None:
            note = (f"no offense_date: if the offense was committed before {format_date(cutoff)}, "
                    "§5E1.2(h)(1) applies the earlier (lower) table; ")
    source = sheet.note_version(table)
    if table.get("alternative_limits"):
        sheet.warn("§5E1.2 (before Nov. 1, 1991): the fine range could also be raised by the "
                   "defendant's gain or the loss (alternative limits); ussg shows only the "
                   "table amounts")
    row = fine_table_row(table, level)
    undetermined = [p.count or p.provision for p in penalties if p.maximum_fine is None]
    statutory = None if undetermined else sum(p.maximum_fine for p in penalties)
    threshold = table["statute_lifts_above"]
    lifting = [p for p in penalties if (p.maximum_fine or 0) > threshold]
    if statutory is None:
        maximum = row["maximum"]
        why = (f"column B; the statutory maximum fine of {', '.join(undetermined)} is not "
               f"determined: maximum term not stated (18 U.S.C. § 3571(b) goes by the class "
               f"of offense, 18 U.S.C. § 3559(a)), so the table amounts are shown unchecked "
               f"against it (§5E1.2(c)(4))")
    elif lifting:
        maximum = statutory
        why = (f"{', '.join(p.count or p.provision for p in lifting)}: the statute authorizes "
               f"more than ${threshold:,}, so the maximum is the statutory maximum "
               f"(§5E1.2(c)(4)), ${statutory:,} for all counts")
    else:
        maximum = min(row["maximum"], statutory)
        why = f"column B; statutory maximum ${statutory:,}"
    minimum = min(row["minimum"], maximum)
    sheet.note("chapter_five", section, "Fine range", f"offense level {level} (row "
               f"{_level_words(row)})", f"${minimum:,}–${maximum:,}",
               f"{note}column A ${row['minimum']:,}; {why}", source)
    return FineRange(min_dollars=minimum, max_dollars=maximum, table_max_dollars=row["maximum"],
                     statutory_max_dollars=statutory)
