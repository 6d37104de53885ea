"""Keys typed at once after the terminal app's first screen: how long each waits.

    python benchmarks/tui_first_keys.py [RUNS] [CASE.toml]

A user who starts ``ussg tui CASE.toml`` and types as soon as the worksheet is painted meets
the work that waits for that first frame (``WorksheetScreen.after_first_frame``: the
lists made, the collector's sweep, the guidelines the edition lacks looked for). In each of
RUNS new processes (default 7), started as benchmarks/tui_new_process.py starts the app, a
thread, as Textual's driver thread hands the app a terminal's keys, posts Tab 30 ms after the
first frame and again 300 ms later; each key's figure is the time from posting it to the
first frame painted after the focus has moved. Beside it, the same in a bare Textual app
with two Inputs (Tab moves the focus from one to the other), started the same way.

    python benchmarks/tui_first_keys.py --one worksheet|bare CASE.toml   (one start; JSON)
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from textual import events
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from bench_start import ENVIRONMENT  # (beside this script)

HERE = Path(__file__).resolve().parent
LEON = HERE.parent / "examples" / "leon-1994.toml"
#: When each Tab is posted, in seconds after the first frame
DELAYS = (0.03, 0.33)


class BareTwoInputs(App[None]):
    def compose(self) -> ComposeResult:
        yield Input("51")
        yield Input("kg")


def one_start(kind: str, case: Path) -> list[float]:
    """In this process: each Tab's seconds from posting it to the frame showing it."""
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="ussg-bench-tui-")  # (recovery)
    if kind == "bare":
        app: App = BareTwoInputs()
        ready = lambda app_: bool(app_.focused)  # noqa: E731
    else:
        from tui_new_process import prepare_as_ussg_tui

        prepare_as_ussg_tui()
        from ussg.tui.app import WorksheetApp
        from ussg.tui.document import CaseDocument
        from ussg.tui.screens.worksheet import WorksheetScreen

        app = WorksheetApp(CaseDocument.open(case))
        ready = lambda app_: (isinstance(app_.screen, WorksheetScreen)  # noqa: E731
                              and app_.screen.loaded)
    moves = [0]
    set_focus = Screen.set_focus
    posted: list[float] = []
    shown: list[float] = []
    first: list[float] = []

    def counted(screen, widget, *args, **kwargs):
        if first and widget is not None and widget is not screen.focused:
            moves[0] += 1
        return set_focus(screen, widget, *args, **kwargs)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        display = App._display

        def typist() -> None:
            for delay in DELAYS:
                time.sleep(max(0.0, first[0] + delay - time.perf_counter()))
                posted.append(time.perf_counter())
                loop.call_soon_threadsafe(app.post_message, events.Key("tab", None))

        def painted(app_, screen, renderable) -> None:
            display(app_, screen, renderable)
            now = time.perf_counter()
            if not first:
                if ready(app_):
                    first.append(now)
                    threading.Thread(target=typist, daemon=True).start()
                return
            while len(shown) < min(len(posted), moves[0]):
                shown.append(now)

        App._display = painted  # type: ignore[method-assign]
        async with app.run_test(size=(80, 24)):
            while len(shown) < len(DELAYS):
                await asyncio.sleep(0.001)

    Screen.set_focus = counted  # type: ignore[method-assign]
    asyncio.run(run())
    return [s - p for p, s in zip(posted, shown)]


def _new_process(kind: str, case: Path) -> list[float]:
    run = subprocess.run([sys.executable, __file__, "--one", kind, str(case)],
                         capture_output=True, text=True, check=True, env=ENVIRONMENT)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one_start(sys.argv[2], Path(sys.argv[3]))))
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    case = Path(sys.argv[2]) if len(sys.argv) > 2 else LEON
    for kind in ("worksheet", "bare"):
        _new_process(kind, case)  # not counted: writes the bytecode and caches
    figures = {kind: [_new_process(kind, case) for _ in range(runs)]
               for kind in ("worksheet", "bare")}
    print(f"Tab typed after the first frame (80x24, {case.name}), median of {runs} new "
          f"processes, from posting the key to the frame showing it:")
    for n, delay in enumerate(DELAYS):
        print(f"  {1000 * delay:3.0f} ms after the first frame: worksheet "
              f"{1000 * statistics.median(f[n] for f in figures['worksheet']):6.1f} ms, "
              f"bare app {1000 * statistics.median(f[n] for f in figures['bare']):6.1f} ms")


if __name__ == "__main__":
    main()
