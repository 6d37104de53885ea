"""A yes/no finding's checkbox, on and off told apart by its mark, not only by colour."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class Mark(Checkbox):
    """A checkbox showing ✓ when checked and an empty box when not (Textual's draws the same
    X both ways, in another colour)."""

    ON = "✓"
    OFF = " "

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = self.ON if self.value else self.OFF
        return super()._button
