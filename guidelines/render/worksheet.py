"""Rendering a computation as a text or Markdown worksheet. Returns strings; never prints.

Given the case as well, the worksheet ends with its checklist trail (when the case has one):
every guideline the edition offers, marked or "not checked".
"""

from __future__ import annotations

import textwrap
from functools import cache

from ussg.guidelines.case.model import Case
from ussg.guidelines.manual.checklist import ChecklistLine, checklist_lines, guidelines_of
from ussg.guidelines.engine.computation import Computation, Result, Step
from ussg.guidelines.engine.editions import NOT_VERIFIED
from ussg.guidelines.engine.tables import load_table, table_names


def _level(step: Step) -> str:
    return "" if step.level is None else str(step.level)


def _heading(step: Step) -> str:
    """Section and title; the count or Group first, and what a note decided when its reason
    does not already say it."""
    text = f"{step.section} — {step.title}"
    if step.scope:
        text = f"{step.scope} · {text}"
    if not step.changes_level and step.change and step.change not in step.reason:
        text += f": {step.change}"
    return text


def range_lines(result: Result) -> list[tuple[str, str]]:
    """The guideline range that applies, as (label, value) pairs: the Sentencing Table cell,
    or, where §4B1.1(c) applies, "the applicable guideline range" it determines, then the
    cell as what it is there, the "otherwise applicable guideline range" of the counts other
    than § 924(c) (comment. (n.3(C)))."""
    if result.applicable_range is None:
        return [("Guideline range", str(result.range))]
    return [("Guideline range", f"{result.applicable_range} (the applicable guideline range, "
                                f"§4B1.1(c)(2))"),
            ("Otherwise applicable range", f"{result.range} (the \"otherwise applicable "
                                           f"guideline range\" of the other counts, "
                                           f"§4B1.1(c)(2)(A), comment. (n.3(C)))")]


def chapter_five_lines(result: Result) -> list[tuple[str, str]]:
    """The results beyond the Sentencing Table cell, as (label, value) pairs."""
    lines = []
    if result.combined_offense_level is not None:
        lines.append(("Combined offense level", str(result.combined_offense_level)))
    if result.statutory_range is not None:
        lines.append(("Within statutory limits", str(result.statutory_range)))
    if result.consecutive_months is not None:
        lines.append(("Consecutive terms", f"+{result.consecutive_months} months"))
    if result.total_range is not None:
        lines.append(("Total punishment", str(result.total_range)))
    if result.sentence_options is not None:
        lines.append(("Probation", result.sentence_options.probation.replace("_", " ")))
    if result.supervised_release is not None:
        release = result.supervised_release
        if release.max_years is None:
            years = "up to life" if release.min_years == 0 else f"{release.min_years} years–life"
        elif release.min_years == 0:
            years = f"up to {release.max_years} years"
        elif release.min_years == release.max_years:
            years = f"{release.min_years} years"
        else:
            years = f"{release.min_years}–{release.max_years} years"
        lines.append(("Supervised release", years))
    if result.fine is not None:
        lines.append(("Fine range", f"${result.fine.min_dollars:,}–${result.fine.max_dollars:,}"))
    if result.sentence_after_variance is not None:
        lines.append(("After variance", str(result.sentence_after_variance)))
    if result.imposed is not None:
        lines.append(("Total punishment imposed", str(result.imposed)))
    return lines + count_sentence_lines(result)


_RUNS = {"consecutively": "consecutively (§5G1.2(d))",
         "consecutively_as_necessary": "consecutively to the extent necessary (§5G1.2(d))"}


def count_sentence_lines(result: Result) -> list[tuple[str, str]]:
    """The sentence on each count (§5G1.2), as (label, value) pairs: the counts in the order
    of the case, then how they run — all concurrently (§5G1.2(c)) or partly consecutively
    (§5G1.2(d)); a §5G1.2(a) term always consecutively."""
    counts = [c for c in result.counts if c.sentence is not None]
    if not counts:
        return []
    lines = [("Sentence on each count", "")]
    for count in counts:
        value = str(count.sentence)
        if count.sentence_note:
            value += f" ({count.sentence_note})"
        if count.consecutive:
            value += ", consecutively"
        elif count.runs in _RUNS:
            value += f", {_RUNS[count.runs]}"
        lines.append((f"  {count.name}", value))
    if any(c.runs != "concurrently" for c in counts if not c.consecutive):
        lines.append(("  How they run", "partly consecutively (§5G1.2(d))"))
    elif any(c.consecutive for c in counts):
        lines.append(("  How they run", "concurrently, except the consecutive terms "
                                        "(§5G1.2(a), (e))"))
    else:
        lines.append(("  How they run", "concurrently (§5G1.2(c))"))
    return lines


