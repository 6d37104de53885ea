"""Departures the Manual itself provides for by policy statement, checked against the
edition: §5K1.1 (substantial assistance to authorities, upon motion of the government) and
§5K3.1 (early disposition programs, "not more than 4 levels"; from Nov. 1, 2025 the
Chapter Three adjustment §3F1.1). Both are departures by levels, downward, from the total
offense level, with the court's reason.
"""

from __future__ import annotations

import re

from ussg.guidelines.case.model import Departure, Stage
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet

_SUBSTANTIAL_ASSISTANCE = "§5K1.1"
_EARLY_DISPOSITION = ("§5K3.1", "§3F1.1")


def _normal(section: str) -> str:
    return "§" + re.sub(r"[\s§]", "", section)


def policy_departure(sheet: Worksheet, departure: Departure,
                     index: int) -> tuple[str, str] | None:
    """For a §5K1.1 or §5K3.1/§3F1.1 departure: check it and return (section, title) as the
    edition names it; None for any other departure."""
    section = _normal(departure.section) if departure.section else ""
    if section not in (_SUBSTANTIAL_ASSISTANCE, *_EARLY_DISPOSITION):
        return None
    field = f"departures[{index}]"
    if departure.after is not Stage.total:
        raise CaseError(f"{field}.after", f"{section} departs from the total offense level: "
                                          "after = \"total\"")
    if departure.levels is None or departure.levels >= 0:
        raise CaseError(f"{field}.levels", f"{section} is a downward departure by levels: give "
                                           "levels = -N (not to_level)")
    if section == _SUBSTANTIAL_ASSISTANCE:
        return "§5K1.1", "Substantial assistance to authorities (upon motion of the government)"
    table = sheet.manual.table("early_disposition")
    if not table["exists"]:
        raise CaseError(f"{field}.section", "early disposition programs (§5K3.1) exist from "
                                            "Oct. 27, 2003 (Amendment 651); not in this edition")
    limit = table["maximum_levels"]
    if -departure.levels > limit:
        raise CaseError(f"{field}.levels", f"{table['section_applied']}: not more than {limit} "
                                           "levels")
    sheet.note_version(table)
    return table["section_applied"], "Early disposition program (upon motion of the Government)"
