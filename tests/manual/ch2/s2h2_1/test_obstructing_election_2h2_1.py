"""§2H2.1 (Obstructing an Election or Registration), tables/obstructing_election.toml. Sources
(../shared/reference/ussg/): Amendment 168 ("persons" -> "person(s)" in (a)(1), eff. Nov. 1,
1989: appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3342-3347); manual_2016/GLM2016_fulltext.txt
lines 6835-6855 ((a)(1)-(3) lines 6839-6843); manual_2025/GLM2025_fulltext.txt lines
12373-12403 ("paragraph (3)", line 12381)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps
from ussg.guidelines import calculate, parse_case

G, KEY = "2H2.1", "obstructing_election"
EDITIONS = ["1987-11-01", "1989-11-01", "2024-11-01", "2025"]  # each version of the table


@pytest.mark.parametrize("manual", EDITIONS)
def test_each_subdivision(manual):
    assert steps(G, KEY, manual) == [("§2H2.1(a)(2)", "= 12", 12)]
    assert steps(G, KEY, manual, "force_or_threat_of_force = true") == [
        ("§2H2.1(a)(1)", "= 18", 18)]
    for conduct in ("value_for_vote", "false_eligibility_information", "voted_more_than_once"):
        # (3), and not (2): "except as provided in (3) below"
        assert steps(G, KEY, manual, f'defendant_conduct = "{conduct}"') == [
            ("§2H2.1(a)(3)", "= 6", 6)]


@pytest.mark.parametrize("manual", ["1987-11-01", "2025"])
def test_the_greatest_applies(manual):
    facts = 'force_or_threat_of_force = true\ndefendant_conduct = "value_for_vote"'
    assert steps(G, KEY, manual, facts) == [("§2H2.1(a)(1)", "= 18", 18),
                                            ("§2H2.1(a)(3)", "not applied", 18)]


@pytest.mark.parametrize("manual,words", [
    ("1987-11-01", "against persons or property"),  # before Amendment 168
    ("1989-11-01", "against person(s) or property"),
    ("2024-11-01", "except as provided in (3) below"),  # derived: 831 not read
    ("2025", "except as provided in paragraph (3) below")])
def test_the_words_of_each_edition(manual, words):
    facts = "force_or_threat_of_force = true" if "person" in words else ""
    computation = calculate(parse_case(case_text(G, KEY, manual, facts)))
    base = next(s for s in computation.steps if s.chapter == "chapter_two")
    assert words in base.reason


@pytest.mark.parametrize("facts,field", [
    ('defendant_conduct = "voter_intimidation"', "offense.obstructing_election.defendant_conduct"),
    ('force_or_threat_of_force = 1', "offense.obstructing_election.force_or_threat_of_force")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # Nov. 1, 1987: (a)(2) by fraud, 12; category I: 10-16 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "", "1987-11-01"))
    assert chapter_two_steps(result) == [("§2H2.1(a)(2)", 12)]
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_example_file(capsys):
    # examples/obstructing-election-2h2.1-2025.toml: (a)(1) threat of force, 18; category I:
    # 27-33 months
    result = calc_json(capsys, EXAMPLES / "obstructing-election-2h2.1-2025.toml")
    assert chapter_two_steps(result) == [("§2H2.1(a)(1)", 18)]
    assert result["range"] == {"min_months": 27, "max_months": 33, "life": False}
