"""The same facts under two editions, side by side: step by step, then the result.

Both columns come from the library (``ussg.guidelines.compare``, as ``ussg compare`` prints
them): each edition computed by ``calculate``, steps lined up by what they decide, rows
that differ marked. This widget only lays them out.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Select, Static

from ussg.guidelines.api import Comparison
from ussg.guidelines.api import Step
from ussg.guidelines.api import supported_dates
from ussg.guidelines.api import format_date

from ..wording import field_label, in_form_words
from ..evaluation import Problem
from .field_message import field_row
from .lazy_select import LazySelect


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
        self.comparison: Comparison | Problem | None = None

    def compose(self) -> ComposeResult:
        yield field_row("Compare with",
                        LazySelect(self._choices, value=self.manual, allow_blank=False,
                                   compact=True, id="compare-edition"))
        yield Static("", id="comparison-text")

    def pick(self, manual: str) -> None:
        """Compare with ``manual`` (an effective date, ISO) — unless the user is choosing
        in the list right now: what they are doing is not changed under them."""
        select = self.query_one("#compare-edition", Select)
        if manual in {v for _, v in self._choices} and not (select.has_focus
                                                            or select.expanded):
            select.value = manual

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, str) and event.value != self.manual:
            self.manual = event.value
            self.post_message(self.Picked(event.value))

    def show(self, comparison: Comparison | Problem | None) -> None:
        self.comparison = comparison
        self.query_one("#comparison-text", Static).update(self._render_comparison())

    def _render_comparison(self) -> Table | Text:
        comparison = self.comparison
        if comparison is None:
            return Text("The comparison appears once this worksheet computes.")
        if isinstance(comparison, Problem):
            return Text(f"Not computed under the other edition: "
                        f"{field_label(comparison.field)}: {in_form_words(comparison)}")
        differs = self.get_component_rich_style("edition-comparison--differs")
        header = self.get_component_rich_style("edition-comparison--header")
        table = Table(box=None, padding=(0, 1), show_header=True, header_style=header,
                      expand=True)
        table.add_column("", width=2, no_wrap=True)
        table.add_column("Step", ratio=3)
        for computation in comparison.computations:
            table.add_column(format_date(computation.manual_in_force), ratio=2)
        for row in comparison.rows:
            style = differs if row.differs else ""
            table.add_row("*" if row.differs else "", Text(row.title, style=style),
                          *(Text(_cell(step), style=style) for step in row.cells))
        table.add_row()
        for label, values in _results(comparison):
            style = differs if len(set(values)) > 1 else ""
            table.add_row("*" if style else "", Text(label, style=style),
                          *(Text(v, style=style) for v in values))
        return table


def _cell(step: Step | None) -> str:
    if step is None:
        return "—"
    if not step.changes_level:
        return step.change
    after = f" → {step.level}" if step.change[:1] in ("+", "-") else ""
    return f"{step.change}{after} {step.section}"


def _results(comparison: Comparison) -> list[tuple[str, list[str]]]:
    results = [c.result for c in comparison.computations]
    return [
        ("Total offense level", [str(r.total_offense_level) for r in results]),
        ("Level for the table", [str(r.table_offense_level) for r in results]),
        ("Guideline range", [str(r.guideline_range) for r in results]),
        ("Zone", [r.zone or "—" for r in results]),
    ]
