"""Helpers for driving the terminal app with Textual's Pilot, as a user would: focus a
field, type, open a list and pick from it by typing.
"""

from __future__ import annotations

import io

from rich.console import Console
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
    """What a Static (or the Static inside a view) shows, as plain text at its width, with
    line breaks and runs of spaces made single spaces (so wrapped words still match).
    """
    static = widget if isinstance(widget, Static) else widget.query_one(Static)
    width = max(static.size.width, 20)
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(static.content)
    return " ".join(console.export_text().split())
