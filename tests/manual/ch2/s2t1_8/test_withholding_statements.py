"""§2T1.8 (Offenses Relating to Withholding Statements) and §2T2.2 (Regulatory Offenses:
alcohol and tobacco), unchanged since Nov. 1, 1987: "Base Offense Level: 4"
(tables/withholding_statements.toml, tables/alcohol_tobacco_regulatory.toml).

Sources (under /work/shared/reference/ussg/):
  §2T1.8 = manual_2025/GLM2025_fulltext.txt lines 17617-17619 (= manual_2016 lines 9431-9433)
  §2T2.2 = manual_2025/GLM2025_fulltext.txt lines 17760-17762 (= manual_2016 lines 9509-9511)
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.s2t1_1.helpers import chapter_two


@pytest.mark.parametrize("guideline", ["2T1.8", "2T2.2"])
@pytest.mark.parametrize("manual", ["1987-11-01", "1990", "2004-11-01", "2016", "2025"])
def test_level_4_in_every_edition(guideline, manual):
    assert chapter_two(manual, guideline, None, {}) == [(f"§{guideline}(a)", 4)]


def test_worked_cases_2025(capsys):
    """examples/withholding-statements-2t1.8-2025.toml: 4, acceptance -2: 2, 0-6 months;
    examples/alcohol-tobacco-regulatory-2t2.2-2025.toml: 4, category II: 0-6 months."""
    result = calc_json(capsys, ROOT / "examples" / "withholding-statements-2t1.8-2025.toml")
    assert chapter_two_steps(result) == [("§2T1.8(a)", 4)]
    assert result["total_offense_level"] == 2
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}
    result = calc_json(capsys, ROOT / "examples" / "alcohol-tobacco-regulatory-2t2.2-2025.toml")
    assert chapter_two_steps(result) == [("§2T2.2(a)", 4)]


@pytest.mark.parametrize("guideline,key", [("2T1.8", "withholding"), ("2T2.2", "regulatory")])
def test_a_facts_table_is_refused(capsys, tmp_path, guideline, key):
    path = tmp_path / "case.toml"
    path.write_text(f'manual = "2025"\n[offense]\nguideline = "{guideline}"\n'
                    f'[offense.{key}]\namount = "$5"\n[criminal_history]\ncategory = "I"\n')
    err = calc_refused(capsys, path)
    assert f"offense.{key}" in err and "Traceback" not in err
