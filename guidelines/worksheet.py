"""Rendering a computation as a text or Markdown worksheet. Returns strings; never prints.

Given the case as well, the worksheet ends with its checklist trail (when the case has one):
every guideline the edition offers, marked or "not checked".
"""

from __future__ import annotations

from .case import Case
from .checklist import ChecklistLine, checklist_lines
from .computation import Computation, Step


def _level(step: Step) -> str:
    return "" if step.level is None else str(step.level)


def _header(computation: Computation) -> tuple[Step, list[Step]]:
    edition = next(s for s in computation.steps if s.chapter == "edition")
    return edition, [s for s in computation.steps if s.chapter != "edition"]


def _trail(computation: Computation, case: Case | None) -> list[ChecklistLine]:
    if case is None or not case.checklist:
        return []
    return checklist_lines(computation.manual_in_force, case.checklist)


def text_worksheet(computation: Computation, case: Case | None = None) -> str:
    """The worksheet as plain text: one block per step, level and change in the margin."""
    edition, steps = _header(computation)
    title = computation.case_name or "Guidelines worksheet"
    pad = " " * 12
    lines = [title, "=" * len(title), f"Manual: {computation.manual}",
             f"        {edition.reason}", ""]
    for step in steps:
        change = step.change if step.changes_level else ""
        lines.append(f"{_level(step):>4}  {change:>4}  {step.section} — {step.title}")
        lines.append(f"{pad}{step.input}: {step.reason}")
        if step.source:
            lines.append(f"{pad}source: {step.source}")
    result = computation.result
    lines += [
        "",
        f"Total offense level        {result.total_offense_level}",
        f"Level for the table        {result.table_offense_level}",
        f"Criminal history category  {result.criminal_history_category}",
        f"Guideline range            {result.range}",
    ]
    if result.zone:
        lines.append(f"Zone                       {result.zone}")
    trail = _trail(computation, case)
    if trail:
        lines += ["", "Checklist"]
        for line in trail:
            offered = "" if line.offered else " (not in this edition)"
            lines.append(f"  {line.status:<15} {line.section} — {line.title}{offered}")
            lines += [f"{' ' * 18}{part}" for part in line.note.splitlines()]
    for warning in computation.warnings:
        lines.append(f"WARNING: {warning}")
    return "\n".join(lines) + "\n"


def markdown_worksheet(computation: Computation, case: Case | None = None) -> str:
    result = computation.result
    lines = [f"# {computation.case_name or 'Guidelines worksheet'}", "",
             f"**Manual:** {computation.manual}", "",
             "| Section | Change | Level | Input | Reason | Source |",
             "|---|---|---|---|---|---|"]
    for step in _header(computation)[1]:
        cells = [step.section, step.change, _level(step), step.input, step.reason, step.source]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += ["", f"- Total offense level: **{result.total_offense_level}**",
              f"- Level for the table: **{result.table_offense_level}**",
              f"- Criminal history category: **{result.criminal_history_category}**",
              f"- Guideline range: **{result.range}**"]
    if result.zone:
        lines.append(f"- Zone: **{result.zone}**")
    trail = _trail(computation, case)
    if trail:
        lines += ["", "## Checklist", "", "| Status | Section | Guideline | Note |",
                  "|---|---|---|---|"]
        for line in trail:
            title = line.title + ("" if line.offered else " (not in this edition)")
            cells = [line.status, line.section, title, line.note]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    lines += [f"- **Warning:** {w}" for w in computation.warnings]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
