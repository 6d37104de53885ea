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

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ussg.guidelines.case.model import CHECKLIST_ITEMS, ChecklistEntry, ChecklistStatus
from ussg.guidelines.engine.tables import Table, TableError, Version, load_table
from ussg.guidelines.manual.ch2.registry import chapter_two_guideline, guidelines_whose_facts_apply

if TYPE_CHECKING:
    from ussg.guidelines.case.model import Case

#: item key -> (table read, chapter), in the order of §1B1.1. The key is the table's name, or
#: "table.entry" for one characteristic of a table that holds a guideline's several (e.g.
#: "firearm_offense.stolen", §2K2.1(b)(4)(A): the entry with its paragraph, in each version).
ITEMS: dict[str, tuple[str, str]] = {
    name: (name.split(".", 1)[0], chapter)
    for chapter, names in CHECKLIST_ITEMS.items() for name in names
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


def guidelines_of(case: Case) -> tuple[str, ...]:
    """The offense guidelines a case applies (its offense's, or each count's), with §2D1.1
    where one of them takes §2D1.1's level from the drug facts the count states (§2D1.2,
    §2D1.5, §2K2.1(c)(1) ...), and the guideline whose level §2X1.1 applies from the count's
    facts (its ``substantive_guideline``)."""
    sections: dict[str, None] = {}
    for offense in case.counts or [case.offense]:
        guideline = chapter_two_guideline(offense.guideline)
        if guideline is not None and guideline.uses_drugs and getattr(offense, "drugs", None):
            sections["2D1.1"] = None
        sections[offense.guideline] = None
        for applied in sorted(guidelines_whose_facts_apply(offense) - {offense.guideline}):
            if guideline is not None and applied in guideline.shares_facts_of \
                    and guideline.checklist:
                continue  # it reads that guideline's facts, its own items (§2J1.8 of §2J1.3's)
            sections[applied] = None
    return tuple(sections)


def _chapter_two_items(guidelines: Iterable[str]) -> set[str]:
    """The Chapter Two items of these guidelines (each one's ``checklist`` in the registry)."""
    items: set[str] = set()
    for section in guidelines:
        guideline = chapter_two_guideline(section)
        if guideline is not None:
            items.update(guideline.checklist)
    return items


def checklist_items(on: dt.date, guidelines: Iterable[str] | None = None) -> list[OfferedItem]:
    """Every specific offense characteristic and adjustment offered by the Manual in force on
    ``on``, in the order of §1B1.1 (§2D1.1's paragraphs as that edition numbers them).
    ``guidelines`` (e.g. :func:`guidelines_of` a case): only the Chapter Two items of these
    offense guidelines; None: those of every guideline.
    """
    wanted = None if guidelines is None else _chapter_two_items(guidelines)
    offered = []
    for item, (table_name, chapter) in ITEMS.items():
        if wanted is not None and chapter == "chapter_two" and item not in wanted:
            continue
        table = load_table(table_name)
        try:
            version = table.in_force(on)
        except TableError:
            continue
        if version.get("exists", True) is False or version.get("rule") == "none":
            continue
        if "." in item:
            entry = _entry(item, version)
            if entry is not None:
                offered.append(_entry_item(item, chapter, table, entry))
            continue
        offered.append(OfferedItem(item, chapter, _section(table, version), table.title,
                                   _text(version)))
    return sorted(offered, key=lambda i: (i.chapter != "chapter_two", _guideline_of(i.section),
                                          _paragraph_order(i)))


def _entry(item: str, version: Version) -> dict | None:
    """The characteristic ``item`` ("table.entry") names in a version of its table, if the
    version has it with its paragraph ("(b)(4)(A)")."""
    entry = version.get(item.split(".", 1)[1])
    if not isinstance(entry, dict):
        return None
    paragraph = entry.get("subsection") or entry.get("paragraph")
    return entry if isinstance(paragraph, str) else None


def _entry_item(item: str, chapter: str, table: Table, entry: dict) -> OfferedItem:
    """One characteristic of a guideline's table as a checklist item: "§2K2.1(b)(4)(A)
    Stolen", the guideline's words from the version in force."""
    paragraph = entry.get("subsection") or entry.get("paragraph")
    name = item.split(".", 1)[1]
    title = entry.get("title") or name.replace("_", " ").capitalize()
    return OfferedItem(item, chapter, _guideline_of(table.section) + paragraph, title,
                       entry.get("text") or "")


def _guideline_of(section: str) -> str:
    """"§2K2.1" of "§2K2.1(b)" (a Chapter Two section's guideline); other sections as given
    are not sorted among themselves ("")."""
    match = re.match(r"§2[A-Z]\d+\.\d+", section)
    return match.group(0) if match else ""


def _section(table: Table, version: Version) -> str:
    """The section as this edition numbers it, where the table version says:
    "§2D1.1(b)(12)", "§2D1.1(a)(5)", "§2D1.1(a)(1)-(2)", "§2J1.7"; else the table's own.
    """
    for key in ("subsection", "section_applied"):
        if version.get(key):
            return version[key]
    guideline = _guideline_of(table.section)
    if guideline and isinstance(version.get("paragraph"), str):
        return guideline + version["paragraph"]  # "§2D1.1(b)(12)", "§2B1.1(b)(10)"
    if table.section.startswith("§2D1.1"):
        paragraphs = [row["paragraph"] for value in version.data.values()
                      if isinstance(value, list) for row in value
                      if isinstance(row, dict) and "paragraph" in row]
        if paragraphs:
            last = paragraphs[-1][paragraphs[-1].rindex("("):]
            return f"§2D1.1{paragraphs[0]}" + (f"-{last}" if len(paragraphs) > 1 else "")
    return table.section


def _paragraph_order(item: OfferedItem) -> tuple[int, int]:
    """(a) before (b) before (d), then by number; other sections keep the registry order."""
    match = re.match(r"§2[A-Z]\d+\.\d+\(([a-d])\)(?:\((\d+)\))?", item.section)
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
    # why a marked item is not offered: "not in this edition", or not a characteristic of the
    # offense guidelines the case applies
    not_offered: str = ""


def checklist_lines(on: dt.date, entries: list[ChecklistEntry],
                    guidelines: Iterable[str] | None = None) -> list[ChecklistLine]:
    """The trail as printed: every offered item with its mark or "not checked", then marked
    items this edition (or the case's guidelines, ``guidelines``) does not offer (kept, never
    dropped silently).
    """
    marks = {entry.item: entry for entry in entries}
    lines = []
    offered = checklist_items(on, guidelines)
    for item in offered:
        entry = marks.get(item.item)
        status = STATUS_WORDS[entry.status] if entry else NOT_CHECKED
        lines.append(ChecklistLine(item.section, item.title, status,
                                   entry.note if entry else "", True))
    known = {item.item for item in offered}
    applied = None if guidelines is None else _chapter_two_items(guidelines)
    for entry in entries:
        if entry.item not in known:
            table_name, chapter = ITEMS[entry.item]
            table = load_table(table_name)
            elsewhere = (applied is not None and chapter == "chapter_two"
                         and entry.item not in applied)
            title = table.title
            if "." in entry.item:  # one characteristic of the guideline's table
                title = f"{table.title}: {entry.item.split('.', 1)[1].replace('_', ' ')}"
            lines.append(ChecklistLine(table.section, title, STATUS_WORDS[entry.status],
                                       entry.note, False,
                                       "not under the offense guideline applied" if elsewhere
                                       else "not in this edition"))
    return lines
