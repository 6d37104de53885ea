"""Rendering a computation as a text or Markdown worksheet. Returns strings; never prints."""

from __future__ import annotations

from .computation import Computation, Step


def _level(step: Step) -> str:
    return "" if step.level is None else str(step.level)


def text_worksheet(computation: Computation) -> str:
    lines = []
    title = computation.case_name or "Guidelines worksheet"
    lines += [title, "=" * len(title), f"Manual: {computation.manual}", ""]
    width = max(len(s.section) for s in computation.steps)
    for step in computation.steps:
        if step.chapter == "edition":
            continue
        head = f"{step.section:<{width}}  {step.change:>8}  {_level(step):>3}  {step.input}"
        lines.append(head.rstrip())
        lines.append(f"{'':<{width}}  {'':>8}  {'':>3}  {step.reason}")
        if step.source:
            lines.append(f"{'':<{width}}  {'':>8}  {'':>3}  [{step.source}]")
    result = computation.result
    lines += [
        "",
        f"Total offense level:        {result.total_offense_level}",
        f"Level for the table:        {result.table_offense_level}",
        f"Criminal history category:  {result.criminal_history_category}",
        f"Guideline range:            {result.range}",
    ]
    if result.zone:
        lines.append(f"Zone:                       {result.zone}")
    for warning in computation.warnings:
        lines.append(f"WARNING: {warning}")
    return "\n".join(lines) + "\n"


def markdown_worksheet(computation: Computation) -> str:
    result = computation.result
    lines = [f"# {computation.case_name or 'Guidelines worksheet'}", "",
             f"**Manual:** {computation.manual}", "",
             "| Section | Change | Level | Input | Reason | Source |",
             "|---|---|---|---|---|---|"]
    for step in computation.steps:
        if step.chapter == "edition":
            continue
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
