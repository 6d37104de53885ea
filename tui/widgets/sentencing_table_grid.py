"""The Sentencing Table (Ch.5 Pt.A) of the edition as a grid: offense levels down,
criminal history categories across, each cell coloured by its zone, the case's cell marked.

Only look-ups: the table version in force and its cells come from
``ussg.guidelines.manual.ch5.part_a_sentencing_table``; the level and category come from the computation.
"""

from __future__ import annotations

import datetime as dt

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from ussg.guidelines.api import CATEGORIES, sentencing_table, zone
from ussg.guidelines.api import TableError

ZONES = ("A", "B", "C", "D")


class SentencingTableGrid(VerticalScroll):
    """The grid, all 43 levels or a window of levels around the case's level. The title and
    the categories' header stay in view (docked) while the levels scroll under them."""

    COMPONENT_CLASSES = {
        "sentencing-table-grid--header", "sentencing-table-grid--current",
        "sentencing-table-grid--current-row", "sentencing-table-grid--current-header",
        *(f"sentencing-table-grid--zone-{z.lower()}" for z in ZONES),
    }

    def __init__(self, window: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.window = window
        self.on: dt.date | None = None
        self.level: int | None = None
        self.category: str | None = None
        self._stale = True
        self._styles: dict[str, Style] = {}
        self._lines = -1  # lines of the grid shown: the same number needs no new layout

    def compose(self) -> ComposeResult:
        yield Static("", id="grid-head")
        yield Static("", id="grid-text")

    def show(self, on: dt.date | None, level: int | None, category: str | None) -> None:
        """The table in force on ``on``, marking the cell (level, category)."""
        if (on, level, category) == (self.on, self.level, self.category) and not self._stale:
            return
        self.on, self.level, self.category = on, level, category
        self._stale = True
        if self.is_on_screen:  # a hidden grid (another tab) renders when shown
            self._update()

    def on_show(self) -> None:
        if self._stale:
            self._update()

    def _update(self) -> None:
        self._stale = False
        self._styles = {name.removeprefix("sentencing-table-grid--"):
                        self.get_component_rich_style(name) for name in self.COMPONENT_CLASSES}
        head, text = self._render_grid()
        lines = len(text.plain.splitlines())
        self.query_one("#grid-head", Static).update(head, layout=False)  # always two lines
        self.query_one("#grid-text", Static).update(text, layout=lines != self._lines)
        self._lines = lines
        if self.window is None and self.level is not None:
            self.call_after_refresh(self._scroll_to_level)

    def _scroll_to_level(self) -> None:
        if self.level is not None:
            self.scroll_to(y=max(0, self.level - self.scrollable_content_region.height // 2),
                           animate=False)

    def _style(self, name: str) -> Style:
        return self._styles.get(name) or Style()

    def _render_grid(self) -> tuple[Text, Text]:
        """The title and the categories' header; the levels and the zones' key."""
        if self.on is None:
            return Text("The Sentencing Table of the edition appears here once the edition "
                        "is known.\n"), Text()
        try:
            table = sentencing_table(self.on)
        except TableError as exc:
            return Text(f"{exc}\n"), Text()
        cells, zones = table["cells"], table.get("zones")  # as printed in the Manual
        width = max(len(c) for row in cells.values() for c in row)
        levels = sorted(int(level) for level in cells)
        if self.window is not None and self.level is not None:
            low, high = self.level - self.window, self.level + self.window
            levels = [lv for lv in levels if low <= lv <= high]
        head = Text(no_wrap=True, overflow="ellipsis")
        head.append(f"Sentencing Table · {table.citation}\n", style=self._style("header"))
        head.append("Level", style=self._style("header"))
        for category in CATEGORIES:
            name = "current-header" if category == self.category else "header"
            head.append(" " + category.center(width), style=self._style(name))
        text = Text(no_wrap=True, overflow="ellipsis")
        for index, level in enumerate(levels):
            row_current = level == self.level
            if index:
                text.append("\n")
            text.append(f"{level:>5}", style=self._style("current-header" if row_current
                                                          else "header"))
            for column, category in enumerate(CATEGORIES):
                cell = cells[str(level)][column]
                style = Style()
                cell_zone = zone(table, level, category)
                if cell_zone:
                    style += self._style(f"zone-{cell_zone.lower()}")
                if row_current:
                    style += self._style("current-row")
                if row_current and category == self.category:
                    style += self._style("current")
                text.append(" ")
                text.append(cell.center(width), style=style)
        text.append("\n")
        if zones:
            text.append("Zones: ")
            for name in ZONES:
                text.append(f" {name} ", style=self._style(f"zone-{name.lower()}"))
                text.append(" ")
            if self.level is not None and self.category in CATEGORIES:
                current = zone(table, self.level, self.category)
                text.append(f"· this case: level {self.level}, category {self.category}, "
                            f"Zone {current}")
        else:
            text.append("No zones in this edition (zones begin Nov. 1, 1992, Amendment 462).")
        return head, text

    @property
    def current_cell(self) -> tuple[str, str | None] | None:
        """(range text, zone) of the marked cell, as the table prints it."""
        if self.on is None or self.level is None or self.category not in CATEGORIES:
            return None
        table = sentencing_table(self.on)
        return (table["cells"][str(self.level)][CATEGORIES.index(self.category)],
                zone(table, self.level, self.category))
