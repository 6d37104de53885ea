"""The benchmark scripts still run on a small batch (they are not tests of speed: no figure
is asserted, only that each prints its figures; a refused case must not end a run)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_bench_calculate_runs_on_a_small_batch_of_every_supported_edition() -> None:
    run = subprocess.run([sys.executable, "benchmarks/bench_calculate.py", "300", "1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("cases/s") == 3, run.stdout
    assert "cases:                 300," in run.stdout
