"""§2Q1.3 (Mishandling of Other Environmental Pollutants; Recordkeeping, Tampering, and
Falsification) in every edition: each characteristic's levels in each version (the first day
and the day before the next), (b)(5)'s substantive offense level, §2Q1.2's (b)(6)-(7) refused
(§2Q1.3 has no such paragraphs); a worked case per era through the real command line.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 8847-8861 ((a) 8847, (b)(1)(A) 8851, (B) 8853,
          (b)(2) 8855, (b)(3) 8857, (b)(4) 8859, (b)(5) 8861), historical note line 8887 (205)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 16320-16343 (the same words), historical note
          lines 16381-16384 (205, 813, 836)
  A205  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3996-3997 (the Statutory Provisions only)
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "environmental_pollutants"
GUIDELINE = "2Q1.3"
EXAMPLE = ROOT / "examples" / "environmental-pollutants-2016.toml"
#: the first day of each version and the day before the next (tables/environmental_pollutants.toml)
DAYS = ["1987-11-01", "2018-10-31", "2018-11-01", "2025-10-31", "2025-11-01"]


def _steps(facts: dict, day: str) -> list[tuple[str, int, str]]:
    case = Case.model_validate({
        "sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
        "offense": {"guideline": GUIDELINE, KEY: facts}})
    return [(s.section, s.level, s.change) for s in calculate(case).steps
            if s.chapter == "chapter_two"]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("facts,section,level,change", [
    ({}, "§2Q1.3(a)", 6, "= 6"),  # S2016 line 8847
    ({"discharge": "ongoing_continuous_or_repetitive"}, "§2Q1.3(b)(1)(A)", 12, "+6"),  # 8851
    ({"discharge": "otherwise"}, "§2Q1.3(b)(1)(B)", 10, "+4"),  # 8853
    ({"death_or_injury_likely": True}, "§2Q1.3(b)(2)", 17, "+11"),  # 8855
    ({"disruption_evacuation_or_cleanup": True}, "§2Q1.3(b)(3)", 10, "+4"),  # 8857
    ({"permit_violation": True}, "§2Q1.3(b)(4)", 10, "+4"),  # 8859
    ({"concealed_offense_level": 16}, "§2Q1.3(b)(5)", 16, "= 16"),  # 8861
])
def test_each_characteristic_in_each_version(facts, section, level, change, day):
    assert _steps(facts, day)[-1] == (section, level, change)


def test_all_substantive_characteristics_add_up():
    """(b)(1)(A) +6, (b)(2) +11, (b)(3) +4, (b)(4) +4: 6 -> 31, in the order listed."""
    steps = _steps({"discharge": "ongoing_continuous_or_repetitive",
                    "death_or_injury_likely": True, "disruption_evacuation_or_cleanup": True,
                    "permit_violation": True}, "1995-06-01")
    assert steps == [("§2Q1.3(a)", 6, "= 6"), ("§2Q1.3(b)(1)(A)", 12, "+6"),
                     ("§2Q1.3(b)(2)", 23, "+11"), ("§2Q1.3(b)(3)", 27, "+4"),
                     ("§2Q1.3(b)(4)", 31, "+4")]


@pytest.mark.parametrize("line,field", [
    ("simple_recordkeeping_only = true", "simple_recordkeeping_only"),  # §2Q1.2(b)(6) only
    ("hazmat_conviction = true", "hazmat_conviction"),  # §2Q1.2(b)(7) only
    ('discharge = "ongoing"', "discharge"),
    ("concealed_offense_level = 44", "concealed_offense_level"),
    ('concealed_offense_level = 16\ndischarge = "otherwise"', "discharge"),
])
def test_bad_input_is_refused_naming_the_file_and_field(capsys, tmp_path, line, field):
    path = case_file(tmp_path, GUIDELINE, KEY, line, "2025")
    message = calc_refused(capsys, path)
    assert str(path) in message and field in message and "Traceback" not in message


def test_the_versions_and_their_verification():
    table = load_table("environmental_pollutants")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("2018-11-01", "derived"),
                   ("2025-11-01", "verbatim")]
    assert {v["death_or_injury_likely"]["levels"] for v in table.versions} == {11}
    assert all("a discharge without a permit" in v["permit"]["text"] for v in table.versions)


def test_worked_case_2016(capsys):
    """examples/environmental-pollutants-2016.toml, worked by hand in its comments from S2016."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2Q1.3(a)", 6), ("§2Q1.3(b)(1)(B)", 10),
                                         ("§2Q1.3(b)(4)", 14)]
    assert result["total_offense_level"] == 12  # §3E1.1(a) -2
    assert result["range"] == {"min_months": 10, "max_months": 16, "life": False}


def test_worked_case_1989_era(capsys, tmp_path):
    """The Nov. 1, 1989 Manual (derived): a smelter's months of unpermitted air emissions that
    closed the town's water intake: 6 + 6 ((b)(1)(A)) + 4 ((b)(3)) + 4 ((b)(4)) = 20."""
    path = case_file(tmp_path, GUIDELINE, KEY, 'discharge = "ongoing_continuous_or_repetitive"\n'
                     "disruption_evacuation_or_cleanup = true\npermit_violation = true", "1989")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.3(a)", 6), ("§2Q1.3(b)(1)(A)", 12),
                                         ("§2Q1.3(b)(3)", 16), ("§2Q1.3(b)(4)", 20)]


def test_worked_case_2018_era(capsys, tmp_path):
    """The Nov. 1, 2018 Manual (derived from the 2016 and 2025 words): false discharge
    monitoring reports concealing a discharge whose level was found to be 14: (b)(5) -> 14."""
    path = case_file(tmp_path, GUIDELINE, KEY, "concealed_offense_level = 14", "2018")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.3(a)", 6), ("§2Q1.3(b)(5)", 14)]
    assert result["range"] == {"min_months": 15, "max_months": 21, "life": False}


def test_worked_case_2025_era(capsys, tmp_path):
    """The Nov. 1, 2025 Manual (verbatim): an ongoing discharge creating a substantial
    likelihood of death: 6 + 6 + 11 = 23."""
    path = case_file(tmp_path, GUIDELINE, KEY, 'discharge = "ongoing_continuous_or_repetitive"\n'
                     "death_or_injury_likely = true", "2025")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.3(a)", 6), ("§2Q1.3(b)(1)(A)", 12),
                                         ("§2Q1.3(b)(2)", 23)]
    assert result["range"] == {"min_months": 46, "max_months": 57, "life": False}
