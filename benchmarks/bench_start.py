"""Cold start: one case through the command line, beside `python -c "from pydantic import
BaseModel"` and `python -c pass`, measured in the same run (issue #17's aim: the case in at
most twice the pydantic import's CPU time).

    python benchmarks/bench_start.py [RUNS]

Each command runs RUNS times (default 7), interleaved, as a child process; the figure is the
median of its CPU time (user + system, from the children's resource usage), so that a noisy
machine affects ussg and its baselines alike.

A line says whether this Python has ussg installed editable (``pip install -e``): its
import finder, which every start of this Python loads (the baselines' too, ussg's from the
repository), is not there after ``pip install .``, the README's first command. With
``--installed``, the same commands are also measured from a copy laid out as ``pip install
.`` lays it out (pyproject.toml's package-dir, bytecode compiled) in a temporary virtual
environment that reuses this one's packages (pydantic and the rest): a non-editable install.

    python benchmarks/bench_start.py [RUNS] [--installed]
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import pydantic.BaseModel": [sys.executable, "-c", "from pydantic import BaseModel"],
    "ussg calc leon-1994.toml": [sys.executable, "-m", "ussg", "calc",
                                 str(ROOT / "examples" / "leon-1994.toml")],
}


#: As an installed ussg runs from a user's shell, whatever this shell says: its modules
#: compiled once (pip writes the bytecode when it installs), not at every start
#: (PYTHONDONTWRITEBYTECODE), and its output buffered (PYTHONUNBUFFERED, which this
#: machine's shell sets, had every line written by a call of its own). bench_batch.py and
#: bench_tui.py start ussg with it too.
ENVIRONMENT = {k: v for k, v in os.environ.items()
               if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")}


def cpu_of(command: list[str], cwd: Path = ROOT) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=cwd, env=ENVIRONMENT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians_of(commands: dict[str, list[str]], runs: int, cwd: Path = ROOT) -> dict[str, float]:
    """The median CPU time of each command, run ``runs`` times interleaved (after one run
    each to warm up: bytecode written, files in the page cache)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        cpu_of(command, cwd)
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(cpu_of(command, cwd))
    return {name: statistics.median(t) for name, t in times.items()}


def show(medians: dict[str, float]) -> None:
    for name, value in medians.items():
        print(f"  {name:<28} {value * 1000:>7.0f} ms")
    ratio = medians["ussg calc leon-1994.toml"] / medians["import pydantic.BaseModel"]
    print(f"ussg calc / pydantic import: {ratio:.1f}x (aim: at most 2x)")


def editable() -> bool | None:
    """Whether this Python has ussg installed editable (pip's record of where it came from);
    None: not installed."""
    try:
        record = metadata.distribution("ussg").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    return bool(record and json.loads(record).get("dir_info", {}).get("editable"))


def installed_copy(folder: Path) -> Path:
    """A virtual environment in ``folder`` with ussg laid out in its site-packages as
    ``pip install .`` lays it out (pyproject.toml's package-dir), its bytecode compiled, and
    this environment's packages on its path (a .pth file: their own .pth files, such as the
    editable finder, are not run): its Python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    (site / "reused.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    for package, source in pyproject["tool"]["setuptools"]["package-dir"].items():
        shutil.copytree(ROOT / source, site.joinpath(*package.split(".")),
                        ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([str(python), "-m", "compileall", "-q", str(site / "ussg")], check=True,
                   stdout=subprocess.DEVNULL)
    return python


def main() -> None:
    arguments = [a for a in sys.argv[1:] if a != "--installed"]
    runs = int(arguments[0]) if arguments else 7
    medians = medians_of(COMMANDS, runs)
    print(f"median CPU time of {runs} runs each (user + system):")
    show(medians)
    how = {True: "editable (pip install -e): every start of this Python, the baselines' too, "
                 "loads its import finder, which pip install . has not",
           False: "not editable", None: "not installed (python -m ussg runs the repository's)"}
    print(f"ussg installed here: {how[editable()]}")
    if "--installed" not in sys.argv[1:]:
        return
    with tempfile.TemporaryDirectory(prefix="ussg-bench-start-") as folder:
        python = str(installed_copy(Path(folder) / "venv"))
        copy = {"python -c pass": [python, "-c", "pass"],
                "import pydantic.BaseModel": [python, "-c", "from pydantic import BaseModel"],
                "ussg calc leon-1994.toml": [python, "-m", "ussg", "calc",
                                             str(ROOT / "examples" / "leon-1994.toml")]}
        medians = medians_of(copy, runs, cwd=Path(folder))  # not the repository's ussg/
    print(f"the same from a non-editable install (a copy in a temporary virtual environment), "
          f"median of {runs} runs each:")
    show(medians)


if __name__ == "__main__":
    main()
