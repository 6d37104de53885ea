"""§2E5.2, Nov. 1, 1987 - Oct. 31, 1993 (tables/benefit_plan_theft_2e5_2.toml): from Nov. 1, 1989
(Amendment 150) "Apply §2B1.1 (Larceny, Embezzlement, and Other Forms of Theft).", §2B1.1
computed from [offense.theft_fraud]; before, its own (a) 4 and (b)(1)-(3), as Amendment 150
quotes them (with Amendment 28 undone before June 15, 1988), refused with their words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G = "2E5.2"
K = "theft_fraud"


@pytest.mark.parametrize("manual", ["1989-11-01", "1992-11-01"])
def test_2b1_1_then_the_step_quoting_s2e5_2(manual):
    found = steps(G, K, manual, 'loss = "$30,000"')
    assert found[0] == ("§2B1.1(a)", "= 4", 4) and found[-1] == ("§2E5.2", "= 10", 10)


@pytest.mark.parametrize("manual, words", [("1987-11-01", "value of the property stolen"),
                                           ("1988-06-15", "corresponding to the loss"
                                            if G == "2E5.4" else "according to the loss")])
def test_its_own_text_before_amendment_150_is_refused_with_its_words(capsys, tmp_path: Path,
                                                                    manual, words):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, K, manual,
                                                                   'loss = "$30,000"')))
    assert "offense.guideline" in err and words in err and "fiduciary obligation" in err


def test_refused_from_its_deletion(capsys, tmp_path: Path):
    err = calc_refused(capsys, write_case(tmp_path, "c", case_text(G, K, "1993-11-01",
                                                                   'loss = "$1"')))
    assert "Amendment 481" in err and 'guideline = "2B1.1"' in err


def test_worked_case_through_the_cli(capsys, tmp_path: Path):
    # 1991: §2B1.1(a) 4, (b)(1)(G) a loss of $30,000 +6 = 10; VI: 24-30 months
    result = calc_json(capsys, write_case(tmp_path, "c", case_text(G, K, "1991-11-01",
                                                                   'loss = "$30,000"')))
    assert chapter_two_steps(result) == [("§2B1.1(a)", 4), ("§2B1.1(b)(1)(G)", 10),
                                         ("§2E5.2", 10)]
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}
