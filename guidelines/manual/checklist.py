"""The checklist trail: which specific offense characteristics and adjustments an edition
offers, so that a worksheet can show each one as applied, not applicable, flagged for
review — or not checked at all.

Attorneys under time pressure skip steps; listing every guideline the edition offers makes
the skipped ones visible. Whether an item is offered is read from the tables in force on
the edition's date: an item whose table has no version then (or whose version says the rule
does not exist yet, such as the §2D1.1(a) mitigating-role cap before Amendment 640) is not
offered. Items are named by stable keys (the case model's ``ChecklistItem``), not by section
numbers, because subsections are renumbered between editions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ussg.guidelines.case.model import CHECKLIST_ITEMS, ChecklistEntry, ChecklistStatus
from ussg.guidelines.engine.tables import Table, TableError, Version, load_table

#: item key -> (table read, chapter), in the order of §1B1.1. The key is the table's name.
ITEMS: dict[str, tuple[str, str]] = {
    name: (name, chapter) for chapter, names in CHECKLIST_ITEMS.items() for name in names
}

STATUS_WORDS = {
    ChecklistStatus.applied: "applied",
    ChecklistStatus.not_applicable: "not applicable",
    ChecklistStatus.review: "REVIEW",
}
NOT_CHECKED = "not checked"


@dataclass(frozen=True)
class OfferedItem:
    """One guideline of the edition that the checklist asks about."""

    item: str  # the key saved in the case file
    chapter: str
    section: str  # as numbered in this edition, e.g. "§2D1.1(a)(5)"
    title: str
    text: str  # the guideline's words in this edition, where the table quotes them


def checklist_items(on: dt.date) -> list[OfferedItem]:
    """Every specific offense characteristic and adjustment offered by the Manual in force on
    ``on``, in the order of §1B1.1 (§2D1.1's paragraphs as that edition numbers them).
    """
    offered = []
    for item, (table_name, chapter) in ITEMS.items():
        table = load_table(table_name)
        try:
            version = table.in_force(on)
        except TableError:
            continue
        if version.get("exists", True) is False or version.get("rule") == "none":
            continue
        offered.append(OfferedItem(item, chapter, _section(table, version), table.title,
                                   _text(version)))
    return sorted(offered, key=lambda i: (i.chapter != "chapter_two", _paragraph_order(i)))


def _section(table: Table, version: Version) -> str:
    """The section as this edition numbers it, where the table version says:
    "§2D1.1(b)(12)", "§2D1.1(a)(5)", "§2D1.1(a)(1)-(2)", "§2J1.7"; else the table's own.
    """
    for key in ("subsection", "section_applied"):
        if version.get(key):
            return version[key]
    if table.section.startswith("§2D1.1"):
        if version.get("paragraph"):
            return "§2D1.1" + version["paragraph"]
        paragraphs = [row["paragraph"] for value in version.data.values()
                      if isinstance(value, list) for row in value
                      if isinstance(row, dict) and "paragraph" in row]
        if paragraphs:
            last = paragraphs[-1][paragraphs[-1].rindex("("):]
            return f"§2D1.1{paragraphs[0]}" + (f"-{last}" if len(paragraphs) > 1 else "")
    return table.section


def _paragraph_order(item: OfferedItem) -> tuple[int, int]:
    """(a) before (b) before (d), then by number; other sections keep the registry order."""
    match = re.match(r"§2D1\.1\(([a-d])\)(?:\((\d+)\))?", item.section)
    if not match:
        return (0, 0)
    return ("abcd".index(match.group(1)), int(match.group(2) or 0))


def _text(version: Version) -> str:
    if version.get("text"):
        return version["text"]
    return " ".join(version[key] for key in sorted(version.data)
                    if key.startswith("text_") and isinstance(version[key], str))


@dataclass(frozen=True)
class ChecklistLine:
    """One line of the printed trail: an offered item (or a marked one no longer offered)."""

    section: str
    title: str
    status: str  # "applied", "not applicable", "REVIEW" or "not checked"
    note: str
    offered: bool


def checklist_lines(on: dt.date, entries: list[ChecklistEntry]) -> list[ChecklistLine]:
    """The trail as printed: every offered item with its mark or "not checked", then marked
    items this edition does not offer (kept, never dropped silently).
    """
    marks = {entry.item: entry for entry in entries}
    lines = []
    offered = checklist_items(on)
    for item in offered:
        entry = marks.get(item.item)
        status = STATUS_WORDS[entry.status] if entry else NOT_CHECKED
        lines.append(ChecklistLine(item.section, item.title, status,
                                   entry.note if entry else "", True))
    known = {item.item for item in offered}
    for entry in entries:
        if entry.item not in known:
            table = load_table(ITEMS[entry.item][0])
            lines.append(ChecklistLine(table.section, table.title, STATUS_WORDS[entry.status],
                                       entry.note, False))
    return lines
