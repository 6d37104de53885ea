"""The `ussg` command's process entry (guidelines/entry.py): the same output and exit status as
the command line's ``main``; the collector off while the modules are imported and on, with
them frozen, for the command; the process ended without Python's teardown only when nothing
needs it (the exit handlers still run, the output is flushed), else by Python's own exit."""

import json
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, ROOT, run_ussg
from ussg.guidelines.cli import main


def _in_process(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("args", [
    ("calc", str(EXAMPLES / "leon-1994.toml")),
    ("calc", "--format", "json", str(EXAMPLES / "leon-1994.toml")),
    ("calc", str(EXAMPLES / "leon-1994.toml"), str(EXAMPLES / "assault-2025.toml")),
    ("calc", str(ROOT / "README.md")),  # bad input: exit status 2, the file named
    ("calc", str(ROOT / "no-such-case.toml")),
])
def test_the_process_prints_and_exits_as_main_does(capsys, args) -> None:
    expected = _in_process(capsys, *args)
    run = run_ussg(*args)
    assert (run.code, run.out, run.err) == expected
    assert expected[0] in (0, 2)


# A script that runs the entry as `python -m ussg` does, after arming its own observers: the
# process ended without Python's exit (os._exit) says so, an exit handler reports the
# collector's runs.
OBSERVED = """
import atexit, gc, json, os, sys
_exit = os._exit
def ended_here(status):
    os.write(2, b"ended without teardown\\n")
    _exit(status)
os._exit = ended_here
runs = []
armed = []
gc.callbacks.append(lambda phase, info: armed and phase == "start"
                    and runs.append(gc.get_freeze_count()))
def report():
    sys.stderr.write(json.dumps({"before_freeze": runs.count(0), "runs": len(runs),
                                 "enabled": gc.isenabled(),
                                 "frozen": gc.get_freeze_count() > 0}) + "\\n")
atexit.register(report)
sys.argv = ["ussg", "calc", "examples/leon-1994.toml"]
from ussg.guidelines.entry import run
SETUP
armed.append(True)
run()
"""


def _observed(setup: str = "") -> tuple[subprocess.CompletedProcess, dict]:
    run = subprocess.run([sys.executable, "-c", OBSERVED.replace("SETUP", setup)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    report = next(json.loads(line) for line in run.stderr.splitlines() if line.startswith("{"))
    return run, report


def test_the_collector_is_off_while_importing_and_on_for_the_command() -> None:
    run, report = _observed()
    assert run.returncode == 0, run.stderr
    # importing the command line's modules runs the collector dozens of times when it is on
    assert report["before_freeze"] == 0
    assert report["enabled"] and report["frozen"]


def test_the_process_ends_without_teardown_after_its_exit_handlers() -> None:
    run, report = _observed()
    assert run.returncode == 0, run.stderr
    assert "life imprisonment" in run.stdout  # flushed before the end
    assert report  # the exit handlers ran (the code cache is written by one)
    assert "ended without teardown" in run.stderr


@pytest.mark.parametrize("setup", [
    # a thread still running (Python's exit waits for it unless it is a daemon)
    "import threading, time; threading.Thread(target=time.sleep, args=(60,), daemon=True)"
    ".start()",
    # a profiler (python -m cProfile -m ussg) or a tracer (coverage) reports at exit
    "sys.setprofile(lambda *args: None)",
    "sys.settrace(lambda *args: None)",
])
def test_python_ends_the_process_when_something_needs_its_exit(setup) -> None:
    run, _ = _observed(setup)
    assert run.returncode == 0, run.stderr
    assert "life imprisonment" in run.stdout
    assert "ended without teardown" not in run.stderr


def test_the_exit_status_of_bad_input_through_the_entry() -> None:
    script = OBSERVED.replace("examples/leon-1994.toml", "README.md").replace("SETUP", "")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 2
    assert "README.md" in run.stderr and "ended without teardown" in run.stderr
