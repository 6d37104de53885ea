"""§2M3.3 (Transmitting National Defense Information; ...), tables/defense_information_transmitting.toml:
(a)(1) 29 if top secret ("was transmitted" until Oct. 31, 1993: Amendment 481 deleted it,
appendix_c_2016/APPENDIX_C_Vol_I.txt lines 14452-14453), (a)(2) 24 otherwise. Sources
(../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8235-8241;
manual_2025/GLM2025_fulltext.txt lines 15242-15249."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines import calculate, parse_case

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps

G, KEY = "2M3.3", "defense_information_transmitting"


@pytest.mark.parametrize("manual", ["1987-11-01", "1992-11-01", "1993-11-01", "2025"])
@pytest.mark.parametrize("top_secret,section,level", [
    ("true", "(a)(1)", 29), ("false", "(a)(2)", 24)])
def test_base_by_classification(manual, top_secret, section, level):
    assert steps(G, KEY, manual, f"top_secret = {top_secret}") == [
        (f"§2M3.3{section}", f"= {level}", level)]


@pytest.mark.parametrize("manual,words", [
    ("1992-11-01", "29, if top secret information was transmitted; or"),
    ("1993-11-01", "29, if top secret information; or")])
def test_the_words_of_a1_by_edition(manual, words):
    computation = calculate(parse_case(case_text(G, KEY, manual, "top_secret = true")))
    (step,) = [s for s in computation.steps if s.chapter == "chapter_two"]
    assert words in step.reason


def test_bad_input_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "top_secret = 1", "2016"))
    assert "offense.defense_information_transmitting.top_secret" in err
    assert "Traceback" not in err


def test_worked_case_1990_through_the_cli(capsys, tmp_path: Path):
    # 1990: secret (not top secret) documents passed to a person not entitled: (a)(2) 24;
    # category I: 51-63 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "top_secret = false", "1990-11-01"))
    assert chapter_two_steps(result) == [("§2M3.3(a)(2)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}
