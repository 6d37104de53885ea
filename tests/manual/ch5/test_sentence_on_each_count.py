"""Each count's sentence (§5G1.2(a)-(e), issue #13), through the real command line.

The seed case's three counts (examples/leon-1994-counts.toml: life; 480 months; 480 months;
concurrently, as the judgment imposed them), the Manual's own illustrations with its own
figures (comment. (n.3(C)) Defendants A and B; comment. (n.4(B)(i)-(iii)), 2016 and 2025
texts), the §5G1.2(d) apportionment of a sentence above the highest maximum, and bad input.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.cli import main

from tests.conftest import EXAMPLES, REFERENCE, ROOT, run_ussg

DATA = ROOT / "tests" / "data" / "sentence_on_each_count"
LIFE = "life"


def _calc(path: Path, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["calc", str(path), *extra])
    return code, out.getvalue(), err.getvalue()


def _json(path: Path, *extra: str) -> dict:
    code, out, err = _calc(path, "--format", "json", *extra)
    assert code == 0, err
    return json.loads(out.splitlines()[0])


def _months(sentence: dict) -> int | str:
    """A count's sentence as a point: months, or "life"."""
    if sentence["life"] and sentence["min_months"] is None:
        return LIFE
    assert sentence["min_months"] == sentence["max_months"], sentence
    return sentence["min_months"]


def _sentences(result: dict) -> dict[str, int | str]:
    return {c["name"]: _months(c["sentence"]) for c in result["counts"]}


def _with(tmp_path: Path, source: Path, change) -> Path:
    data = tomllib.loads(source.read_text())
    change(data)
    path = tmp_path / "case.toml"
    path.write_text(tomli_w.dumps(data))
    return path


# The seed case ------------------------------------------------------------------------------

def test_leon_three_counts_each_sentence_as_the_judgment_imposed_it(ussg) -> None:
    """United States v. Leon: "life imprisonment on Count One, 480 months on Count Two, and
    480 months on Count Four, to run concurrently" (the ruling in the reference). The
    worksheet and the JSON of the real command say so."""
    ruling = next((REFERENCE.parent / "seed").glob("001_*.txt")).read_text()
    assert ("life imprisonment on Count One, 480 months on Count Two, and 480 months on "
            "Count Four, to run concurrently") in ruling
    text = ussg("calc", EXAMPLES / "leon-1994-counts.toml")
    assert text.code == 0, text.err
    block = text.out[text.out.index("Sentence on each count"):].splitlines()[:5]
    assert [re.sub(r"\s{2,}", " | ", line.strip()) for line in block] == [
        "Sentence on each count",
        "Count One | life imprisonment",
        "Count Two | 480 months (the statutory maximum)",
        "Count Four | 480 months (the statutory maximum)",
        "How they run | concurrently (§5G1.2(c))"]
    assert "Guideline range            life imprisonment" in text.out
    (result,) = ussg("calc", EXAMPLES / "leon-1994-counts.toml", "--format", "json").json_lines()
    assert _sentences(result) == {"Count One": LIFE, "Count Two": 480, "Count Four": 480}
    assert {c["name"]: (c["provision"], c["maximum_months"], c["runs"])
            for c in result["counts"]} == {
        "Count One": ("21 U.S.C. § 841(b)(1)(A)", None, "concurrently"),
        "Count Two": ("21 U.S.C. § 841(b)(1)(B)", 480, "concurrently"),
        "Count Four": ("21 U.S.C. § 841(b)(1)(B)", 480, "concurrently")}
    assert "imposed" not in result  # the court's sentence is not stated: none is assumed
    # the 1993 Manual's §5G1.2(b), before Amendment 767 (Nov. 1, 2012) reworded it
    step = next(s for s in result["steps"] if s.get("scope") == "Count Two"
                and s["title"] == "Sentence on the count")
    assert "the sentence imposed on each other count shall be the total punishment" in step["reason"]
    markdown = ussg("calc", EXAMPLES / "leon-1994-counts.toml", "--format", "markdown").out
    assert "  - Count Two: **480 months (the statutory maximum)**" in markdown


