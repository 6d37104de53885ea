"""Rendering a computation as a text or Markdown worksheet. Returns strings; never prints."""

from __future__ import annotations

from .computation import Computation, Step


def _level(step: Step) -> str:
    return "" if step.level is None else str(step.level)


def _header(computation: Computation) -> tuple[Step, list[Step]]:
    edition = next(s for s in computation.steps if s.chapter == "edition")
    return edition, [s for s in computation.steps if s.chapter != "edition"]


def text_worksheet(computation: Computation) -> str:
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
    for warning in computation.warnings:
        lines.append(f"WARNING: {warning}")
    return "\n".join(lines) + "\n"


def markdown_worksheet(computation: Computation) -> str:
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
    lines += [f"- **Warning:** {w}" for w in computation.warnings]
    return "\n".join(lines) + "\n"
