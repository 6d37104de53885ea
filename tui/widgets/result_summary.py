"""The result at a glance, always on screen: offense level used, category, range, zone —
or what is still wrong or missing.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from ussg.guidelines.api import Computation
from ussg.guidelines.api import format_date

from ..evaluation import Outcome
from ..wording import field_label, in_form_words


BOLD = Style(bold=True)


def short_edition(computation: Computation) -> str:
    """"Nov. 1, 1993 edition, as amended Sept. 23, 1994" (the full label is on the chain)."""
    text = f"{format_date(computation.edition)} edition"
    if computation.manual_in_force != computation.edition:
        text += f", as amended {format_date(computation.manual_in_force)}"
    return text


def result_text(outcome: Outcome) -> Text:
    """Two lines: the result, then the total and the edition; or the problems."""
    computation = outcome.computation
    if computation is None:
        problems = outcome.problems
        if problems and all(p.missing for p in problems):
            needed = "; ".join(field_label(p.field) if p.field else p.message
                               for p in problems)
            return Text.assemble(("Incomplete", "bold"), f" — still needed: {needed}\n",
                                 "Fill in the marked fields; the result appears as you type.")
        first = problems[0] if problems else None
        count = len(problems)
        head = f"✗ Not computed — {count} problem{'s' if count != 1 else ''}"
        detail = f"{field_label(first.field)}: {in_form_words(first)}" if first else ""
        return Text.assemble((head, "bold"), " (marked in the form)\n", detail)
    result = computation.result
    zone = f" · Zone {result.zone}" if result.zone else ""
    first = Text.assemble(
        ("Level ", ""), (str(result.table_offense_level), "bold"),
        " · Category ", (result.criminal_history_category, "bold"),
        " · ", (str(result.guideline_range), "bold"), zone)
    if result.total_offense_level != result.table_offense_level:
        total = f"total {result.total_offense_level}, treated as {result.table_offense_level}"
    else:
        total = f"total {result.total_offense_level}"
    count = len(computation.warnings)
    warn = f" · ⚠ {count} warning{'s' if count > 1 else ''} (end of the chain)" if count else ""
    return Text.assemble(first, "\n", f"{total} · {short_edition(computation)}{warn}")


class ResultSummary(Horizontal):
    """Result lines and the file being edited. The file's name sits at the right of the first
    line only (above the result, on a layer of its own): the second line has the whole width,
    and the first is shortened to end before the name."""

    COMPONENT_CLASSES = {"result-summary--modified"}

    _file_state: tuple[str, bool] | None = None
    _name_length = -1
    _content: Text | None = None
    _shown: tuple[object, ...] | None = None  # what the result lines show now

    def compose(self) -> ComposeResult:
        yield Static("", id="result-text")
        yield Static("", id="file-state")

    def show(self, outcome: Outcome) -> None:
        self._content = result_text(outcome)
        self._show_result()
        lines = self.query_one("#result-text", Static)
        lines.set_class(outcome.computation is None, "-problems")
        lines.set_class(bool(outcome.problems) and all(p.missing for p in outcome.problems),
                        "-incomplete")

    def _show_result(self) -> None:
        if self._content is None:
            return
        first, *rest = self._content.split("\n", allow_blank=True)
        width = self.query_one("#result-text", Static).size.width
        if width:  # (not laid out yet: the first resize shows it again)
            beside = self._name_length + 4  # the name, its mark and a space either side
            first.truncate(max(width - beside, 1), overflow="ellipsis")
        content = Text("\n").join([first, *rest])
        content.no_wrap, content.overflow = True, "ellipsis"  # two lines, always
        shown = (content.plain, tuple(content.spans), width)
        if shown == self._shown:
            return  # the same result (most keys): the two lines across the screen not repainted
        self._shown = shown
        self.query_one("#result-text", Static).update(content, layout=False)  # fixed size

    def on_resize(self) -> None:
        self._show_result()

    def show_file(self, name: str, modified: bool) -> None:
        if (name, modified) == self._file_state:
            return
        self._file_state = (name, modified)
        self._show_file()
        if len(name) != self._name_length:
            self._name_length = len(name)
            self._show_result()

    def _show_file(self) -> None:
        """The file's name and mark; unsaved, in the colour of ``result-summary--modified``
        (a style of the text: a class on the line restyled it, about 2 ms, whenever typing
        left the file modified or, back to what was saved, not)."""
        assert self._file_state is not None
        name, modified = self._file_state
        style = (self.get_component_rich_style("result-summary--modified", partial=True)
                 if modified else Style())
        self.query_one("#file-state", Static).update(
            Text.assemble((name, style), (" ●" if modified else "  ", style + BOLD)),
            layout=len(name) != self._name_length)

    def notify_style_update(self) -> None:
        """Restyled (another theme): the unsaved mark's colour is read again."""
        super().notify_style_update()
        if self._file_state is not None and self.is_attached:
            self.call_later(self._show_file)