def test_leon_the_same_with_the_court_s_life_sentence_stated(tmp_path: Path) -> None:
    def change(data):
        data["sentence"] = {"imposed_life": True}
    result = _json(_with(tmp_path, EXAMPLES / "leon-1994-counts.toml", change))
    assert result["imposed"] == {"min_months": None, "max_months": None, "life": True}
    assert _sentences(result) == {"Count One": LIFE, "Count Two": 480, "Count Four": 480}


def test_leon_a_term_of_years_is_imposed_on_each_count(tmp_path: Path) -> None:
    """Had the court imposed 360 months (below the guideline range, life): §5G1.2(b) puts
    it on each count, within every count's maximum; the step says it is outside the range."""
    def change(data):
        data["sentence"] = {"imposed_months": 360}
    result = _json(_with(tmp_path, EXAMPLES / "leon-1994-counts.toml", change))
    assert _sentences(result) == {"Count One": 360, "Count Two": 360, "Count Four": 360}
    step = next(s for s in result["steps"] if s["title"] == "Total punishment imposed")
    assert "outside the guideline range" in step["reason"]


# The Manual's illustrations ------------------------------------------------------------------

def _commentary(edition: str) -> str:
    text = (REFERENCE / "sections" / edition / f"USSG_5G1.2_{edition}.txt").read_text()
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("edition", ["2016", "2025"])
@pytest.mark.parametrize("defendant, imposed, expected", [
    ("a", 120, {"Count 1": 120, "Count 2": 120, "Count 3": 120, "Count 4": 24}),
    ("b", 130, {"Count 1": 120, "Count 2": 130, "Count 3": 130, "Count 4": 24}),
])
def test_the_manual_s_defendants_a_and_b(edition, defendant, imposed, expected) -> None:
    """comment. (n.3(C)): A, "the total punishment of 120 months be imposed on each of Counts
    1, 2, and 3. The sentence imposed on Count 4 is limited to 24 months"; B, "130 months ...
    on each of Counts 2 and 3 ... Counts 1 and 4 are limited to 120 months (10 years) and 24
    months (2 years)". Each figure is checked in the edition's text first."""
    text = _commentary(edition)
    assert f"appropriate “total punishment” to be imposed on Defendant {defendant.upper()} is " \
           f"{imposed} months" in text.replace("  ", " ")
    result = _json(DATA / f"defendant-{defendant}.toml", "--manual", edition)
    assert _months(result["imposed"]) == imposed
    assert _sentences(result) == expected
    assert {c["runs"] for c in result["counts"]} == {"concurrently"}


@pytest.mark.parametrize("edition", ["2016", "2025"])
def test_without_the_court_s_sentence_each_count_takes_the_range(tmp_path, edition) -> None:
    """Defendant B without the court's choice: the restricted range, 120-135 months, on
    Counts 2 and 3; Count 1 held to 120 months, Count 4 to 24 months."""
    path = _with(tmp_path, DATA / "defendant-b.toml", lambda data: data.pop("sentence"))
    result = _json(path, "--manual", edition)
    ranges = {c["name"]: (c["sentence"]["min_months"], c["sentence"]["max_months"])
              for c in result["counts"]}
    assert ranges == {"Count 1": (120, 120), "Count 2": (120, 135), "Count 3": (120, 135),
                      "Count 4": (24, 24)}


