"""Helpers for driving the terminal app with Textual's Pilot, as a user would: focus a
field, type, open a list and pick from it by typing.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Select, Static


async def type_into(pilot: Pilot, field: Input, text: str, *, clear: bool = False) -> None:
    field.focus()
    await pilot.pause()
    if clear:
        await pilot.press("end", "ctrl+u")
    await pilot.press(*text)
    await pilot.pause()


async def choose(pilot: Pilot, select: Select, typed: str) -> None:
    """Open a list with Enter, type to jump to the option, Enter to pick it."""
    select.focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.press(*typed)
    await pilot.press("enter")
    await pilot.pause()


def shown_text(widget: Widget) -> str:
    """What a Static (the Static inside a view, or a view's ``text``) shows, as plain text at
    its width, with line breaks and runs of spaces made single spaces (so wrapped words still
    match).
    """
    if isinstance(getattr(widget, "text", None), Text):  # a view drawn line by line
        shown, width = widget.text, widget.size.width
    else:
        static = widget if isinstance(widget, Static) else widget.query_one(Static)
        shown, width = static.content, static.size.width
    console = Console(width=max(width, 20), file=io.StringIO(), record=True, color_system=None)
    console.print(shown)
    return " ".join(console.export_text().split())
