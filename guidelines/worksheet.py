"""Rendering a computation as a text or Markdown worksheet. Returns strings; never prints."""

from __future__ import annotations

from .computation import Computation, Step


def _level(step: Step) -> str:
    return "" if step.level is None else str(step.level)


def _header(computation: Computation) -> tuple[list[Step], list[Step]]:
    """The steps that chose the Manual (§1B1.11), and the rest."""
    return ([s for s in computation.steps if s.chapter == "edition"],
            [s for s in computation.steps if s.chapter != "edition"])


def _edition_line(step: Step, computation: Computation) -> str:
    """The reason an edition was considered, and the edition if it is not the one applied."""
    if step.change == computation.manual:
        return step.reason
    return f"{step.reason}: {step.change}"


def text_worksheet(computation: Computation) -> str:
    """The worksheet as plain text: one block per step, level and change in the margin."""
    editions, steps = _header(computation)
    title = computation.case_name or "Guidelines worksheet"
    pad = " " * 12
    lines = [title, "=" * len(title), f"Manual: {computation.manual}"]
    for step in editions:
        lines.append(f"        {_edition_line(step, computation)}")
    lines.append("")
    for step in steps:
        change = step.change if step.changes_level else ""
        title = step.title
        if step.chapter == "chapter_four" and not step.changes_level:
            title += f": {step.change}"  # points, a category, "met"
        lines.append(f"{_level(step):>4}  {change:>4}  {step.section} — {title}")
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
             f"**Manual:** {computation.manual}", ""]
    lines += [f"- {_edition_line(s, computation)}" for s in _header(computation)[0]]
    lines += ["",
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


def text_comparison(comparison) -> str:
    """Editions side by side; rows that differ are marked with *."""
    computations = comparison.computations
    width = 32
    label = min(44, max(len(r.title) for r in comparison.rows) + 1)
    heads = [c.manual_in_force.isoformat() for c in computations]
    lines = ["Same facts under each edition (* marks a step that differs)", ""]
    for computation in computations:
        lines.append(f"  {computation.manual_in_force.isoformat()}: {computation.manual}")
    lines += ["", f"  {'':<{label}}" + "".join(f"{h:<{width}}" for h in heads)]
    for row in comparison.rows:
        mark = "*" if row.differs else " "
        cells = []
        for step in row.cells:
            if step is None:
                cells.append("—")
            elif step.changes_level:
                after = f" → {step.level}" if step.change[:1] in ("+", "-") else ""
                cells.append(f"{step.section} {step.change}{after}")
            else:
                cells.append(step.change)
        lines.append(f"{mark} {row.title[:label - 1]:<{label}}"
                     + "".join(f"{c[:width - 1]:<{width}}" for c in cells))
    results = [
        ("Total offense level", [str(c.result.total_offense_level) for c in computations]),
        ("Level for the table", [str(c.result.table_offense_level) for c in computations]),
        ("Guideline range", [str(c.result.range) for c in computations]),
        ("Zone", [c.result.zone or "—" for c in computations]),
    ]
    lines.append("")
    for name, values in results:
        mark = "*" if len(set(values)) > 1 else " "
        lines.append(f"{mark} {name:<{label}}" + "".join(f"{v:<{width}}" for v in values))
    return "\n".join(lines) + "\n"
