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

Not a test: figures depend on the machine. No assertion is made on them.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.evaluation import evaluate
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.drug_list import DrugRow

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

        async def timed_refresh() -> None:
            start = time.perf_counter()
            data = screen.form_data()
            evaluate(data)  # the compute part alone, on the same data
            computed = time.perf_counter()
            await refresh()
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


class BareInput(App[None]):
    def compose(self) -> ComposeResult:
        yield Input("51")


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


if __name__ == "__main__":
    main()
