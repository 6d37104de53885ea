"""§2D1.1(a)(1)-(4), (b) and (d), edition by edition, through the real command line.

The cases and their hand-worked expectations are data: tests/data/drug_characteristics.toml
(each with the Manual text it was worked from). All cases run in one `ussg calc` call.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
import tomli_w

from .conftest import ROOT, run_ussg

CHECKS = tomllib.loads((Path(__file__).parent / "data" / "drug_characteristics.toml")
                       .read_text())["check"]
HEROIN_50_G = [{"substance": "heroin", "quantity": "50 g"}]


def _case(check: dict) -> dict:
    offense = {"drugs": HEROIN_50_G, **check.get("offense", {})}
    return {"manual": check["manual"], "case": {"name": check["name"]}, "offense": offense,
            "adjustments": {"role": check.get("role", {})},
            "criminal_history": {"category": "I"}}


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, tuple[dict | None, str]]:
    """Every check's JSON result (or None) and its error line, from one CLI run."""
    folder = tmp_path_factory.mktemp("soc")
    paths = []
    for index, check in enumerate(CHECKS):
        path = folder / f"check{index:03}.toml"
        path.write_text(tomli_w.dumps(_case(check)))
        paths.append(path)
    run = run_ussg("calc", *paths, "--format", "json")
    assert run.code in (0, 2), run.err
    outputs = {line["file"]: line for line in run.json_lines()}
    errors = {}
    for line in run.err.splitlines():
        assert line.startswith("ussg: "), line  # never a traceback
        name = line.removeprefix("ussg: ").split(": ", 1)[0]
        errors[name] = line
    return {check["name"]: (outputs.get(str(path)), errors.get(str(path), ""))
            for check, path in zip(CHECKS, paths)}


def test_every_check_has_a_citation_and_one_expectation() -> None:
    names = [c["name"] for c in CHECKS]
    assert len(names) == len(set(names))
    for check in CHECKS:
        assert check.get("cite"), check["name"]
        assert ("steps" in check) != ("error" in check), check["name"]


@pytest.mark.parametrize("check", CHECKS, ids=[c["name"] for c in CHECKS])
def test_characteristic(check: dict, results) -> None:
    result, error = results[check["name"]]
    if "error" in check:
        assert result is None, f"expected an error, got {result and result['total_offense_level']}"
        assert f": {check['error_field']}: " in error, error
        assert check["error"] in error, error
        return
    assert result is not None, error
    steps = [s for s in result["steps"] if s["chapter"] != "edition"]
    remaining = iter(steps)
    for expected in check["steps"]:
        section, level, *change = expected
        assert any(s["section"] == section and s["level"] == level
                   and (not change or s["change"] == change[0]) for s in remaining), (
            expected, [(s["section"], s["level"], s["change"]) for s in steps])
    assert result["total_offense_level"] == check["total"]
    if "warning" in check:
        assert any(check["warning"] in w for w in result["warnings"]), result["warnings"]
    for step in steps:
        assert step["section"] and step["reason"]


def test_no_characteristic_in_a_check_is_silently_dropped(results) -> None:
    """Every stated fact of a successful check leaves a step naming its section."""
    for check in CHECKS:
        result, _ = results[check["name"]]
        if result is None or "steps" not in check:
            continue
        sections = " ".join(s["section"] for s in result["steps"])
        for fact in check.get("offense", {}):
            if fact in {"drugs", "convictions", "crime_of_violence_offense_level"}:
                continue
            prefix = {"death_or_serious_bodily_injury": "§2D1.1(a)",
                      "victim_killed": "§2D1.1(d)(1)"}.get(fact, "§2D1.1(b)")
            assert prefix in sections, (check["name"], fact)
