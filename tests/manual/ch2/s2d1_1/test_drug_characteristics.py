"""§2D1.1(a)(1)-(4), (b) and (d), edition by edition, through the real command line.

The cases and their hand-worked expectations are data: tests/data/drug_characteristics.toml
(each with the Manual text it was worked from). All cases run in one `ussg calc` call.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
import tomli_w

from tests.conftest import ROOT, run_ussg
from tests.conftest import TESTS
from tests.manual.many_cases import calc_many

CHECKS = tomllib.loads((TESTS / "data" / "drug_characteristics.toml")
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
    return calc_many(tmp_path_factory.mktemp("soc"),
                     [(check["name"], _case(check)) for check in CHECKS])


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


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(data))
    return path


def test_ex_post_facto_earlier_manual_lacks_the_enhancement(tmp_path: Path) -> None:
    """§1B1.11(b): offense in 2009, sentencing in 2025. Under 2025, 6 kg of cocaine is level 30
    ((c)(5), Amendment 782), +2 violence, +2 premises = 34 (151-188 months); the Nov. 1, 2008
    Manual has neither enhancement (Amendment 748, 2010) and 6 kg is level 32 (121-151
    months), so the earlier Manual applies in its entirety and the two facts are shown as not
    in it, not refused."""
    path = _write(tmp_path, {
        "sentencing_date": dt.date(2025, 12, 1), "offense_date": dt.date(2009, 6, 1),
        "offense": {"violence": True, "maintained_premises": True,
                    "drugs": [{"substance": "cocaine", "quantity": "6 kg"}]},
        "criminal_history": {"category": "I"}})
    run = run_ussg("calc", path, "--format", "json")
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert result["manual_in_force"] == "2008-11-01"
    assert result["total_offense_level"] == 32
    assert result["compared"][0]["result"]["total_offense_level"] == 34
    absent = [s for s in result["steps"] if s["change"] == "not applied"]
    assert [s["input"] for s in absent] == ["violence used, threatened or directed",
                                            "maintained a premises for manufacturing or distributing"]
    assert all("does not exist in the Nov. 1, 2008 Manual" in s["reason"] for s in absent)


def test_the_manual_the_case_names_refuses_a_fact_it_lacks(tmp_path: Path) -> None:
    """The same facts with `manual = "2008"`: the user asked for that Manual, so a fact it
    does not have is an error naming the field, not a note."""
    path = _write(tmp_path, {"manual": "2008", "offense": {
        "violence": True, "drugs": HEROIN_50_G}, "criminal_history": {"category": "I"}})
    run = run_ussg("calc", path)
    assert run.code == 2
    assert f"ussg: {path}: offense.violence: " in run.err
    assert "Traceback" not in run.err


def test_compare_refuses_a_fact_one_edition_lacks(tmp_path: Path) -> None:
    path = _write(tmp_path, {"manual": "2025", "offense": {
        "maintained_premises": True, "drugs": HEROIN_50_G}, "criminal_history": {"category": "I"}})
    run = run_ussg("compare", path, "--manual", "1993,2025")
    assert run.code == 2
    assert "offense.maintained_premises" in run.err and "Nov. 1, 1993 Manual" in run.err


def test_crime_of_violence_level_needs_the_841b7_conviction(tmp_path: Path) -> None:
    path = _write(tmp_path, {"manual": "2025", "offense": {
        "crime_of_violence_offense_level": 30, "drugs": HEROIN_50_G},
        "criminal_history": {"category": "I"}})
    run = run_ussg("calc", path)
    assert run.code == 2 and "841(b)(7)" in run.err


def test_unknown_characteristic_value_is_refused_by_the_schema(tmp_path: Path) -> None:
    path = _write(tmp_path, {"manual": "2025", "offense": {
        "aircraft_or_vessel": "helicopter", "drugs": HEROIN_50_G},
        "criminal_history": {"category": "I"}})
    run = run_ussg("calc", path)
    assert run.code == 2 and "offense.aircraft_or_vessel" in run.err


def test_safety_valve_criteria_must_all_be_stated(tmp_path: Path) -> None:
    path = _write(tmp_path, {"manual": "2025", "offense": {
        "safety_valve": {"criminal_history": True}, "drugs": HEROIN_50_G},
        "criminal_history": {"category": "I"}})
    run = run_ussg("calc", path)
    assert run.code == 2 and "offense.safety_valve." in run.err and "required" in run.err


def test_leon_is_unchanged_by_the_characteristics() -> None:
    run = run_ussg("calc", ROOT / "examples" / "leon-1994.toml", "--format", "json")
    (result,) = run.json_lines()
    assert [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] != "edition"] == [
        ("§2D1.1(c)(1)", 42), ("Departure", 38), ("§2D1.1(b)(1)", 40), ("§3B1.1(a)", 44),
        ("Ch.5 Pt.A, comment. (n.2)", 43), ("Ch.5 Pt.A", 43)]
    assert result["warnings"] == []