@pytest.mark.parametrize("edition", ["2016", "2025"])
@pytest.mark.parametrize("imposed, drug, gun", [(300, 240, 60), (327, 240, 87)])
def test_the_manual_s_illustrations_i_and_ii(tmp_path, edition, imposed, drug, gun) -> None:
    """comment. (n.4(B)(i)): 300 months, "60 months on the 18 U.S.C. § 924(c) count ... the
    remainder of 240 months on the 21 U.S.C. § 841 count"; (ii): 327 months, "240 months on
    the 21 U.S.C. § 841 count and ... 87 months on the 18 U.S.C. § 924(c) count"."""
    text = _commentary(edition)
    assert re.search(rf"sentence of {imposed} months is ap-? ?propriate", text)
    def change(data):
        data["sentence"]["imposed_months"] = imposed
    result = _json(_with(tmp_path, DATA / "n4b-i.toml", change), "--manual", edition)
    assert (result["applicable_range"]["min_months"],
            result["applicable_range"]["max_months"]) == (262, 327)
    assert _sentences(result) == {"Count 1": drug, "Count 2": gun}
    assert [c["runs"] for c in result["counts"]] == ["concurrently", "consecutively"]
    assert not any("§5G1.2(e)" in w for w in result["warnings"])  # apportioned, not warned


@pytest.mark.parametrize("edition, expected", [
    ("2016", {"Count 1": 60, "Count 2": 300, "Count 3": 100}),
    ("2025", {"Count 1": 82, "Count 2": 60, "Count 3": 120}),
])
def test_the_manual_s_illustration_iii_in_each_edition(edition, expected) -> None:
    """comment. (n.4(B)(iii)): 2016, 460 months (range 460-485): 60, 300 and 100 months;
    2025 (5-year minimums on both § 924(c) counts), 262 months (range 262-327): 82, 60 and
    120 months, each consecutive to the others."""
    text = _commentary(edition)
    figures = [f"sentence of {m} months on the" for m in expected.values()]
    assert all(f.replace(" ", "") in text.replace(" ", "") for f in figures)
    result = _json(DATA / f"n4b-iii-{edition}.toml")
    low = 460 if edition == "2016" else 262
    assert result["applicable_range"]["min_months"] == low
    assert _months(result["imposed"]) == low
    assert _sentences(result) == expected
    assert sum(expected.values()) == low


# §5G1.2(d): the court's sentence above the highest maximum ----------------------------------

def _case_of_counts(maximums: list[int], level: int, extra: str = "") -> str:
    """Counts stating only their statutory maximums, one Group at ``level``, category I,
    under the 2025 Manual."""
    counts = "".join(f'[[counts]]\nname = "Count {i + 1}"\nstatute = "a statute with a '
                     f'{m}-month maximum"\nguideline = "other"\noffense_level = {level}\n'
                     f'statutory_maximum_months = {m}\ngroup = "1"\ngrouping = "b"\n'
                     for i, m in enumerate(maximums))
    return f'manual = "2025"\n{counts}[criminal_history]\ncategory = "I"\n{extra}'


# §5G1.2(d), constructed (the Manual gives no figures for it): three counts with statutory
# maximums of 60, 120 and 60 months; level 34, category I: 151-188 months, above the highest
# maximum. The sentences run consecutively "only to the extent necessary to produce a
# combined sentence equal to the total punishment".
THREE_MAXIMUMS = [60, 120, 60]


