"""§4A1.2(k)(1) and comment. (n.11): a revocation that applies to several prior sentences,
through the real CLI (issue #13).

The case file (tests/data/chapter_four/revocation-two-priors-2016.toml) is the note's own
example, computed by hand there: the 45-day revocation term added to the probation that
required 15 days gives 60 days, §4A1.1(b), 2 points, and the straight probation 1 point under
(c): 3 points; added to the straight probation, 1 + 1 = 2 points. The paragraph of n.11 was
added by Amendment 381 (Nov. 1, 1991; Appendix C, Vol. I) and reads the same in 2016 and 2025.
A property over drawn records (tests/strategies_criminal_history.py) checks the rule against
§4A1.2(k)(1) applied to each sentence alone.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ussg.guidelines.manual.ch4.part_a_criminal_history import compute_criminal_history
from ussg.guidelines.engine.errors import CaseError

from tests.conftest import ROOT, run_ussg
from tests.strategies_criminal_history import EDITIONS, history, prior_records

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
    assert f"{path}: 2 problems:" in run.err  # every problem at once, each field named
    for index, number in enumerate([1, 2]):
        assert (f"{FIELD}[{index}]: expected a TOML string (in quotes), got the integer "
                f"{number}") in run.err


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


def _total(priors: list[dict], instant: dict, edition: dt.date) -> int:
    try:
        return compute_criminal_history(history(priors, instant), edition).total
    except CaseError as error:  # a record the engine cannot compute exactly, or one sentence
        assume("cannot be computed exactly" not in error.message
               and "depends on the length" not in error.message
               and "counted as a single sentence" not in error.message)
        raise


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(EDITIONS), prior_records(min_priors=2, max_priors=5), st.data())
def test_the_shared_term_gives_the_greater_of_the_two_totals(edition, record, data) -> None:
    """Over drawn records and every edition the strategies cover (all after Amendment 381): a
    revocation applying to priors i and k gives the greater of the totals that listing it under
    i alone or under k alone gives (§4A1.2(k)(1) for one sentence), wherever it is listed."""
    unit, priors, instant = record
    i, k = data.draw(st.lists(st.integers(0, len(priors) - 1), min_size=2, max_size=2,
                              unique=True))
    priors = [{**p, "id": f"p{n + 1}"} for n, p in enumerate(priors)]
    for p in (priors[i], priors[k]):
        p.pop("revocations", None)
    revoked = max(priors[i]["sentence_date"], priors[k]["sentence_date"]) + dt.timedelta(
        days=data.draw(st.integers(1, 100)))
    assume(revoked <= dt.date.today())
    for p in (priors[i], priors[k]):
        p["release_date"] = min(max(p["release_date"], revoked), dt.date.today())
    revocation = {"date": revoked, "imprisonment": data.draw(st.sampled_from(
        ["3 months", "13 months", "24 months"] if unit == "months" else ["30 days", "60 days",
                                                                        "400 days"]))}

    def listed(under: int, applies_to: list[str] | None) -> list[dict]:
        changed = [dict(p) for p in priors]
        changed[under]["revocations"] = [
            {**revocation, **({"applies_to": applies_to} if applies_to else {})}]
        return changed

    names = [f"p{i + 1}", f"p{k + 1}"]
    shared_under_i = _total(listed(i, names), instant, edition)
    alone_i = _total(listed(i, None), instant, edition)
    alone_k = _total(listed(k, None), instant, edition)
    assert shared_under_i == max(alone_i, alone_k)
    assert _total(listed(k, names[::-1]), instant, edition) == shared_under_i
