"""§2X7.1 (Border Tunnels and Subterranean Passages), from Nov. 1, 2007
(tables/border_tunnels.toml).

Sources (../shared/reference/ussg/): Amendment 700 (appendix_c_2016/APPENDIX_C_Vol_III.txt
lines 7837-7847: 18 U.S.C. § 554); Amendment 724 (lines 12763-12764: "554" made "555");
manual_2016/GLM2016_fulltext.txt lines 9879-9885; manual_2025/GLM2025_fulltext.txt lines
18382-18390.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

EDITIONS = {"2007-11-01": "§ 554", "2008-11-01": "§ 555", "2016": "§ 555", "2025": "§ 555"}


def _steps(manual: str, facts: dict) -> list:
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2X7.1", "border_tunnel": facts}})
    return [s for s in computed(case).steps if s.chapter == "chapter_two"]


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("subsection,paragraph,level", [("(a)", "(a)(2)", 16),
                                                        ("(b)", "(a)(3)", 8)])
def test_fixed_levels(manual, subsection, paragraph, level):
    steps = _steps(manual, {"convicted_under": subsection})
    assert [(s.section, s.level) for s in steps] == [(f"§2X7.1{paragraph}", level)]
    assert f"18 U.S.C. {EDITIONS[manual]}{subsection}" in steps[0].reason


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("underlying,expected", [(11, 16), (12, 16), (13, 17)])  # 4 + level, at least 16
def test_four_plus_the_smuggling_offense_at_least_16(manual, underlying, expected):
    steps = _steps(manual, {"convicted_under": "(c)", "underlying_guideline": "other",
                            "underlying_offense_level": underlying})
    assert steps[0].level == underlying + 4 and steps[-1].level == expected
    assert len(steps) == (2 if underlying + 4 < 16 else 1)
    assert f"18 U.S.C. {EDITIONS[manual]}(c)" in steps[0].reason


@pytest.mark.parametrize("manual", ["1987-11-01", "2006-11-01"])
def test_refused_before_nov_2007(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2X7.1", "border_tunnel",
                                         'convicted_under = "(a)"', manual))
    assert "§2X7.1" in err and "Amendment 700" in err


def test_underlying_only_with_c(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2X7.1", "border_tunnel",
                                         'convicted_under = "(a)"\nunderlying_guideline = "2D1.1"',
                                         "2016"))
    assert "offense.border_tunnel" in err and "underlying_guideline" in err
    err = calc_refused(capsys, case_file(tmp_path, "2X7.1", "border_tunnel",
                                         'convicted_under = "(c)"', "2016"))
    assert "underlying_guideline" in err


def test_example_file(capsys):
    # examples/border-tunnel-2x7.1-2025.toml: §2D1.1(c)(5) 30; 4 + 30 = 34; 151-188 months
    result = calc_json(capsys, EXAMPLES / "border-tunnel-2x7.1-2025.toml")
    assert chapter_two_steps(result) == [("§2D1.1(c)(5)", 30), ("§2X7.1(a)(1)", 34)]
    assert result["range"] == {"min_months": 151, "max_months": 188, "life": False}


def test_worked_2007_through_the_cli(capsys, tmp_path: Path):
    # Nov. 1, 2007 (§ 554(c)): a stated smuggling level of 10: 14, raised to 16
    path = case_file(tmp_path, "2X7.1", "border_tunnel",
                     'convicted_under = "(c)"\nunderlying_guideline = "other"\n'
                     'underlying_offense_level = 10', "2007-11-01")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2X7.1(a)(1)", 14), ("§2X7.1(a)(1)", 16)]
    assert result["total_offense_level"] == 16
