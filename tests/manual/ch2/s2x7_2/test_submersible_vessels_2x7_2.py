"""§2X7.2 (Submersible and Semi-Submersible Vessels), from Nov. 1, 2009
(tables/submersible_vessels.toml).

Sources (../shared/reference/ussg/): Amendment 728 (appendix_c_2016/APPENDIX_C_Vol_III.txt
lines 13181-13192, effective date line 13248); manual_2016/GLM2016_fulltext.txt lines
9897-9909; manual_2025/GLM2025_fulltext.txt lines 18407-18426.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed


@pytest.mark.parametrize("manual", ["2009-11-01", "2016", "2025"])
@pytest.mark.parametrize("conduct,clause,added", [
    (None, None, 0), ("failure_to_heave_to", "(A)", 2), ("attempt_to_sink", "(B)", 4),
    ("sinking", "(C)", 8)])
def test_base_and_the_greatest_clause(manual, conduct, clause, added):
    facts = {"vessel_conduct": conduct} if conduct else {}
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2X7.2", "submersible_vessel": facts}})
    steps = [(s.section, s.level) for s in computed(case).steps if s.chapter == "chapter_two"]
    expected = [("§2X7.2(a)", 26)] + ([(f"§2X7.2(b)(1){clause}", 26 + added)] if conduct else [])
    assert steps == expected


@pytest.mark.parametrize("manual", ["1987-11-01", "2008-11-01"])
def test_refused_before_nov_2009(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2X7.2", "submersible_vessel",
                                         'vessel_conduct = "sinking"', manual))
    assert "§2X7.2" in err and "Amendment 728" in err


def test_unknown_conduct_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2X7.2", "submersible_vessel",
                                         'vessel_conduct = "scuttled"', "2016"))
    assert "offense.submersible_vessel.vessel_conduct" in err


def test_example_file(capsys):
    # examples/submersible-vessel-2x7.2-2016.toml: 26 + 4 = 30; 97-121 months
    result = calc_json(capsys, EXAMPLES / "submersible-vessel-2x7.2-2016.toml")
    assert chapter_two_steps(result) == [("§2X7.2(a)", 26), ("§2X7.2(b)(1)(B)", 30)]
    assert result["range"] == {"min_months": 97, "max_months": 121, "life": False}
