"""§4A1.2(k)(1) and comment. (n.11): a revocation that applies to several prior sentences,
through the real CLI (issue #13).

The case file (tests/data/chapter_four/revocation-two-priors-2016.toml) is the note's own
example, computed by hand there: the 45-day revocation term added to the probation that
required 15 days gives 60 days, §4A1.1(b), 2 points, and the straight probation 1 point under
(c): 3 points; added to the straight probation, 1 + 1 = 2 points. The paragraph of n.11 was
added by Amendment 381 (Nov. 1, 1991; Appendix C, Vol. I) and reads the same in 2016 and 2025.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
import tomli_w

from .conftest import ROOT, run_ussg

CASE = ROOT / "tests" / "data" / "chapter_four" / "revocation-two-priors-2016.toml"
FIELD = "criminal_history.priors[0].revocations[0].applies_to"


def _run(tmp_path: Path, change=lambda data: None):
    data = tomllib.loads(CASE.read_text())
    change(data)
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(data))
    return run_ussg("calc", path, "--format", "json"), path


def _points(result: dict) -> dict[str, str]:
    return {s["title"]: s["change"] for s in result["steps"]
            if s["title"].startswith("Prior sentence") or s["title"] == "Criminal history points"}


def _applies_to(*names: str):
    def change(data):
        data["criminal_history"]["priors"][0]["revocations"][0]["applies_to"] = list(names)
    return change


def _listed_under_p2(applies_to: list[str] | None):
    """The same revocation, listed under the other prior."""
    def change(data):
        first, second = data["criminal_history"]["priors"]
        revocation = first.pop("revocations")[0]
        if applies_to is None:
            revocation.pop("applies_to")
        else:
            revocation["applies_to"] = applies_to
        second["revocations"] = [revocation]
    return change


def _without_applies_to(data):
    data["criminal_history"]["priors"][0]["revocations"][0].pop("applies_to")


@pytest.mark.parametrize("manual", ["2016", "2025", "1991-11-01"])
def test_the_term_goes_where_it_adds_most_points(tmp_path: Path, manual: str) -> None:
    def change(data):
        data["manual"] = manual
    run, _ = _run(tmp_path, change)
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert _points(result) == {"Prior sentence p1": "1 point", "Prior sentence p2": "2 points",
                               "Criminal history points": "3 points"}
    assert result["criminal_history_category"] == "II"
    (step,) = [s for s in result["steps"] if s["section"] == "§4A1.2(k)(1), comment. (n.11)"]
    assert step["change"] == "added to prior p2"
    assert step["reason"].startswith("added to prior p1: 2 points in all; added to prior p2: "
                                     "3 points in all: the greatest increase")
    assert ("add the term of imprisonment imposed upon revocation to the sentence that will "
            "result in the greatest increase in criminal history points") in step["reason"]
    assert step["source"] == "§4A1.2(a)-(k): Amendment 381, eff. Nov. 1, 1991"
    p2 = next(s for s in result["steps"] if s["title"] == "Prior sentence p2")
    assert "imprisonment of 60 days" in p2["reason"]


def test_where_the_revocation_is_listed_no_longer_decides(tmp_path: Path) -> None:
    run, _ = _run(tmp_path, _listed_under_p2(["p2", "p1"]))
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert _points(result)["Criminal history points"] == "3 points"


@pytest.mark.parametrize("change, total", [
    (_without_applies_to, "2 points"),     # (k)(1) alone, on p1: 45 days (c) + 15 days (c)
    (_listed_under_p2(None), "3 points"),  # (k)(1) alone, on p2: 60 days (b) + (c)
])
def test_a_revocation_on_one_sentence_is_added_to_that_sentence(tmp_path, change, total) -> None:
    run, _ = _run(tmp_path, change)
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    assert _points(result)["Criminal history points"] == total
    assert not [s for s in result["steps"] if "n.11" in s["section"]]


def test_before_amendment_381_several_sentences_are_refused(tmp_path: Path) -> None:
    def change(data):
        data["manual"] = "1990"
    run, path = _run(tmp_path, change)
    assert run.code == 2
    assert f"{path}: {FIELD}: the Manual in force on Nov. 1, 1990 has no rule" in run.err
    assert "Amendment 381, eff. Nov. 1, 1991" in run.err
    assert "Traceback" not in run.err


@pytest.mark.parametrize("change, message", [
    (_applies_to("p1", "p3"), "'p3' names no prior (ids or positions: p1, p2)"),
    (_applies_to("p2"), "name the prior the revocation is listed under ('p1')"),
    (_applies_to("p1", "p2", "p2"), "a prior is named twice"),
])
def test_bad_names_are_refused_naming_the_field(tmp_path, change, message) -> None:
    run, path = _run(tmp_path, change)
    assert run.code == 2
    assert f"{path}: {FIELD}: {message}" in run.err


def test_a_name_must_be_a_string(tmp_path: Path) -> None:
    def change(data):
        data["criminal_history"]["priors"][0]["revocations"][0]["applies_to"] = [1, 2]
    run, path = _run(tmp_path, change)
    assert run.code == 2
    assert f"{path}: {FIELD}[0]: Input should be a valid string" in run.err


def test_sentences_counted_as_one_are_refused(tmp_path: Path) -> None:
    """n.11 covers sentences "counted separately under §4A1.2(a)(2)": the same charging
    instrument and no intervening arrest make the two one sentence (2016 text)."""
    def change(data):
        for prior in data["criminal_history"]["priors"]:
            prior["charging_instrument"] = "Docket 10-1"
        data["criminal_history"]["priors"][0]["arrest_date"] = dt.date(2010, 8, 5)
    run, path = _run(tmp_path, change)
    assert run.code == 2
    assert f"{path}: {FIELD}: priors p1, p2 are counted as a single sentence" in run.err
