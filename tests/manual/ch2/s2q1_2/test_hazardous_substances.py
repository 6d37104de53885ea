"""§2Q1.2 (Mishandling of Hazardous or Toxic Substances or Pesticides; Recordkeeping,
Tampering, and Falsification; Unlawfully Transporting Hazardous Materials in Commerce) in every
edition: each characteristic's levels in each version (the day before and the day a version
begins), (b)(7) from Nov. 1, 2004 only, (b)(5)'s substantive offense level, the findings that
cannot go together; a worked case per era through the real command line; the refusals.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 8791-8809 ((a) 8791, (b)(1)(A) 8795, (B) 8797,
          (b)(2) 8799, (b)(3) 8801, (b)(4) 8803, (b)(5) 8805, (b)(6) 8807, (b)(7) 8809),
          historical note line 8843 (481, 553, 672, 746)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 16215-16251 (the same words), historical note
          lines 16309-16313 (also 813, 836)
  A672  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 4056-4058 ((b)(7) added, Nov. 1, 2004)
  A481  = APPENDIX_C_Vol_I.txt lines 14497-14500, A553 = lines 20027-20028 (the title and the
          Statutory Provisions only), A746 = APPENDIX_C_Vol_III.txt lines 15381-15382 (the
          Background only)
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "hazardous_substances"
GUIDELINE = "2Q1.2"
EXAMPLE = ROOT / "examples" / "hazardous-substances-2025.toml"
#: the first and last day of each version (tables/hazardous_substances.toml)
ERAS = {"1987": ("1987-11-01", "2004-10-31"), "2004": ("2004-11-01", "2018-10-31"),
        "2018": ("2018-11-01", "2025-10-31"), "2025": ("2025-11-01", "2026-10-31")}


def _case(facts: dict, day: str) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "VI"},
            "offense": {"guideline": GUIDELINE, KEY: facts}}
    return Case.model_validate(data)


def _steps(facts: dict, day: str) -> list[tuple[str, int, str]]:
    computation = calculate(_case(facts, day))
    return [(s.section, s.level, s.change) for s in computation.steps
            if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day))
    return str(error.value)


def _toml(value) -> str:
    """A finding's value as a case file writes it."""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value) if isinstance(value, int) else f'"{value}"'


def _days():
    # the first day of each version and the day before the next one (the 2025 version's last
    # day is not tested: a date after Oct. 31, 2026 is refused, the Nov. 1, 2026 Manual unread)
    return [day for first, last in ERAS.values() for day in (first, last)][:-1]


@pytest.mark.parametrize("day", _days())
@pytest.mark.parametrize("facts,section,level,change", [
    ({}, "§2Q1.2(a)", 8, "= 8"),  # S2016 line 8791
    ({"discharge": "ongoing_continuous_or_repetitive"}, "§2Q1.2(b)(1)(A)", 14, "+6"),  # 8795
    ({"discharge": "otherwise"}, "§2Q1.2(b)(1)(B)", 12, "+4"),  # 8797
    ({"death_or_injury_likely": True}, "§2Q1.2(b)(2)", 17, "+9"),  # 8799
    ({"disruption_evacuation_or_cleanup": True}, "§2Q1.2(b)(3)", 12, "+4"),  # 8801
    ({"permit_violation": True}, "§2Q1.2(b)(4)", 12, "+4"),  # 8803
    ({"concealed_offense_level": 20}, "§2Q1.2(b)(5)", 20, "= 20"),  # 8805
    ({"concealed_offense_level": 6}, "§2Q1.2(b)(5)", 6, "= 6"),  # "use": lower as well
    ({"simple_recordkeeping_only": True}, "§2Q1.2(b)(6)", 6, "-2"),  # 8807
])
def test_each_characteristic_in_each_version(facts, section, level, change, day):
    assert _steps(facts, day)[-1] == (section, level, change)


def test_the_hazmat_conviction_from_2004():
    """(b)(7) (A672) from Nov. 1, 2004: refused the day before, +2 from that day."""
    stated = {"hazmat_conviction": True}
    message = _refused(stated, "2004-10-31")
    assert f"{KEY}.hazmat_conviction" in message and "Amendment 672" in message
    assert f"{KEY}.hazmat_conviction" in _refused(stated, "1987-11-01")
    for day in ("2004-11-01", "2018-10-31", "2018-11-01", "2025-11-01"):
        assert _steps(stated, day)[-1] == ("§2Q1.2(b)(7)", 10, "+2")


def test_all_substantive_characteristics_add_up():
    """(b)(1)(A) +6, (b)(2) +9, (b)(3) +4, (b)(4) +4, (b)(7) +2: 8 -> 33, in the order listed."""
    steps = _steps({"discharge": "ongoing_continuous_or_repetitive",
                    "death_or_injury_likely": True, "disruption_evacuation_or_cleanup": True,
                    "permit_violation": True, "hazmat_conviction": True}, "2025-11-01")
    assert steps == [("§2Q1.2(a)", 8, "= 8"), ("§2Q1.2(b)(1)(A)", 14, "+6"),
                     ("§2Q1.2(b)(2)", 23, "+9"), ("§2Q1.2(b)(3)", 27, "+4"),
                     ("§2Q1.2(b)(4)", 31, "+4"), ("§2Q1.2(b)(7)", 33, "+2")]


