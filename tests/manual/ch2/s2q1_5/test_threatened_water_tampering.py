"""§2Q1.5 (Threatened Tampering with Public Water System), Nov. 1, 1987 - Oct. 31, 2003: (a)
10, (b)(1) +4, (b)(2) +8 before Nov. 1, 1989 and (c)(1) "apply §2B3.2" from then (Amendment
207), refused from Nov. 1, 2003 (Amendment 655 deleted it); a worked case per era.

Sources (under /work/shared/reference/ussg/): appendix_c_2016/APPENDIX_C_Vol_II.txt lines
15975-15991 (Amendment 655 quotes the 1989-2003 text as it strikes it); APPENDIX_C_Vol_I.txt
lines 4011-4024 (Amendment 207: (b)(2) deleted, quoted; (c)(1) inserted, quoted).
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2Q1.5", "threatened_water_tampering"
EXTORTION = "[offense.threatened_water_tampering.extortion]"


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15", "1989-11-01", "2003-10-27"])
def test_base_and_b1(manual):
    assert steps(G, KEY, manual) == [("§2Q1.5(a)", "= 10", 10)]
    assert steps(G, KEY, manual, "disruption_or_expenditure = true")[-1] == (
        "§2Q1.5(b)(1)", "+4", 14)


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15"])
def test_b2_before_1989(manual):
    assert steps(G, KEY, manual, "purpose_influence_government_or_extort = true")[-1] == (
        "§2Q1.5(b)(2)", "+8", 18)


@pytest.mark.parametrize("manual", ["1989-11-01", "2003-10-27"])
def test_c1_from_1989_replaces_the_level(manual):
    """"apply §2B3.2" with no "if greater": §2B3.2's level (18 in 1989-2003) replaces 10 + 4."""
    got = steps(G, KEY, manual, f"disruption_or_expenditure = true\n{EXTORTION}")
    assert got[-1] == ("§2Q1.5(c)(1)", "→ 18", 18)


@pytest.mark.parametrize("line,manual,field", [
    ("purpose_influence_government_or_extort = true", "1989-11-01",
     "purpose_influence_government_or_extort"),
    (EXTORTION, "1988-10-15", "extortion"),
    ("", "2003-11-01", "offense.guideline"),
])
def test_refused(capsys, tmp_path, line, manual, field):
    path = write_case(tmp_path, "c", case_text(G, KEY, manual, line))
    err = calc_refused(capsys, path)
    assert str(path) in err and field in err and "Traceback" not in err
    assert "Amendment 207" in err or "Amendment 655" in err


def test_worked_case_1988_era(capsys, tmp_path):
    """June 15, 1988 (derived): a threat to poison a city's water unless paid: 10 + 8 = 18."""
    path = write_case(tmp_path, "c1988", case_text(
        G, KEY, "1988-06-15", "purpose_influence_government_or_extort = true"))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.5(a)", 10), ("§2Q1.5(b)(2)", 18)]
    assert result["range"] == {"min_months": 57, "max_months": 71, "life": False}


def test_worked_case_1995_era(capsys, tmp_path):
    """Nov. 1, 1995 (derived): a threat that forced the water system's shutdown: 10 + 4 = 14;
    category VI: 37-46."""
    path = write_case(tmp_path, "c1995", case_text(G, KEY, "1995",
                                                   "disruption_or_expenditure = true"))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.5(a)", 10), ("§2Q1.5(b)(1)", 14)]
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}


def test_example_file(capsys):
    # examples/threatened-water-tampering-2q1.5-1995.toml: 10 + 4 = 14; VI: 37-46 months,
    # 36 months within the statutory maximum
    from tests.conftest import EXAMPLES
    result = calc_json(capsys, EXAMPLES / "threatened-water-tampering-2q1.5-1995.toml")
    assert chapter_two_steps(result) == [("§2Q1.5(a)", 10), ("§2Q1.5(b)(1)", 14)]
    assert result["range"] == {"min_months": 37, "max_months": 46, "life": False}
    assert result["statutory_range"] == {"min_months": 36, "max_months": 36, "life": False}
