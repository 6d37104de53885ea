"""The same facts under two editions, side by side: step by step, then the result.

Both columns are computations by the library (``calculate`` called once per edition); this
widget only lines their steps up by what they decide and marks the rows that differ.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Select, Static

from guidelines.computation import Computation, Step
from guidelines.editions import supported_dates
from guidelines.tables import format_date

from ..evaluation import Outcome
from .field_message import field_row


def comparison_choices() -> list[tuple[str, str]]:
    return [(format_date(day), day.isoformat()) for day in supported_dates()]


class EditionComparison(VerticalScroll):
    """This worksheet's result next to the result under another edition."""

    COMPONENT_CLASSES = {"edition-comparison--differs", "edition-comparison--header"}

    class Picked(Message):
        """The user chose the edition to compare with."""

        def __init__(self, manual: str) -> None:
            super().__init__()
            self.manual = manual

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        choices = comparison_choices()
        self.manual = choices[-1][1]  # the latest edition: "what would it be today"
        self._choices = choices
        self.left: Outcome | None = None
        self.right: Outcome | None = None

    def compose(self) -> ComposeResult:
        yield field_row("Compare with",
                        Select(self._choices, value=self.manual, allow_blank=False,
                               compact=True, id="compare-edition"))
        yield Static("", id="comparison-text")

    def pick(self, manual: str) -> None:
        """Compare with ``manual`` (an effective date, ISO)."""
        if manual in {v for _, v in self._choices}:
            self.query_one("#compare-edition", Select).value = manual

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, str) and event.value != self.manual:
            self.manual = event.value
            self.post_message(self.Picked(event.value))

    def show(self, left: Outcome, right: Outcome | None) -> None:
        self.left, self.right = left, right
        self.query_one("#comparison-text", Static).update(self._render_comparison())

    def _render_comparison(self) -> Table | Text:
        left = self.left.computation if self.left else None
        if left is None:
            return Text("The comparison appears once this worksheet computes.")
        right = self.right.computation if self.right else None
        differs = self.get_component_rich_style("edition-comparison--differs")
        header = self.get_component_rich_style("edition-comparison--header")
        table = Table(box=None, padding=(0, 1), show_header=True, header_style=header,
                      expand=True)
        table.add_column("Step", ratio=2)
        table.add_column(_short(left), ratio=1)
        table.add_column(_short(right) if right else "other edition", ratio=1)
        if right is None:
            problem = self.right.problems[0] if self.right and self.right.problems else None
            why = f"{problem.field}: {problem.message}" if problem else "not computed"
            for step in _steps(left):
                table.add_row(step.title, _cell(step), "")
            table.add_row("", "", Text(why))
            return table
        lsteps, rsteps = _steps(left), _steps(right)
        matcher = SequenceMatcher(a=[_key(s) for s in lsteps], b=[_key(s) for s in rsteps],
                                  autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            pairs = (list(zip(lsteps[i1:i2], rsteps[j1:j2])) if tag == "equal" else
                     [(s, None) for s in lsteps[i1:i2]] + [(None, s) for s in rsteps[j1:j2]])
            for a, b in pairs:
                title = (a or b).title
                a_text, b_text = _cell(a), _cell(b)
                style = differs if a_text.split("  ")[0] != b_text.split("  ")[0] else ""
                table.add_row(Text(title, style=style), a_text, b_text)
        for label, a_value, b_value in _results(left, right):
            style = differs if a_value != b_value else ""
            table.add_row(Text(label, style=style), Text(a_value, style=style),
                          Text(b_value, style=style))
        return table


def _steps(computation: Computation) -> list[Step]:
    return [s for s in computation.steps if s.chapter not in ("edition", "chapter_five")]


def _key(step: Step) -> tuple[str, str]:
    return step.chapter, step.title.split(" departure ")[-1]


def _cell(step: Step | None) -> str:
    if step is None:
        return "—"
    change = step.change if step.changes_level else ""
    level = "" if step.level is None else str(step.level)
    if change.startswith(("=", "→")):
        return f"{change}  {step.section}"
    return f"{change} → {level}  {step.section}"


def _results(left: Computation, right: Computation) -> list[tuple[str, str, str]]:
    a, b = left.result, right.result
    return [
        ("Total offense level", str(a.total_offense_level), str(b.total_offense_level)),
        ("Level for the table", str(a.table_offense_level), str(b.table_offense_level)),
        ("Guideline range", str(a.range), str(b.range)),
        ("Zone", a.zone or "—", b.zone or "—"),
    ]


def _short(computation: Computation) -> str:
    return f"{format_date(computation.manual_in_force)}"
