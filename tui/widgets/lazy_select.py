"""A Select whose list is made once the screen is shown.

Textual's Select makes its list (an OptionList of every option, hidden until opened) with the
Select itself. The worksheet has a dozen Selects, and their lists, each styled with its six
component classes and filled with its options, were about a sixth of the CPU of the first
screen (issue #17). Here the list is made after the worksheet's first frame
(``WorksheetScreen.after_first_frame``; on another screen, after its next refresh), or at
once if the Select is opened before that (Enter, Down, Space, Up, or a click). Once made,
the Select is Textual's: what it shows, its value, its messages, what opening it shows, and
how keys typed in a burst are taken (tests/tui/test_tui_lazy_select.py compares them).

A compact LazySelect (every list of the worksheet is compact) shows its chosen words and
arrow with one widget (:class:`OneLineCurrent`) where Textual's SelectCurrent has three (the
words, a "▼" and a hidden "▲"): two dozen widgets fewer to make, style and lay out at each
start (about 2.6% of the instructions to the first frame); the same cells, each state
compared with Textual's in tests/tui/test_tui_lazy_select.py.

It overrides Select's private handlers that reach for the list (``_setup_options_renderables``,
``_watch_value``, ``_watch_expanded``, ``_watch_prompt``, ``action_show_overlay``) and reads
its private ``_options``, ``_type_to_search`` and ``_allow_blank`` (and draws what
SelectCurrent composes);
tests/tui/test_tui_textual_internals.py names them, so that a Textual without them fails
a test rather than the app.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.css.query import NoMatches
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Select
from textual.widgets._select import NonSelectableStatic, SelectCurrent, SelectOverlay


#: The arrow's cell as Textual's arrow widget gives it: the first of its own content, so that
#: the mouse over it is at offset (0, 0) of that widget (the frames are the same, cell for
#: cell: tests/tui/test_tui_lazy_select.py).
_ARROW_OFFSET = Style.from_meta({"offset": (0, 0)})


class ArrowedLabel(NonSelectableStatic):
    """The chosen option's words with the arrow drawn at the end of their first line: what
    Textual's SelectCurrent shows with three widgets (the words, a "▼" and a hidden "▲"),
    as one. The words wrap two cells short of the width, as the arrow widget (one cell and
    its padding of one) left them; the arrow is "▲" while the list is open."""

    COMPONENT_CLASSES = {"arrowed-label--arrow"}
    DEFAULT_CSS = """
    ArrowedLabel {
        padding: 0 2 0 0;
        & > .arrowed-label--arrow {
            color: $foreground 50%;
            background: transparent;
        }
    }
    """

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        x = self.outer_size.width - 1  # the arrow's cell, in the padding
        if crop.y == 0 and lines and crop.x <= x < crop.right:
            select = self.parent.parent if self.parent is not None else None
            arrow = "▲" if isinstance(select, Select) and select.expanded else "▼"
            first, at = lines[0], x - crop.x
            lines = [Strip.join([first.crop(0, at),
                                 Strip([Segment(arrow, self.get_component_rich_style(
                                     "arrowed-label--arrow") + _ARROW_OFFSET)], 1),
                                 first.crop(at + 1, crop.width)]), *lines[1:]]
        return lines


class OneLineCurrent(SelectCurrent):
    """Textual's SelectCurrent with its words and arrow drawn by one widget
    (:class:`ArrowedLabel`): the same cells, two widgets fewer to make, style and lay out
    for each list on the worksheet (a sixth of the first screen's widgets were arrows)."""

    def compose(self):
        yield ArrowedLabel(self.placeholder, id="label")


class LazySelect(Select):
    """Textual's Select, its list made once the screen is shown."""

    _overlay: SelectOverlay | None = None
    _made: asyncio.Event | None = None  # set once the list is made (made while not None)

    def compose(self):
        # compact, as every list of the worksheet is, its words and arrow as one widget;
        # otherwise Textual's own three (in a bordered box 10 cells wide, one widget changed
        # how the opened list wrapped its options: tests/tui/test_tui_lazy_select.py)
        yield (OneLineCurrent if self.compact else SelectCurrent)(self.prompt)

    def on_mount(self) -> None:
        later = getattr(self.screen, "after_first_frame", self.call_after_refresh)
        later(self.open_list)

    @property
    def overlay(self) -> SelectOverlay | None:
        """The list, once made (None before)."""
        return self._overlay

    async def open_list(self) -> SelectOverlay:
        """The list, made now if it was not yet (once however often asked)."""
        if self._made is not None:
            await self._made.wait()
        else:
            self._made = asyncio.Event()
            with self._context():  # bound to this Select's compact, as Select composes it
                overlay = SelectOverlay(type_to_search=self._type_to_search).data_bind(
                    compact=Select.compact)
            await self.mount(overlay)
            self._overlay = overlay
            self._setup_options_renderables()
            self._highlight_value()
            self._made.set()
        assert self._overlay is not None
        return self._overlay

    def _highlight_value(self) -> None:
        """The list's highlight on the value chosen, as Select keeps it."""
        assert self._overlay is not None
        for index, (_, value) in enumerate(self._options):
            if value == self.value and value != self.NULL:
                self._overlay.highlighted = index
                break

    def _setup_options_renderables(self) -> None:
        if self._overlay is not None:
            super()._setup_options_renderables()

    def _watch_value(self, value: Any) -> None:
        if self._overlay is not None:
            super()._watch_value(value)
            return
        # Select's own, less the list's highlight (set when the list is made)
        self._value = value
        try:
            current = self.query_one(SelectCurrent)
        except NoMatches:
            return
        if value == self.NULL:
            current.update(self.NULL)
        else:
            for prompt, option in self._options:
                if option == value:
                    current.update(prompt)
                    break
        self.post_message(self.Changed(self, value))

    async def action_show_overlay(self) -> None:
        await self.open_list()
        super().action_show_overlay()

    def _watch_expanded(self, expanded: bool) -> None:
        if self._overlay is None:
            if expanded:  # opened by a click: the list first, then as Select opens it
                self.call_next(self._open_then_expand)
            return
        super()._watch_expanded(expanded)
        self._turn_arrow()

    def _turn_arrow(self) -> None:
        """The arrow redrawn ("▲" while open), with a layout, as Textual's arrow widgets'
        change of display asks for one."""
        for label in self.query(ArrowedLabel):
            label.refresh(layout=True)

    async def _open_then_expand(self) -> None:
        await self.open_list()
        if self.expanded:
            super()._watch_expanded(True)
            self._turn_arrow()

    def _watch_prompt(self, prompt: str) -> None:
        if self._overlay is not None:
            super()._watch_prompt(prompt)
            return
        if self.is_mounted:  # Select's own, less the list's first line (made with the list)
            current = self.query_one(SelectCurrent)
            current.placeholder = prompt
            if self._allow_blank and self.value == self.NULL:
                current.update(self.NULL)
