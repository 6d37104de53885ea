"""Shared helpers: run the real `ussg` command line in a subprocess."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# In CI (CI=true) every property test draws the same examples on every run, so a submission's
# result does not depend on chance; a developer's run keeps exploring new ones.
# No deadline anywhere: speed is measured by benchmarks/, never by a timed test (on a loaded
# machine a 200 ms deadline failed examples that were right).
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TESTS = ROOT / "tests"  # the test data folders (cases/, data/, worksheets/) are here
REFERENCE = ROOT.parent / "shared" / "reference" / "ussg"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json_lines(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def run_ussg(*args: str, cwd: Path = ROOT) -> Run:
    proc = subprocess.run([sys.executable, "-m", "ussg", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def ussg():
    return run_ussg


@pytest.fixture(autouse=True)
def private_state_directory(monkeypatch, tmp_path_factory, request):
    """Each test its own $XDG_STATE_HOME (the terminal app's recovery copies go there, never
    into the real home directory); created only if something is written."""
    name = hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:16]
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.getbasetemp() / "state" / name))
