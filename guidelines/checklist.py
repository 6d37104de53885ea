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
from dataclasses import dataclass
from typing import get_args

from .case import ChecklistEntry, ChecklistItem, ChecklistStatus
from .tables import TableError, load_table

#: item key -> (table read, chapter), in the order of §1B1.1.
ITEMS: dict[str, tuple[str, str]] = {
    "mitigating_role_cap": ("mitigating_role_cap", "chapter_two"),
    "dangerous_weapon": ("dangerous_weapon", "chapter_two"),
    "aggravating_role": ("aggravating_role", "chapter_three"),
    "mitigating_role": ("mitigating_role", "chapter_three"),
}
assert set(ITEMS) == set(get_args(ChecklistItem)), "case.ChecklistItem and ITEMS disagree"

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
    ``on``, in the order of §1B1.1.
    """
    offered = []
    for item, (table_name, chapter) in ITEMS.items():
        table = load_table(table_name)
        try:
            version = table.in_force(on)
        except TableError:
            continue
        if version.get("rule") == "none":
            continue
        section = version.get("subsection", table.section)
        text = version.get("text") or " ".join(
            version[key] for key in sorted(version.data) if key.startswith("text_"))
        offered.append(OfferedItem(item, chapter, section, table.title, text))
    return offered


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
