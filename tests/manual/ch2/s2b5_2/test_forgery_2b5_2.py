"""§2B5.2 (Forgery; Offenses Involving Altered or Counterfeit Instruments Other than Counterfeit
Bearer Obligations of the United States), Nov. 1, 1987 - Oct. 31, 1993
(tables/forgery_2b5_2.toml): "Apply §2F1.1 (Fraud and Deceit).", as Amendment 481 quotes it as
it deletes it (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines
14061-14067). §2F1.1 computed from [offense.fraud_deceit] (no table of its own). Refused from its deletion:
tests/manual/ch2/test_former_guidelines.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2B5.2"
K = "fraud_deceit"


@pytest.mark.parametrize("manual, loss_step", [("1987-11-01", ("§2F1.1(b)(1)(E)", "+4", 10)),
                                               ("1992-11-01", ("§2F1.1(b)(1)(F)", "+5", 11))])
def test_2f1_1_of_the_same_date_then_the_step_quoting_2b5_2(manual, loss_step):
    # $45,000: 1987 §2F1.1 table "(E) $20,001 - $50,000 add 4"; from 1989 "(F) More than
    # $40,000 add 5" (tables/fraud_deceit_loss_table.toml)
    found = steps(G, K, manual, 'loss = "$45,000"')
    assert found[0] == ("§2F1.1(a)", "= 6", 6) and found[1] == loss_step
    assert found[-1] == ("§2B5.2", f"= {loss_step[2]}", loss_step[2])


def test_the_fraud_table_is_required(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, None, "1990-11-01")))
    assert "offense.fraud_deceit" in err and "reads the facts of §2F1.1" in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 1991: 6, (b)(1)(E) +4, (b)(2)(A) +2 = 12, adopted by §2B5.2; VI: 30-37 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(
        G, K, "1991-11-01", 'loss = "$25,000"\nmore_than_minimal_planning = true')))
    assert chapter_two_steps(result) == [("§2F1.1(a)", 6), ("§2F1.1(b)(1)(E)", 10),
                                         ("§2F1.1(b)(2)", 12), ("§2B5.2", 12)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}
