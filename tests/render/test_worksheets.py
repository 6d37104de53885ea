"""Cases worked by hand, as data: each tests/worksheets/*.toml names a case file, the whole
chain of steps the worksheet must show ("scope | section | change | level", "-" where a step
has no scope or level) and result values, and runs through the real command line.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_ussg
from tests.conftest import TESTS

SPECS = sorted((TESTS / "worksheets").glob("*.toml"))


def _line(step: dict) -> str:
    level = "-" if step["level"] is None else str(step["level"])
    return f"{step.get('scope') or '-'} | {step['section']} | {step['change']} | {level}"


def _dig(data, dotted: str):
    for part in dotted.split("."):
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
def test_worksheet_chain_and_results(path: Path) -> None:
    spec = tomllib.loads(path.read_text())
    args = ["calc", ROOT / spec["case"], "--format", "json"]
    if "manual" in spec:
        args += ["--manual", spec["manual"]]
    run = run_ussg(*args)
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    chain = [_line(s) for s in result["steps"] if s["chapter"] != "edition"]
    assert chain == spec["chain"]
    for key, value in spec.get("result", {}).items():
        assert _dig(result, key) == value, key
    for words in spec.get("warnings_mention", []):
        assert any(words in w for w in result["warnings"]), (words, result["warnings"])
