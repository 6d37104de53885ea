"""§2C1.3 (Conflict of Interest; Payment or Receipt of Unauthorized Compensation), every edition
from Nov. 1, 1987 (tables/conflict_of_interest.toml).

Sources (../shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 3489-3509 and
manual_2025/GLM2025_fulltext.txt lines 7398-7430 ((a), (b)(1) never amended); Amendment 619
(appendix_c_2016/APPENDIX_C_Vol_II.txt lines 7740-7785: (c)(1) added, Nov. 1, 2001); Amendment
679 (APPENDIX_C_Vol_III.txt lines 5961-5963: §2C1.1's title in (c)(1), Nov. 1, 2005).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2C1.3", "conflict_of_interest"
EDITIONS = ["1987-11-01", "2001-05-01", "2001-11-01", "2005-11-01", "2016", "2025"]


@pytest.mark.parametrize("manual", EDITIONS)
def test_base_6_and_harm_plus_4(manual):
    # line 3491: "Base Offense Level: 6"; line 3495: "actual or planned harm to the government,
    # increase by 4 levels"
    assert steps(G, KEY, manual) == [("§2C1.3(a)", "= 6", 6)]
    assert steps(G, KEY, manual, "harm_to_government = true") == [
        ("§2C1.3(a)", "= 6", 6), ("§2C1.3(b)(1)", "+4", 10)]


GRATUITY = '[offense.gratuity]\npublic_official = true\ngratuity_value = "$12,000"\n'


@pytest.mark.parametrize("harm", [False, True])
def test_cross_reference_to_2c1_2_if_greater(harm):
    # 2016: §2C1.2(a)(1) 11, (b)(2) $12,000 (more than $6,500) +2 = 13 > 6 or 10
    facts = ("harm_to_government = true\n" if harm else "") + 'bribe_or_gratuity = "2C1.2"'
    found = steps(G, KEY, "2016", facts + "\n" + GRATUITY)
    assert found[-1] == ("§2C1.3(c)(1)", "→ 13", 13)


def test_cross_reference_not_greater_is_not_applied():
    # 2016: §2C1.2(a)(2) 9, nothing else; (a) 6 + (b)(1) 4 = 10: 9 is not greater
    found = steps(G, KEY, "2016", 'harm_to_government = true\nbribe_or_gratuity = "2C1.2"\n'
                                  '[offense.gratuity]')
    assert found[0:2] == [("§2C1.3(a)", "= 6", 6), ("§2C1.3(b)(1)", "+4", 10)]
    assert found[-1] == ("§2C1.3(c)(1)", "not applied", 10)


def test_cross_reference_greater_than_the_base_alone_is_applied():
    # 2016: §2C1.2(a)(2) 9 against (a) 6: greater, applied (against 10, above, it is not)
    found = steps(G, KEY, "2016", 'bribe_or_gratuity = "2C1.2"\n[offense.gratuity]')
    assert found[-1] == ("§2C1.3(c)(1)", "→ 9", 9)


@pytest.mark.parametrize("manual", ["1987-11-01", "2001-05-01"])
def test_cross_reference_refused_before_amendment_619(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, 'bribe_or_gratuity = "2C1.2"',
                                         manual, "[offense.gratuity]\n"))
    assert "offense.conflict_of_interest.bribe_or_gratuity" in err and "Amendment 619" in err


@pytest.mark.parametrize("manual", ["1987-11-01", "2025"])
def test_no_3b1_3(capsys, tmp_path: Path, manual):
    # comment. (n.1): "Do not apply the adjustment in §3B1.3"
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, "", manual,
                                         "[adjustments.role]\nabuse_of_trust = true\n"))
    assert "adjustments.role.abuse_of_trust" in err and "§3B1.3" in err


@pytest.mark.parametrize("facts,field", [
    ('bribe_or_gratuity = "2B4.1"', "offense.conflict_of_interest.bribe_or_gratuity"),
    ("harm_to_government = 1", "offense.conflict_of_interest.harm_to_government")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert field in err and "Traceback" not in err


def test_worked_cases_through_the_cli(capsys, tmp_path: Path):
    # 1987: 6 + 4 = 10; category VI: 24-30 months
    result = calc_json(capsys, write_case(tmp_path, "c1987", case_text(
        G, KEY, "1987-11-01", "harm_to_government = true")))
    assert chapter_two_steps(result) == [("§2C1.3(a)", 6), ("§2C1.3(b)(1)", 10)]
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}


def test_example_file(capsys):
    # examples/conflict-of-interest-2c1.3-2025.toml: 6, +4 = 10, (c)(1) §2C1.2 11 + 2 = 13
    result = calc_json(capsys, EXAMPLES / "conflict-of-interest-2c1.3-2025.toml")
    assert chapter_two_steps(result) == [("§2C1.3(a)", 6), ("§2C1.3(b)(1)", 10),
                                         ("§2C1.2(a)(1)", 11), ("§2C1.2(b)(2)", 13),
                                         ("§2C1.3(c)(1)", 13)]
    assert result["range"] == {"min_months": 12, "max_months": 18, "life": False}
