"""Time from a field edit to the refreshed result in the terminal app.

    python benchmarks/bench_tui.py [EDITS] [CASE.toml]

Runs the app headless (Textual's test driver) on the Leon case (or CASE.toml, whose first
drug quantity must end in a digit: examples/criminal-record.toml has a long prior record)
and types into the drug quantity, one key per edit, alternating so every edit changes the
case. Prints, per edit:

- compute: the form read, validated and computed (``tui.evaluation.evaluate``) — the part
  the library owns; the issue's aim is at most 10 ms;
- refresh: the screen's whole refresh (compute, then the summary, chain, grids, checklist,
  comparison and field messages re-rendered);
- layout + paint: Textual arranging and painting the screen after the key (the Input's
  echo, then the new result; a chain of another height needs one more layout);
- CPU per key: processor time from the key press until the app is idle again — this
  includes the test driver's own wait, which visits every widget of the screen (hundreds
  here, one in the baseline), so it overstates what a terminal user waits for;
- key to idle: the same in wall-clock time, as the test driver measures idleness (in steps
  of 20 ms).

"driver baseline" is the same keys typed into a bare app with one Input.

Then, for the issue #17 aims (p95 at most 16 ms at 80x24 and 120x40, first screen at most
1 s), each beside a bare Textual app with one Input in the same run:

- key to repaint: from a key handed to the app (as a terminal's key arrives) to the last
  frame painted for it — the field's echo, then the new result — each frame also rendered
  to terminal output (which the headless driver skips); keys typed one at a time, the next
  once the app is idle;
- first screen: from creating the app (the case file already read) to the first frame
  painted with the worksheet computed; once in the run above, then the median of 7 starts
  (fewer if EDITS is less);
- first screen in a new process: what a user waits for at ``ussg tui CASE.toml``, from
  starting Python (imports, reading the case file) to that frame, the median of 7 new
  processes (benchmarks/tui_new_process.py; the modules' bytecode and ussg's code and table
  caches already written, as at any start of an installed ussg after the first: a start
  first, not counted, writes them, whatever this shell says of bytecode,
  PYTHONDONTWRITEBYTECODE: bench_start.py's ENVIRONMENT), beside a bare app started the same way;
  also the part
  from creating the app, which the in-process starts above measure after a first start
  has loaded what every later one reuses.

Not a test: figures depend on the machine. No assertion is made on them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.app import App
from textual.screen import Screen
from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.evaluation import evaluate
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.drug_list import DrugRow

from bench_start import ENVIRONMENT  # ussg as a user's shell runs it (bytecode written)
from textual_frames import BareInput, Frames  # (beside this script)

LEON = Path(__file__).resolve().parent.parent / "examples" / "leon-1994.toml"


def _figures(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (f"{name:<14} median {statistics.median(ms):7.2f} ms   p95 {p95:7.2f} ms   "
            f"max {ms[-1]:7.2f} ms")


class Painting:
    """CPU time Textual spends in layout and painting (Screen._refresh_layout and
    Screen._compositor_refresh), summed while counting."""

    def __init__(self) -> None:
        self.seconds = 0.0
        for name in ("_refresh_layout", "_compositor_refresh"):
            original = getattr(Screen, name)

            def timed(screen, *args, _original=original, **kwargs):
                start = time.process_time()
                try:
                    return _original(screen, *args, **kwargs)
                finally:
                    self.seconds += time.process_time() - start

            setattr(Screen, name, timed)


PAINTING = Painting()


async def measure(edits: int, size: tuple[int, int],
                  case: Path = LEON) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"compute": [], "refresh": [], "layout + paint": [],
                                      "CPU per key": [], "key to idle": []}
    # the app keeps a recovery copy of unsaved edits in $XDG_STATE_HOME/ussg/recovery/: each
    # run's edits go to a folder of its own, never into the user's state directory, and no run
    # is offered the copy an earlier run left (which would put a dialog in front of the form)
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="ussg-bench-tui-")
    app = WorksheetApp(CaseDocument.open(case))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorksheetScreen), type(screen)
        refresh = screen.refresh_outcome

        async def timed_refresh(data: dict | None = None) -> None:
            start = time.perf_counter()
            data = screen.form_data() if data is None else data
            evaluate(data)  # the compute part alone, on the same data
            computed = time.perf_counter()
            await refresh(data)
            times["compute"].append(computed - start)
            times["refresh"].append(time.perf_counter() - computed)

        screen.refresh_outcome = timed_refresh  # type: ignore[method-assign]
        amount = screen.query_one(DrugRow).query_one(".amount", Input)
        amount.focus()
        await pilot.press("end")
        await pilot.pause()
        last = amount.value[-1:]
        for index in range(edits):
            key = "backspace" if index % 2 == 0 else last  # 51 kg -> 5 kg -> 51 kg ...
            start, cpu, painted = time.perf_counter(), time.process_time(), PAINTING.seconds
            await pilot.press(key)
            await pilot.pause()
            times["layout + paint"].append(PAINTING.seconds - painted)
            times["CPU per key"].append(time.process_time() - cpu)
            times["key to idle"].append(time.perf_counter() - start)
        assert screen.outcome.computation is not None
    return times


async def driver_baseline(edits: int, size: tuple[int, int]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"layout + paint": [], "CPU per key": [],
                                      "key to idle": []}
    app = BareInput()
    async with app.run_test(size=size) as pilot:
        app.query_one(Input).focus()
        await pilot.press("end")
        await pilot.pause()
        for index in range(edits):
            start, cpu, painted = time.perf_counter(), time.process_time(), PAINTING.seconds
            await pilot.press("backspace" if index % 2 == 0 else "1")
            await pilot.pause()
            times["layout + paint"].append(PAINTING.seconds - painted)
            times["CPU per key"].append(time.process_time() - cpu)
            times["key to idle"].append(time.perf_counter() - start)
    return times


FRAMES = Frames()


def _idle(app: App) -> bool:
    pumps = [app, *app.screen_stack, *app.screen.walk_children()]
    return all(pump._message_queue.empty() for pump in pumps)


def _painted(app: App, since: float) -> bool:
    """Idle, and a frame painted after ``since`` (a frame still due comes within the next
    60th of a second: the caller waits that long before reading the time of the last)."""
    return _idle(app) and FRAMES.last >= since


async def _until(holds: Callable[[], bool], timeout: float = 30.0,
                 every: float = 0.0005) -> None:
    deadline = time.perf_counter() + timeout
    while not holds():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(every)


@contextlib.asynccontextmanager
async def _started(make: Callable[[], App], ready: Callable[[App], bool],
                   size: tuple[int, int]):
    """The app ``make`` gives, running at ``size`` until its first frame painted ``ready``:
    (the app, its pilot, the seconds from creating it to that frame)."""
    # each run its own state folder (see measure): the recovery copy of one run's edits
    # would put a dialog in front of the next run's worksheet
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="ussg-bench-tui-")
    start = time.perf_counter()
    app = make()
    FRAMES.start(lambda: ready(app))
    async with app.run_test(size=size) as pilot:
        await _until(lambda: ready(app))
        await _until(lambda: FRAMES.first_ready is not None)
        yield app, pilot, FRAMES.first_ready - start  # the frame showing it


async def key_to_repaint(make: Callable[[], App], field: Callable[[App], Input],
                         ready: Callable[[App], bool], edits: int,
                         size: tuple[int, int]) -> dict[str, list[float]]:
    """Key to last frame painted for it, and the first screen, for the app ``make`` gives."""
    times: dict[str, list[float]] = {"first screen": [], "key to repaint": []}
    async with _started(make, ready, size) as (app, pilot, seconds):
        times["first screen"].append(seconds)
        await pilot.pause()
        input_field = field(app)
        input_field.cursor_blink = False  # a blink is a frame no key asked for
        input_field.focus()
        await pilot.press("end")
        await pilot.pause()
        last = input_field.value[-1:]
        driver = app._driver
        assert driver is not None
        for index in range(edits):
            name, char = ("backspace", None) if index % 2 == 0 else (last, last)
            sent = time.perf_counter()
            event = events.Key(name, char)
            event.set_sender(app)
            driver.send_message(event)
            await asyncio.sleep(0)
            # a frame painted since the key (cheap to ask, so asked often), then the app
            # idle: asked seldom, since asking visits every widget's queue on the app's own
            # loop (340 widgets for the worksheet: about 1.4 ms an asking, which asked every
            # half millisecond delayed the app it measured — until Dec. 6, 2026, the
            # worksheet's figures carried that cost and the bare app's, one widget, did not)
            await _until(lambda: FRAMES.last >= sent)
            await _until(lambda: _painted(app, sent), every=0.005)
            await asyncio.sleep(0.05)  # a frame still due (Textual paints at most 60 a second)
            times["key to repaint"].append(FRAMES.last - sent)
    return times


def _worksheet_ready(app: App) -> bool:
    screen = app.screen
    return isinstance(screen, WorksheetScreen) and screen.loaded


def _leon(case: Path) -> Callable[[], App]:
    document = CaseDocument.open(case)  # read before the clock starts: the app's part only
    return lambda: WorksheetApp(document)


def aims(edits: int, case: Path) -> None:
    """Key to repaint and first screen, the worksheet beside a bare app, at both sizes."""
    for size in ((80, 24), (120, 40)):
        print(f"terminal {size[0]}x{size[1]}: key to repaint ({edits} keys into the drug "
              f"quantity, {case.name}) and first screen")
        worksheet = asyncio.run(key_to_repaint(
            _leon(case), lambda app: app.screen.query_one(DrugRow).query_one(".amount", Input),
            _worksheet_ready, edits, size))
        bare = asyncio.run(key_to_repaint(
            BareInput, lambda app: app.query_one(Input),
            lambda app: bool(app.query(Input)), edits, size))
        for name in ("key to repaint", "first screen"):
            print("  " + _figures(f"{name}", worksheet[name]))
            print("  " + _figures("  bare app", bare[name]))


async def first_screen(make: Callable[[], App], ready: Callable[[App], bool],
                       size: tuple[int, int]) -> float:
    """The first screen alone (as key_to_repaint measures it before its keys)."""
    async with _started(make, ready, size) as (_, _, seconds):
        return seconds


def first_screens(runs: int, case: Path) -> None:
    """The first screen again, the median of ``runs`` starts at each size (one start is a
    single sample, and on a shared machine two of them differ by a fifth)."""
    for size in ((80, 24), (120, 40)):
        worksheet = [asyncio.run(first_screen(_leon(case), _worksheet_ready, size))
                     for _ in range(runs)]
        bare = [asyncio.run(first_screen(BareInput, lambda app: bool(app.query(Input)), size))
                for _ in range(runs)]
        print(f"terminal {size[0]}x{size[1]}: first screen, {runs} starts")
        print("  " + _figures("first screen", worksheet))
        print("  " + _figures("  bare app", bare))


def _new_process(kind: str, size: tuple[int, int], case: Path) -> tuple[float, float]:
    """One start in a new process (benchmarks/tui_new_process.py): seconds from starting it
    to the first frame, and from creating the app to that frame."""
    script = Path(__file__).resolve().parent / "tui_new_process.py"
    started = time.perf_counter()
    run = subprocess.run([sys.executable, str(script), kind, str(size[0]), str(size[1]),
                          str(case)], capture_output=True, text=True, check=True,
                         env=ENVIRONMENT)
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    return shown["frame"] - started, shown["from_creating_the_app"]


def first_screens_in_new_processes(runs: int, case: Path) -> None:
    """The first screen as a user starting ``ussg tui`` waits for it, at each size (after
    one start of each kind, not counted, that writes what an installed ussg has written)."""
    for kind in ("worksheet", "bare"):
        _new_process(kind, (80, 24), case)
    for size in ((80, 24), (120, 40)):
        worksheet = [_new_process("worksheet", size, case) for _ in range(runs)]
        bare = [_new_process("bare", size, case) for _ in range(runs)]
        print(f"terminal {size[0]}x{size[1]}: first screen in a new process, {runs} starts")
        print("  " + _figures("from start", [w for w, _ in worksheet]))
        print("  " + _figures("  bare app", [b for b, _ in bare]))
        print("  " + _figures("from the app", [a for _, a in worksheet]))
        print("  " + _figures("  bare app", [a for _, a in bare]))


def main() -> None:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    case = Path(sys.argv[2]) if len(sys.argv) > 2 else LEON
    for size in ((80, 24), (120, 40)):
        times = asyncio.run(measure(edits, size, case))
        print(f"terminal {size[0]}x{size[1]}, {edits} edits of the drug quantity ({case.name})")
        for name, seconds in times.items():
            print("  " + _figures(name, seconds))
        print("  driver baseline (a bare app with one Input):")
        for name, seconds in asyncio.run(driver_baseline(edits, size)).items():
            print("  " + _figures(name, seconds))
    aims(min(edits, 100), case)
    first_screens(min(edits, 7), case)
    first_screens_in_new_processes(min(edits, 7), case)


if __name__ == "__main__":
    main()
