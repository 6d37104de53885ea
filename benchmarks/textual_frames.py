"""What bench_tui.py and tui_new_process.py share, importing Textual alone (a new process's
bare app must not import ussg): the frames an app paints, and the bare app with one Input
that both measure ussg beside."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.widgets import Input


class BareInput(App[None]):
    def compose(self) -> ComposeResult:
        yield Input("51")


class Frames:
    """When the app last painted a frame (Textual's ``App._display``), each frame also turned
    into terminal output as a real terminal would get it."""

    def __init__(self) -> None:
        self.last = 0.0
        self.ready: Callable[[], bool] = lambda: True
        self.first_ready: float | None = None
        original = App._display

        def timed(app, screen, renderable, _original=original):
            _original(app, screen, renderable)
            if renderable is not None and hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)  # what a terminal would be sent
            self.last = time.perf_counter()
            if self.first_ready is None and self.ready():
                self.first_ready = self.last

        App._display = timed  # type: ignore[method-assign]

    def start(self, ready: Callable[[], bool]) -> None:
        self.first_ready, self.ready = None, ready
