"""The chain of steps, as the CLI worksheet prints it: level, change, section and title,
the fact and the reason, and the table version cited.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from guidelines.computation import Computation, Step


class ChainView(VerticalScroll):
    """Every step of the last computation, each with its citation."""

    COMPONENT_CLASSES = {"chain-view--section", "chain-view--reason", "chain-view--source",
                         "chain-view--level"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.computation: Computation | None = None
        self.stale = False

    def compose(self) -> ComposeResult:
        yield Static("", id="chain-text")

    @property
    def levels(self) -> list[int]:
        """The offense level after each step that changes it (for tests and readers)."""
        if self.computation is None:
            return []
        return [s.level for s in self.computation.steps if s.changes_level and s.level is not None]

    def show(self, computation: Computation | None, stale: bool = False) -> None:
        """Render ``computation``; ``stale`` marks the last valid one while input has errors."""
        self.computation, self.stale = computation, stale
        self.set_class(stale, "-stale")
        self.border_subtitle = "last valid result — input has errors" if stale else ""
        self.query_one("#chain-text", Static).update(self._render_chain())

    def _render_chain(self) -> Table | Text:
        computation = self.computation
        if computation is None:
            return Text("Enter the facts on the left: the edition or sentencing date, the "
                        "drug and quantity, and the criminal history category. Each step "
                        "appears here with the section it applies and the table it read.")
        section = self.get_component_rich_style("chain-view--section")
        reason = self.get_component_rich_style("chain-view--reason")
        source = self.get_component_rich_style("chain-view--source")
        level_style = self.get_component_rich_style("chain-view--level")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", width=3, no_wrap=True)
        grid.add_column(ratio=1)
        for step in computation.steps:
            if step.chapter == "edition":
                grid.add_row("", Text.assemble((step.change, section), (f"\n{step.reason}", reason)))
                continue
            level = "" if step.level is None else str(step.level)
            change = f"{step.change} " if step.changes_level else ""
            body = Text.assemble((change, level_style), (step.section, section), " ", step.title)
            body.append(f"\n{_input_and_reason(step)}", style=reason)
            if step.source:
                body.append(f"\n{step.source}", style=source)
            grid.add_row(Text(level, style=level_style), body)
        return grid


def _input_and_reason(step: Step) -> str:
    return f"{step.input}: {step.reason}" if step.input else step.reason