def _header(computation: Computation) -> tuple[list[Step], list[Step]]:
    """The steps that chose the Manual (§1B1.11), and the rest."""
    return ([s for s in computation.steps if s.chapter == "edition"],
            [s for s in computation.steps if s.chapter != "edition"])


def _edition_line(step: Step, computation: Computation) -> str:
    """The reason an edition was considered, and the edition if it is not the one applied."""
    if step.change == computation.manual:
        return step.reason
    return f"{step.reason}: {step.change}"


def _warnings(computation: Computation) -> tuple[list[str], list[str]]:
    """The warnings shown at the top (a date whose Manual ussg has not entered) and the
    rest, shown at the end."""
    top = [w for w in computation.warnings if w.startswith(NOT_VERIFIED.upper())]
    return top, [w for w in computation.warnings if w not in top]


def _trail(computation: Computation, case: Case | None) -> list[ChecklistLine]:
    if case is None or not case.checklist:
        return []
    return checklist_lines(computation.manual_in_force, case.checklist, guidelines_of(case))


#: The width of a text worksheet written to a file or a pipe (the command line passes the
#: terminal's width when it writes to one).
TEXT_WIDTH = 100

#: A step's reason that is the text of a table version (a Manual quotation, tables/) and
#: longer than this is a long quotation: the text worksheet keeps its first and last words (the
#: condition and the operative effect, e.g. "... decrease by 2 levels.") and marks the words
#: left out with "[…]". ussg's own reasoning is never shortened. JSON, Markdown and
#: `ussg calc --verbose` keep the full text.
LONG_QUOTATION = 300
_HEAD, _TAIL = 170, 90
_LEFT_OUT = ("[…] marks words of a long Manual quotation left out here; ussg calc --verbose "
             "or --format json shows the full text.")


def text_worksheet(computation: Computation, case: Case | None = None, *,
                   width: int = TEXT_WIDTH, verbose: bool = False) -> str:
    """The worksheet as plain text: one block per step, level and change in the margin,
    each paragraph wrapped to ``width`` with a hanging indent; long quotations shortened
    unless ``verbose``."""
    editions, steps = _header(computation)
    title = computation.case_name or "Guidelines worksheet"
    pad = " " * 12
    wrap = _hanging(width)
    lines = [title, "=" * len(title), *wrap(computation.manual, "Manual: ", " " * 8)]
    for step in editions:
        lines += wrap(_edition_line(step, computation), " " * 8, " " * 10)
    top, rest = _warnings(computation)
    for warning in top:
        lines += wrap(warning, "WARNING: ", " " * 9)
    lines.append("")
    shortened = False
    for step in steps:
        change = step.change if step.changes_level else ""
        lines += wrap(_heading(step), f"{_level(step):>4}  {change:>4}  ", pad + "  ")
        reason = step.reason
        if not verbose and len(reason) > LONG_QUOTATION and reason in _manual_quotations():
            reason, shortened = _shortened(reason), True
        lines += wrap(f"{step.input}: {reason}", pad, pad + "  ")
        if step.source:
            lines += wrap(f"source: {step.source}", pad, pad + "  ")
    result = computation.result
    lines += [
        "",
        f"Total offense level        {result.total_offense_level}",
        f"Level for the table        {result.table_offense_level}",
        f"Criminal history category  {result.criminal_history_category}",
    ]
    for label, value in range_lines(result):
        lines += wrap(value, f"{label:<27}", " " * 27)
    if result.zone:
        lines.append(f"Zone                       {result.zone}")
    for label, value in chapter_five_lines(result):
        lines += wrap(value, f"{label:<27}", " " * 27)
    trail = _trail(computation, case)
    if trail:
        lines += ["", "Checklist"]
        for line in trail:
            offered = "" if line.offered else f" ({line.not_offered})"
            lines += wrap(f"{line.section} — {line.title}{offered}",
                          f"  {line.status:<15} ", " " * 20)
            for part in line.note.splitlines():
                lines += wrap(part, " " * 18, " " * 20)
    if shortened:
        lines += ["", *wrap(_LEFT_OUT, "", "")]
    for warning in rest:
        lines += wrap(warning, "WARNING: ", " " * 9)
    return "\n".join(lines) + "\n"


