"""One start of the terminal app in this new process, for bench_tui.py's "first screen in a new
process" (not run by hand):

    python benchmarks/tui_new_process.py worksheet|bare WIDTH HEIGHT [CASE.toml]

Prints, as JSON, the monotonic clock (``time.perf_counter``, the system's clock on Linux, so
the parent can subtract the moment it started this process) when the first frame was painted
that shows the worksheet computed (or the bare app's Input), and the seconds from creating
the app to that frame. "worksheet" starts as ``ussg tui CASE.toml`` does (the command line's
modules imported with the collector off, then frozen; the compiled-code cache installed by
them: guidelines/entry.py, guidelines/cli.py; the collector off again from the app's modules
to its first worksheet's first frame: tui/heap.py; Textual's parsed CSS kept between starts:
tui/css_cache.py) and reads CASE.toml; "bare" imports Textual
alone and shows bench_tui.py's bare app (textual_frames.py).
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import os
import sys
import tempfile
import time

from textual.app import App
from textual.widgets import Input

from textual_frames import BareInput, Frames  # (beside this script)


async def first_frame(app: App, ready, size: tuple[int, int]) -> float:
    """The clock when the first frame showing ``ready`` was painted (each frame also turned
    into terminal output, as bench_tui.py's frames are)."""
    frames = Frames()
    frames.start(lambda: ready(app))
    async with app.run_test(size=size) as pilot:
        while frames.first_ready is None:
            await pilot.pause(0.0005)
    return frames.first_ready


def prepare_as_ussg_tui() -> None:
    """This process made ready for the terminal app as ``ussg tui`` makes its own."""
    gc.disable()  # as guidelines/entry.py's run
    try:
        importlib.import_module("ussg.guidelines.cli")  # installs the code cache
    finally:
        gc.freeze()
        gc.enable()
    from ussg.tui.heap import hold_until_settled

    hold_until_settled()  # as guidelines/cli.py's _tui, before the app's modules
    from ussg.tui.css_cache import install

    install()  # (as _tui)


def main() -> None:
    kind, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="ussg-bench-tui-")
    if kind == "bare":
        created = time.perf_counter()
        app: App = BareInput()
        ready = lambda app_: bool(app_.query(Input))  # noqa: E731
    else:
        from pathlib import Path

        prepare_as_ussg_tui()
        from ussg.tui.app import WorksheetApp
        from ussg.tui.document import CaseDocument
        from ussg.tui.screens.worksheet import WorksheetScreen

        document = CaseDocument.open(Path(sys.argv[4]))
        created = time.perf_counter()
        app = WorksheetApp(document)
        ready = lambda app_: (isinstance(app_.screen, WorksheetScreen)  # noqa: E731
                              and app_.screen.loaded)
    frame = asyncio.run(first_frame(app, ready, (width, height)))
    print(json.dumps({"frame": frame, "from_creating_the_app": frame - created}))


if __name__ == "__main__":
    main()
