"""Cold start: one case through the command line, beside `python -c "from pydantic import
BaseModel"` and `python -c pass`, measured in the same run (issue #17's aim: the case in at
most twice the pydantic import's CPU time).

    python benchmarks/bench_start.py [RUNS]

Each command runs RUNS times (default 7), interleaved, as a child process; the figure is the
median of its CPU time (user + system, from the children's resource usage), so that a noisy
machine affects ussg and its baselines alike.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import pydantic.BaseModel": [sys.executable, "-c", "from pydantic import BaseModel"],
    "ussg calc leon-1994.toml": [sys.executable, "-m", "ussg", "calc",
                                 str(ROOT / "examples" / "leon-1994.toml")],
}


#: As an installed ussg runs: its modules compiled once (pip writes the bytecode when it
#: installs), not at every start, whatever this shell says (PYTHONDONTWRITEBYTECODE).
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cpu_of(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=ENVIRONMENT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for command in COMMANDS.values():  # warm: bytecode written, files in the page cache
        cpu_of(command)
    for _ in range(runs):
        for name, command in COMMANDS.items():
            times[name].append(cpu_of(command))
    medians = {name: statistics.median(t) for name, t in times.items()}
    print(f"median CPU time of {runs} runs each (user + system):")
    for name, value in medians.items():
        print(f"  {name:<28} {value * 1000:>7.0f} ms")
    ratio = medians["ussg calc leon-1994.toml"] / medians["import pydantic.BaseModel"]
    print(f"ussg calc / pydantic import: {ratio:.1f}x (aim: at most 2x)")


if __name__ == "__main__":
    main()
