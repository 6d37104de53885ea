"""§2M3.1, every edition from Nov. 1, 1987, (a) never amended: (a)(1) 42 if top secret,
(a)(2) 37 otherwise. Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt
lines 8189-8195; manual_2025/GLM2025_fulltext.txt lines 15169-15182."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M3.1", "defense_information_foreign"


@pytest.mark.parametrize("manual", ["1987-11-01", "2016", "2025"])
@pytest.mark.parametrize("top_secret,section,level", [
    ("true", "(a)(1)", 42), ("false", "(a)(2)", 37)])
def test_base_by_classification(manual, top_secret, section, level):
    assert steps(G, KEY, manual, f"top_secret = {top_secret}") == [
        (f"§2M3.1{section}", f"= {level}", level)]


@pytest.mark.parametrize("facts,field", [
    ("", "offense.defense_information_foreign.top_secret"),
    ('top_secret = "yes"', "offense.defense_information_foreign.top_secret"),
    ("top_secret = true\nsecret = true", "offense.defense_information_foreign.secret")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert "defense_information_foreign.toml" in err and field in err and "Traceback" not in err


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    result = calc_json(capsys, case_file(tmp_path, G, KEY, "top_secret = true", "1987-11-01"))
    assert chapter_two_steps(result) == [("§2M3.1(a)(1)", 42)]
