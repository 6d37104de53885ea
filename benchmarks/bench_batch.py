"""Batch throughput: `ussg calc FILE.jsonl` end to end (read, validate, compute, write), on
one core, beside a bare loop over the same file measured in the same run (issue #17's aim:
at least 50,000 cases/s per core).

    python benchmarks/bench_batch.py [N [RUNS]]

The cases are benchmarks/bench_calculate.py's generated single-count §2D1.1 cases, written
as JSON Lines. `ussg calc --jobs 1` runs as a child process (CPU time from the children's
resource usage, start-up included: a few tenths of a second); its start-up alone, one case,
is measured too and taken off. The bare loop reads each line, parses its JSON, validates a
small strict pydantic model, does a bisect and a dict look-up and writes a JSON line (what
Python allows for this work). Medians of RUNS runs (default 3). Also `--jobs 2` beside
`--jobs 1` in wall-clock time (near 2x on two idle cores; any other load on the machine
takes from it), and the peak resident memory of the largest process.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_calculate import _BareCase, generate  # noqa: E402
from bench_start import ENVIRONMENT  # noqa: E402  (ussg as a user's shell runs it)

ROOT = Path(__file__).resolve().parent.parent


def ussg_cpu(path: Path) -> float:
    return ussg_run(path, 1)[0]


def ussg_run(path: Path, jobs: int) -> tuple[float, float, int]:
    """`ussg calc --jobs JOBS FILE`: its CPU time (the processes together), its wall-clock
    time, and the peak resident memory of its largest process (kB)."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    with subprocess.Popen([sys.executable, "-m", "ussg", "calc", "--quiet", "--jobs", str(jobs),
                           str(path)], stdout=subprocess.DEVNULL, cwd=ROOT,
                          env=ENVIRONMENT) as child:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # wait4 gives the child's own usage, its worker processes' included (they are waited
    # for by it); ru_maxrss is the largest of them (Linux)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, usage.ru_maxrss


def bare_loop(path: Path, out: Path) -> float:
    """Read, parse, validate, look up, write: the bare loop's CPU time."""
    import bisect
    from decimal import Decimal
    thresholds = list(range(0, 10**9, 10**6))
    levels = {i: 12 + i % 31 for i in range(len(thresholds) + 1)}
    start = time.process_time()
    with path.open("rb") as source, out.open("w", encoding="utf-8") as sink:
        for number, line in enumerate(source, 1):
            r = json.loads(line)
            case = _BareCase.model_validate({
                "manual": r["manual"], "drug": r["offense"]["drugs"][0],
                "weapon": r["offense"]["dangerous_weapon"],
                "category": r["criminal_history"]["category"]})
            amount = int(Decimal(case.drug.quantity.split()[0]))
            level = levels[bisect.bisect_right(thresholds, amount)] + 2 * case.weapon
            sink.write(json.dumps({"line": number, "level": level}) + "\n")
    return time.process_time() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as folder:
        cases, one, out = (Path(folder) / name for name in ("cases.jsonl", "one.jsonl", "out"))
        batch = generate(n)
        cases.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        one.write_text(json.dumps(batch[0]) + "\n", encoding="utf-8")
        ussg_cpu(one)  # warm: bytecode written, tables cached
        times: dict[str, list[float]] = {"ussg": [], "start": [], "bare": [], "wall1": [],
                                         "wall2": [], "cpu2": []}
        memory = 0
        for _ in range(runs):
            cpu, wall, rss = ussg_run(cases, 1)
            times["ussg"].append(cpu)
            times["wall1"].append(wall)
            times["start"].append(ussg_cpu(one))
            times["bare"].append(bare_loop(cases, out))
            cpu, wall, rss2 = ussg_run(cases, 2)
            times["cpu2"].append(cpu)
            times["wall2"].append(wall)
            memory = max(memory, rss, rss2)
    ussg, start, bare, wall1, wall2, cpu2 = (statistics.median(times[k]) for k in (
        "ussg", "start", "bare", "wall1", "wall2", "cpu2"))
    print(f"cases: {n}, median CPU time of {runs} runs each, one core")
    print(f"ussg calc --jobs 1 FILE.jsonl: {n / ussg:>10,.0f} cases/s  ({ussg:.2f} s, "
          f"start-up included)")
    print(f"  start-up taken off:          {n / (ussg - start):>10,.0f} cases/s  "
          f"(start-up, one case: {start * 1000:.0f} ms)")
    print(f"bare loop (read, validate, look up, write): {n / bare:>10,.0f} cases/s")
    print(f"ussg / bare loop: {(ussg - start) / bare:.1f}x slower (aim: at least 50,000 "
          f"cases/s per core)")
    print(f"--jobs 2 beside --jobs 1 (wall-clock; {os.cpu_count()} cores, other load counts): "
          f"{wall2:.2f} s against {wall1:.2f} s, {wall1 / wall2:.2f}x; CPU {cpu2:.2f} s "
          f"against {ussg:.2f} s")
    print(f"peak memory of a process: {memory / 1024:.0f} MB")


if __name__ == "__main__":
    main()
