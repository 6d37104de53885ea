"""Helpers for driving the terminal app with Textual's Pilot, as a user would: focus a
field, type, open a list and pick from it by typing.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable

from rich.console import Console
from rich.text import Text
from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Select, Static


async def type_into(pilot: Pilot, field: Input, text: str, *, clear: bool = False) -> None:
    """Focus a field and type into it, as a user who looks before typing: the keys are sent
    once the field has the focus, and the call returns once they have all been handled
    (Pilot's own waits guess from the CPU being idle, which a loaded machine defeats)."""
    await focused(pilot, field)
    if clear:
        await pilot.press("end", "ctrl+u")
    await pilot.press(*text)
    await drained(pilot)


async def choose(pilot: Pilot, select: Select, typed: str) -> None:
    """Open a list with Enter, type to jump to the option, Enter to pick it: each key once
    the list shows what the user would wait to see (the list open, then closed)."""
    from textual.widgets._select import SelectOverlay

    await focused(pilot, select)
    await pilot.press("enter")  # (a list not made yet is made first: LazySelect)
    await until(pilot, lambda: select.expanded and any(
        overlay.has_focus for overlay in select.query(SelectOverlay)))
    await pilot.press(*typed)
    await drained(pilot)
    await pilot.press("enter")
    await until(pilot, lambda: not select.expanded)
    await drained(pilot)


async def focused(pilot: Pilot, widget: Widget) -> None:
    """Give a widget the focus and wait until it has it (focus moves on a later turn of the
    app's loop)."""
    widget.focus()
    await until(pilot, lambda: widget.has_focus)


async def drained(pilot: Pilot) -> None:
    """Until no message waits in the queue of the app, its screens or the current screen's
    widgets: every key sent so far has been handled."""
    app = pilot.app

    def idle() -> bool:
        pumps = [app, *app.screen_stack, *app.screen.walk_children()]
        return all(pump._message_queue.empty() for pump in pumps)

    await until(pilot, idle)
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


async def burst(pilot: Pilot, keys: list[str] | str, gap: float = 0.0) -> None:
    """Keys as a fast typist's terminal sends them: each handed to the app as it arrives,
    ``gap`` seconds apart, without waiting for the app to handle the ones before (Pilot's
    ``press`` waits until the app is idle after every key)."""
    app = pilot.app
    driver = app._driver
    assert driver is not None
    for key in keys:
        char = key if len(key) == 1 else None
        name = _KEY_NAMES.get(key, key)
        event = events.Key(name, char)
        event.set_sender(app)
        driver.send_message(event)
        await asyncio.sleep(gap)


_KEY_NAMES = {" ": "space", "-": "minus", "%": "percent_sign", ".": "full_stop",
              "/": "slash", ",": "comma"}


async def until(pilot: Pilot, holds: Callable[[], bool], timeout: float = 180.0) -> None:
    """Let the app run until ``holds()`` is true; fail after ``timeout`` seconds: a guard
    against a hang, not a measure of speed (on a machine loaded several times over, 20 s of
    wall time was not enough for a worker that got a sixth of a core)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not holds():
        assert loop.time() < deadline, "the app did not get there in time"
        await pilot.pause(0.02)


async def settled(pilot: Pilot) -> None:
    """Until every key sent has been handled (no message waits in any queue) and the
    worksheet has recomputed from what the form holds."""
    from ussg.tui.screens.worksheet import WorksheetScreen

    app = pilot.app

    def idle() -> bool:
        pumps = [app, *app.screen_stack, *app.screen.walk_children()]
        if not all(pump._message_queue.empty() for pump in pumps):
            return False
        screen = app.screen
        return not isinstance(screen, WorksheetScreen) or screen.form_data() == \
            screen.outcome.data

    await until(pilot, idle)


def screen_cells(app) -> list[tuple]:
    """The screen as a terminal shows it, cell by cell: each character and its style (the
    colours, and where the mouse meets a widget)."""
    return [tuple((char, segment.style) for segment in strip for char in segment.text)
            for strip in app.screen._compositor.render_strips()]


async def still_cells(pilot: Pilot) -> list[tuple]:
    """The screen once it has stopped changing: the same cells three times running, 50 ms
    apart (a focus's restyling may come a refresh later on a busy machine)."""
    shown, same = screen_cells(pilot.app), 0
    for _ in range(100):
        await pilot.pause(0.05)
        await drained(pilot)
        again = screen_cells(pilot.app)
        same = same + 1 if again == shown else 0
        shown = again
        if same == 2:
            return shown
    raise AssertionError("the screen kept changing for 5 s")
