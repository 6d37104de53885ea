"""Real cases as data: each tests/cases/*.toml names a case file and the expected chain, and
runs through the real command line (`ussg calc --format json`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_ussg
from tests.conftest import TESTS

CASES = sorted((TESTS / "cases").glob("*.toml"))


def _prepare(spec: dict, tmp_path: Path) -> Path:
    """The case file named, or a copy without its departures (`drop_departures`) or sentenced
    on another day (`sentencing_date`, to test the days just inside an edition's dates)."""
    source = ROOT / spec["case"]
    if not spec.get("drop_departures") and "sentencing_date" not in spec:
        return source
    data = tomllib.loads(source.read_text())
    if spec.get("drop_departures"):
        data.pop("departures", None)
    if "sentencing_date" in spec:
        data["sentencing_date"] = spec["sentencing_date"]
    import tomli_w

    target = tmp_path / source.name
    target.write_text(tomli_w.dumps(data))
    return target


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case_through_cli(path: Path, tmp_path: Path) -> None:
    spec = tomllib.loads(path.read_text())
    expected = spec["expected"]
    args = ["calc", _prepare(spec, tmp_path), "--format", "json"]
    if "manual" in spec:
        args += ["--manual", spec["manual"]]
    run = run_ussg(*args)
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    for words in expected["manual_contains"]:
        assert words in result["manual"]
    level_steps = [s for s in result["steps"] if s["chapter"] != "edition"]
    assert [s["section"] for s in level_steps] == expected["sections"]
    # notes before the base offense level (e.g. each drug's converted weight) have no level yet
    assert [s["level"] for s in level_steps if s["level"] is not None] == expected["levels"]
    if "changes" in expected:  # intermediate amounts (e.g. converted drug weights), by hand
        assert [s["change"] for s in level_steps] == expected["changes"]
    for words in expected.get("warnings_contain", []):
        assert any(words in w for w in result["warnings"]), result["warnings"]
    for words in expected.get("warnings_lack", []):
        assert not any(words in w for w in result["warnings"]), result["warnings"]
    if "warnings" in expected:  # e.g. [] where every table version used is checked
        assert result["warnings"] == expected["warnings"]
    assert result["total_offense_level"] == expected["total_offense_level"]
    assert result["table_offense_level"] == expected["table_offense_level"]
    assert result["criminal_history_category"] == expected["criminal_history_category"]
    assert result["range"]["life"] is expected["life"]
    if expected["life"]:
        assert result["range"]["max_months"] is None
    for step in level_steps:
        assert step["reason"] and step["section"]
    if "range" in expected:
        assert [result["range"]["min_months"], result["range"]["max_months"]] == expected["range"]
    if "edition_sections" in expected:
        editions = [s["section"] for s in result["steps"] if s["chapter"] == "edition"]
        assert editions == expected["edition_sections"]
    if "compared_ranges" in expected:
        compared = [[c["result"]["range"]["min_months"], c["result"]["range"]["max_months"]]
                    for c in result["compared"]]
        assert compared == expected["compared_ranges"]


def test_leon_text_worksheet_prints_the_chain() -> None:
    run = run_ussg("calc", ROOT / "examples" / "leon-1994.toml")
    assert run.code == 0, run.err
    text = run.out
    assert "Manual: Guidelines Manual, Nov. 1, 1993 edition" in text
    order = ["  42  = 42  §2D1.1(c)(1)", "51 kg of Cocaine Base", "15 kg or more",
             "  38  → 38  Departure", "Amendment 505", "  40    +2  §2D1.1(b)(1)",
             "  44    +4  §3B1.1(a)", "  43  → 43  Ch.5 Pt.A, comment. (n.2)",
             "  43        Ch.5 Pt.A — Sentencing Table", "life imprisonment"]
    positions = [text.index(token) for token in order]
    assert positions == sorted(positions), text
    assert "Criminal history category  I\n" in text
