"""§2J1.9 (Payment to Witness), every edition from Nov. 1, 1987 (tables/payment_to_witness.toml).

Sources (../shared/reference/ussg/): Amendment 181 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines
3529-3540: (b)(1)'s "for refusing to testify" became "made or offered for refusing to testify
or for the witness absenting himself to avoid testifying", and Note 1 ("'Refusing to testify'
includes absenting oneself ...") was deleted, eff. Nov. 1, 1989);
manual_2016/GLM2016_fulltext.txt lines 7237-7257; manual_2025/GLM2025_fulltext.txt lines
13138-13172.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2J1.9", "payment_to_witness"


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15", "1989-11-01", "2016", "2025"])
def test_base_6(manual):
    assert steps(G, KEY, manual) == [("§2J1.9(a)", "= 6", 6)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15", "1989-11-01", "2016", "2025"])
@pytest.mark.parametrize("payment", ["refusing_to_testify", "absenting_to_avoid_testifying"])
def test_payment_plus_4_in_every_edition(manual, payment):
    # 1987: "for refusing to testify", which Note 1 said includes absenting oneself; from
    # 1989 both in (b)(1)'s words
    assert steps(G, KEY, manual, f'payment_for = "{payment}"') == [
        ("§2J1.9(a)", "= 6", 6), ("§2J1.9(b)(1)", "+4", 10)]


@pytest.mark.parametrize("facts,field", [
    ('payment_for = "testifying_falsely"', "offense.payment_to_witness.payment_for"),
    ("payment_for = true", "offense.payment_to_witness.payment_for"),
    ("paid = true", "offense.payment_to_witness")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_cases_through_the_cli(capsys, tmp_path: Path):
    # 1987: 6 + 4 = 10; category VI: 24-30 months
    result = calc_json(capsys, write_case(tmp_path, "c1987", case_text(
        G, KEY, "1987-11-01", 'payment_for = "absenting_to_avoid_testifying"')))
    assert chapter_two_steps(result) == [("§2J1.9(a)", 6), ("§2J1.9(b)(1)", 10)]
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}


def test_example_file(capsys):
    # examples/payment-to-witness-2j1.9-2016.toml: 6 + 4 = 10; category II: 8-14 months
    result = calc_json(capsys, EXAMPLES / "payment-to-witness-2j1.9-2016.toml")
    assert chapter_two_steps(result) == [("§2J1.9(a)", 6), ("§2J1.9(b)(1)", 10)]
    assert result["range"] == {"min_months": 8, "max_months": 14, "life": False}
