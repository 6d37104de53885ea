"""§2T1.5 (Fraudulent Returns, Statements, or Other Documents), Nov. 1, 1987 - Oct. 31, 1993
(tables/tax_fraudulent_returns.toml): "(a) Base Offense Level: 6" (Amendment 491 quotes it as
it deletes it: appendix_c_2016/APPENDIX_C_Vol_I.txt lines 15335-15343)."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps


def test_worked_case_1990(capsys):
    result = calc_json(capsys, ROOT / "examples" / "tax-fraudulent-return-2t1.5-1990.toml")
    assert chapter_two_steps(result) == [("§2T1.5(a)", 6)]
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}


@pytest.mark.parametrize("manual", ["1993-11-01", "2025"])
def test_refused_after_the_1993_consolidation(capsys, tmp_path, manual):
    path = tmp_path / "case.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2T1.5"\n'
                    f'[criminal_history]\ncategory = "I"\n')
    err = calc_refused(capsys, path)
    assert "offense.guideline" in err and "Amendment 491" in err