def _hanging(width: int):
    """A wrapper of paragraphs to ``width`` columns: the first line after its own prefix, the
    others after a deeper indent; words are never broken (a longer word overflows)."""
    def wrap(text: str, first: str, rest: str) -> list[str]:
        return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                             break_long_words=False, break_on_hyphens=False) or [first.rstrip()]
    return wrap


@cache
def _manual_quotations() -> frozenset[str]:
    """Every long text the tables quote from the Manual (the ``text`` of a version, or of an
    entry in one)."""
    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "text" and isinstance(item, str) and len(item) > LONG_QUOTATION:
                    found.add(item)
                else:
                    collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for name in table_names():
        for version in load_table(name).versions:
            collect(version.data)
    return frozenset(found)


def _shortened(quotation: str) -> str:
    """The first and last words of a long quotation, "[…]" between (at word boundaries)."""
    head = quotation[:_HEAD].rsplit(" ", 1)[0]
    tail = quotation[-_TAIL:].split(" ", 1)[-1]
    return f"{head} […] {tail}"


def markdown_worksheet(computation: Computation, case: Case | None = None) -> str:
    result = computation.result
    lines = [f"# {computation.case_name or 'Guidelines worksheet'}", "",
             f"**Manual:** {computation.manual}", ""]
    lines += [f"- {_edition_line(s, computation)}" for s in _header(computation)[0]]
    top, rest = _warnings(computation)
    lines += [f"- **Warning:** {w}" for w in top]
    lines += ["",
             "| Section | Change | Level | Input | Reason | Source |",
             "|---|---|---|---|---|---|"]
    for step in _header(computation)[1]:
        section = f"{step.scope} · {step.section}" if step.scope else step.section
        cells = [section, step.change, _level(step), step.input, step.reason, step.source]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += ["", f"- Total offense level: **{result.total_offense_level}**",
              f"- Level for the table: **{result.table_offense_level}**",
              f"- Criminal history category: **{result.criminal_history_category}**"]
    lines += [f"- {label}: **{value}**" for label, value in range_lines(result)]
    if result.zone:
        lines.append(f"- Zone: **{result.zone}**")
    lines += [_markdown_item(label, value) for label, value in chapter_five_lines(result)]
    trail = _trail(computation, case)
    if trail:
        lines += ["", "## Checklist", "", "| Status | Section | Guideline | Note |",
                  "|---|---|---|---|"]
        for line in trail:
            title = line.title + ("" if line.offered else f" ({line.not_offered})")
            cells = [line.status, line.section, title, line.note]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    lines += [f"- **Warning:** {w}" for w in rest]
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
        lines += [f"  WARNING: {warning}" for warning in _warnings(computation)[0]]
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
        lines += _comparison_row(mark, row.title, label, cells, width)
    results = [
        ("Total offense level", [str(c.result.total_offense_level) for c in computations]),
        ("Level for the table", [str(c.result.table_offense_level) for c in computations]),
        ("Guideline range", [str(c.result.guideline_range) for c in computations]),
        ("Zone", [c.result.zone or "—" for c in computations]),
    ]
    lines.append("")
    for name, values in results:
        mark = "*" if len(set(values)) > 1 else " "
        lines.append(f"{mark} {name:<{label}}" + "".join(f"{v:<{width}}" for v in values))
    return "\n".join(lines) + "\n"


def _markdown_item(label: str, value: str) -> str:
    """A result as a list item; an indented label (a count) nested under the one above."""
    indent = "  " if label.startswith("  ") else ""
    return f"{indent}- {label.strip()}:" + (f" **{value}**" if value else "")


def _comparison_row(mark: str, title: str, label: int, cells: list[str],
                    width: int) -> list[str]:
    """One row of the comparison: the title and each cell wrapped at spaces within their
    columns (never cut mid-word), continued on the lines below."""
    title_lines = textwrap.wrap(title, label - 1, break_long_words=False) or [""]
    cell_lines = [textwrap.wrap(cell, width - 1, break_long_words=False) or [""]
                  for cell in cells]
    height = max(len(title_lines), *(len(c) for c in cell_lines))
    rows = []
    for i in range(height):
        head = title_lines[i] if i < len(title_lines) else ""
        rest = "".join(f"{c[i] if i < len(c) else '':<{width}}" for c in cell_lines)
        rows.append(f"{mark if i == 0 else ' '} {head:<{label}}" + rest)
    return rows


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
