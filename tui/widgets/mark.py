"""A yes/no finding's checkbox, on and off told apart by its mark, not only by colour."""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist


class Mark(Checkbox):
    """A checkbox showing ✓ when checked and an empty box when not (Textual's draws the same
    X both ways, in another colour)."""

    ON = "✓"
    OFF = " "

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = self.ON if self.value else self.OFF
        return super()._button


class MarkList(SelectionList):
    """A list to tick whose items show ✓ when ticked and an empty box when not, as
    :class:`Mark` does (Textual's draws the same X both ways, in another colour)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 2 or segments[1].text != ToggleButton.BUTTON_INNER:
            return strip  # not an item's line
        try:
            item = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        ticked = item.value in self._selected
        segments[1] = Segment(Mark.ON if ticked else Mark.OFF, segments[1].style)
        return Strip(segments, strip.cell_length)