def _three(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "three.toml"
    path.write_text(_case_of_counts(THREE_MAXIMUMS, 34, extra))
    return path


@pytest.mark.parametrize("imposed, expected, runs", [
    (170, {"Count 1": 50, "Count 2": 120, "Count 3": 60},
     ["consecutively", None, "concurrently"]),
    (200, {"Count 1": 60, "Count 2": 120, "Count 3": 20},
     ["consecutively", None, "consecutively"]),
])
def test_the_consecutive_apportionment_follows_the_court_s_sentence(tmp_path, imposed,
                                                                    expected, runs) -> None:
    result = _json(_three(tmp_path, f"[sentence]\nimposed_months = {imposed}\n"))
    assert _sentences(result) == expected
    assert [c.get("runs") for c in result["counts"]] == runs
    text = _calc(_three(tmp_path, f"[sentence]\nimposed_months = {imposed}\n"))[1]
    assert "How they run             partly consecutively (§5G1.2(d))" in text


def test_without_the_court_s_sentence_the_counts_run_consecutively_as_needed(tmp_path) -> None:
    result = _json(_three(tmp_path))
    assert [(c["sentence"]["max_months"], c.get("runs")) for c in result["counts"]] == [
        (60, "consecutively_as_necessary"), (120, None), (60, "consecutively_as_necessary")]
    assert any(s["section"] == "§5G1.2(d)" and s["title"].startswith("Consecutive")
               for s in result["steps"])


@settings(max_examples=25, deadline=None)
@given(maximums=st.lists(st.integers(1, 400), min_size=2, max_size=4),
       share=st.fractions(min_value=0, max_value=1))
def test_the_sentences_add_up_to_the_total_punishment(tmp_path_factory, maximums, share) -> None:
    """Property, through the real CLI: whatever the counts' maximums and the court's sentence
    (within their sum), the count carrying the highest maximum and the consecutive ones add up
    to the total punishment, and no count exceeds its maximum (§5G1.2(b)-(d))."""
    total = min(1200, max(1, int(sum(maximums) * share)))  # imposed_months takes 1-1200
    path = tmp_path_factory.mktemp("sum") / "case.toml"
    path.write_text(_case_of_counts(maximums, 20, f"[sentence]\nimposed_months = {total}\n"))
    result = _json(path)
    sentences = _sentences(result)
    assert all(sentences[f"Count {i + 1}"] <= m for i, m in enumerate(maximums))
    highest = max(maximums)
    if total <= highest:  # §5G1.2(c)
        assert all(c["runs"] == "concurrently" for c in result["counts"])
        assert sentences == {f"Count {i + 1}": min(total, m) for i, m in enumerate(maximums)}
    else:  # §5G1.2(d)
        combined = sum(sentences[c["name"]] for c in result["counts"]
                       if c.get("runs") in (None, "consecutively"))
        assert combined == total


# Bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, field, words", [
    ("imposed_months = 250", "sentence.imposed_months",
     "at most 240 months, the counts' statutory maximums together"),
    ("imposed_months = 12\nimposed_life = true", "sentence", "exactly one"),
    ("imposed_life = false", "sentence", "exactly one"),
    ('imposed_months = "170"', "sentence.imposed_months", ""),
    ("imposed_months = 170.0", "sentence.imposed_months", ""),
    ("months = 170", "sentence.months", ""),
])
def test_bad_sentence_input_names_the_file_and_field(tmp_path, sentence, field, words) -> None:
    path = _three(tmp_path, f"[sentence]\n{sentence}\n")
    run = run_ussg("calc", path)
    assert run.code == 2
    assert "Traceback" not in run.err
    assert str(path) in run.err and field in run.err and words in run.err


def test_below_the_statutory_minimum_is_refused(tmp_path: Path) -> None:
    path = _with(tmp_path, DATA / "defendant-a.toml",
                 lambda data: data["sentence"].update(imposed_months=100))
    code, _, err = _calc(path)
    assert code == 2 and "sentence.imposed_months" in err
    assert "at least 120 months (Count 2)" in err


def test_a_sentence_without_a_statute_is_placed_against_the_range_alone(tmp_path: Path) -> None:
    # examples/leon-1994.toml states no statute; the judgment's life term (§5G1.2(b)) is placed
    # against the guideline range (life: 43/I) and, with no statute, checked against none,
    # as `ussg reduce` takes the same file
    path = tmp_path / "leon-sentenced.toml"
    path.write_text(EXAMPLES.joinpath("leon-1994.toml").read_text()
                    + "\n[sentence]\nimposed_life = true\n")
    result = _json(path)
    assert result["imposed"]["life"] is True
    step = next(s for s in result["steps"] if s["title"] == "Total punishment imposed")
    assert "within the guideline range" in step["reason"]
    assert any("not checked against statutory limits" in w for w in result["warnings"])
    path.write_text(EXAMPLES.joinpath("leon-1994.toml").read_text()
                    + "\n[sentence]\nimposed_months = 360\n")
    step = next(s for s in _json(path)["steps"] if s["title"] == "Total punishment imposed")
    assert "outside the guideline range" in step["reason"]