def test_the_concealment_then_the_hazmat_conviction():
    """(b)(5) sets the substantive offense's level; (b)(7), listed after it, adds to it."""
    steps = _steps({"concealed_offense_level": 22, "hazmat_conviction": True}, "2010-06-01")
    assert steps == [("§2Q1.2(a)", 8, "= 8"), ("§2Q1.2(b)(5)", 22, "= 22"),
                     ("§2Q1.2(b)(7)", 24, "+2")]


@pytest.mark.parametrize("facts,named", [
    ({"concealed_offense_level": 20, "discharge": "otherwise"}, "discharge"),
    ({"concealed_offense_level": 20, "permit_violation": True}, "permit_violation"),
    ({"simple_recordkeeping_only": True, "death_or_injury_likely": True},
     "death_or_injury_likely"),
    ({"simple_recordkeeping_only": True, "concealed_offense_level": 12},
     "concealed_offense_level"),
])
def test_findings_that_cannot_go_together(capsys, tmp_path, facts, named):
    lines = "\n".join(f"{key} = {_toml(value)}" for key, value in facts.items())
    path = case_file(tmp_path, GUIDELINE, KEY, lines, "2025")
    message = calc_refused(capsys, path)
    assert str(path) in message and f"offense.{KEY}" in message and named in message
    assert "Traceback" not in message


@pytest.mark.parametrize("line,field", [
    ('discharge = "sometimes"', "discharge"), ("permit_violation = 1", "permit_violation"),
    ("concealed_offense_level = 0", "concealed_offense_level"),
    ("hazmat_conviction = true", "hazmat_conviction"),  # 2003: not in the edition
    ("recordkeeping = true", "recordkeeping"),  # no such key
])
def test_bad_input_is_refused_naming_the_file_and_field(capsys, tmp_path, line, field):
    path = case_file(tmp_path, GUIDELINE, KEY, line, "2003")
    message = calc_refused(capsys, path)
    assert str(path) in message and field in message and "Traceback" not in message


def test_the_versions_and_their_verification():
    table = load_table("hazardous_substances")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("2004-11-01", "derived"),
                   ("2018-11-01", "derived"), ("2025-11-01", "verbatim")]
    assert not table.versions[0]["hazmat_conviction"].get("exists", True)
    assert {v["death_or_injury_likely"]["levels"] for v in table.versions} == {9}


def test_worked_case_2025(capsys):
    """examples/hazardous-substances-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2Q1.2(a)", 8), ("§2Q1.2(b)(1)(A)", 14),
                                         ("§2Q1.2(b)(4)", 18)]
    assert result["total_offense_level"] == 18
    assert result["range"] == {"min_months": 27, "max_months": 33, "life": False}


def test_worked_case_1990_era(capsys, tmp_path):
    """The Nov. 1, 1990 Manual (derived): a pesticide dealer's single release while disposing
    of pesticide without a permit that forced an evacuation: 8 + 4 ((b)(1)(B)) + 4 ((b)(3)) +
    4 ((b)(4)) = 20."""
    path = case_file(tmp_path, GUIDELINE, KEY, 'discharge = "otherwise"\n'
                     "disruption_evacuation_or_cleanup = true\npermit_violation = true", "1990")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.2(a)", 8), ("§2Q1.2(b)(1)(B)", 12),
                                         ("§2Q1.2(b)(3)", 16), ("§2Q1.2(b)(4)", 20)]
    assert result["total_offense_level"] == 20


def test_worked_case_2010_era(capsys, tmp_path):
    """The Nov. 1, 2010 Manual (A672's (b)(7)): undeclared hazardous materials shipped by air
    (49 U.S.C. § 46312) with a release creating a substantial likelihood of serious bodily
    injury: 8 + 4 ((b)(1)(B)) + 9 ((b)(2)) + 2 ((b)(7)) = 23."""
    path = case_file(tmp_path, GUIDELINE, KEY, 'discharge = "otherwise"\n'
                     "death_or_injury_likely = true\nhazmat_conviction = true", "2010")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.2(a)", 8), ("§2Q1.2(b)(1)(B)", 12),
                                         ("§2Q1.2(b)(2)", 21), ("§2Q1.2(b)(7)", 23)]


def test_worked_case_2018_era(capsys, tmp_path):
    """The Nov. 1, 2018 Manual (derived from the 2016 and 2025 words): a simple reporting
    violation only: 8 - 2 ((b)(6)) = 6."""
    path = case_file(tmp_path, GUIDELINE, KEY, "simple_recordkeeping_only = true", "2018")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2Q1.2(a)", 8), ("§2Q1.2(b)(6)", 6)]
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}
