"""The benchmark scripts still run on a small batch (they are not tests of speed: no figure
is asserted, only that each prints its figures; a refused case must not end a run)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_bench_calculate_runs_on_a_small_batch_of_every_supported_edition() -> None:
    run = subprocess.run([sys.executable, "benchmarks/bench_calculate.py", "300", "1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("cases/s") == 6, run.stdout
    assert "cases:                 300," in run.stdout
    # issue #17's second aim: several counts and a prior record (at least 1,000 cases)
    assert "several counts and a prior record (1000 cases, streamed):" in run.stdout
    # ussg beside the bare loop measured in the same run (issue #17)
    assert "baseline (bare loop):" in run.stdout and "x slower" in run.stdout


def test_bench_batch_runs_the_command_line_beside_the_bare_loop() -> None:
    run = subprocess.run([sys.executable, "benchmarks/bench_batch.py", "200", "1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "cases: 200," in run.stdout
    assert run.stdout.count("cases/s") == 4, run.stdout  # ussg, start-up off, bare, aim
    assert "bare loop (read, validate, look up, write):" in run.stdout
    assert "x slower" in run.stdout


def test_bench_tui_runs_both_terminal_sizes_each_from_a_clean_state(tmp_path) -> None:
    """Two edits at 80x24, then at 120x40: the second run must not meet the recovery copy the
    first left (a dialog in front of the form ended the script), nor may either write into the
    state directory it was started with."""
    import os

    state = tmp_path / "state"
    run = subprocess.run([sys.executable, "benchmarks/bench_tui.py", "2"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "XDG_STATE_HOME": str(state)})
    assert run.returncode == 0, run.stderr
    assert "terminal 80x24" in run.stdout and "terminal 120x40" in run.stdout
    assert run.stdout.count("layout + paint median") == 4, run.stdout
    # the issue #17 aims' figures, beside a bare app, at both sizes
    assert run.stdout.count("key to repaint median") == 2, run.stdout
    assert run.stdout.count("first screen   median") == 4, run.stdout  # then of 2 starts
    assert run.stdout.count("first screen, 2 starts") == 2, run.stdout
    # and as a user starting `ussg tui` waits for it: a new process each start
    assert run.stdout.count("first screen in a new process, 2 starts") == 2, run.stdout
    assert run.stdout.count("from start     median") == 2, run.stdout
    assert run.stdout.count("from the app   median") == 2, run.stdout
    assert run.stdout.count("bare app     median") == 10, run.stdout
    assert not state.exists()


def test_tui_first_keys_times_two_tabs_beside_the_bare_app(tmp_path) -> None:
    """Tab typed just after the first frame, in new processes (one here), each kind; the
    recovery copy of the worksheet goes to a folder of the script's own."""
    import os

    state = tmp_path / "state"
    run = subprocess.run([sys.executable, "benchmarks/tui_first_keys.py", "1"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "XDG_STATE_HOME": str(state)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("after the first frame: worksheet") == 2, run.stdout
    assert run.stdout.count("bare app") == 2, run.stdout
    assert not state.exists()


def test_bench_start_says_how_ussg_is_installed_and_measures_a_non_editable_copy() -> None:
    run = subprocess.run([sys.executable, "benchmarks/bench_start.py", "1", "--installed"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    # the repository's start beside its baselines, then the same from a non-editable copy
    assert run.stdout.count("ussg calc leon-1994.toml") == 2, run.stdout
    assert run.stdout.count("ussg calc / pydantic import:") == 2, run.stdout
    assert run.stdout.count("import pydantic.BaseModel") == 2, run.stdout
    line = next(line for line in run.stdout.splitlines()
                if line.startswith("ussg installed here: "))
    assert line.split(": ", 1)[1].startswith(("editable (pip install -e)", "not editable",
                                              "not installed")), line
    assert "from a non-editable install" in run.stdout
