"""§2A3.3 (Criminal Sexual Abuse of a Ward or Attempt to Commit Such Acts; Criminal Sexual
Abuse of an Individual in Federal Custody) in every edition: the base level the day before and
the day each amendment changed it, the characteristics from Nov. 1, 2000, the cross reference
from Nov. 1, 2023, computed in-process; a worked case per era through the real command line;
the refusals; hypothesis: a finding added never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1583-1591 ((a) 1585, (b)(1) 1589, (b)(2)
          1591), comment. (n.4) line 1619
  S2025 = manual_2025/GLM2025_fulltext.txt lines 3427-3456 ((a) 3430, (c)(1) 3450-3454)
  A592  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 1464-1476 (Nov. 1, 2000: (b)(1)-(2))
  A664  = APPENDIX_C_Vol_III.txt line 799 (Nov. 1, 2004: (a) "9" to "12")
  A701  = APPENDIX_C_Vol_III.txt lines 8060 ((a) "12" to "14"), 8070-8073 (Note 4)
  A816  = ussc.gov, https://www.ussc.gov/node/150180 (Nov. 1, 2023: (a) "14" to "18"; (c))
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "sexual_abuse_of_ward"
EXAMPLE = ROOT / "examples" / "sexual-abuse-of-ward-2025.toml"
BOTH = {"minor_enticement": ["misrepresented_identity", "computer"]}


def _case(facts: dict, day: str, more: dict | None = None) -> Case:
    data = {"sentencing_date": dt.date.fromisoformat(day),
            "criminal_history": {"category": "VI"},
            "offense": {"guideline": "2A3.3", KEY: facts}, **(more or {})}
    return Case.model_validate(data)


def _steps(facts: dict, day: str, more: dict | None = None) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, more))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str, more: dict | None = None) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day, more))
    return str(error.value)


@pytest.mark.parametrize("day,level", [
    ("1987-11-01", 9), ("2004-10-31", 9),  # A664 line 799: "9" struck
    ("2004-11-01", 12), ("2007-10-31", 12),  # A664 "12"; A701 line 8060 strikes "12"
    ("2007-11-01", 14), ("2023-10-31", 14),  # A701 "14"; S2016 line 1585
    ("2023-11-01", 18), ("2025-11-01", 18)])  # A816 "18"; S2025 line 3430
def test_the_base_level_by_edition(day, level):
    assert _steps({}, day) == [("§2A3.3(a)", level)]


def test_the_characteristics_from_amendment_592():
    """A592 lines 1465-1476: (b)(1) and (b)(2), +2 each; refused the day before."""
    assert f"{KEY}.minor_enticement" in _refused(BOTH, "2000-10-31")
    assert "Amendment 592" in _refused({"minor_enticement": ["computer"]}, "2000-10-31")
    for day, base in (("2000-11-01", 9), ("2004-11-01", 12), ("2016-11-01", 14),
                      ("2025-11-01", 18)):
        assert _steps(BOTH, day) == [("§2A3.3(a)", base), ("§2A3.3(b)(1)", base + 2),
                                     ("§2A3.3(b)(2)", base + 4)]


def test_the_cross_reference_from_amendment_816():
    """(c)(1) (S2025 lines 3450-3454): "apply §2A3.1" (its level replaces this one)."""
    abuse = {"criminal_sexual_abuse": {}}
    err = _refused(abuse, "2023-10-31")
    assert f"{KEY}.criminal_sexual_abuse" in err and "Amendment 816" in err
    assert f"{KEY}.victim_age" in _refused({"victim_age": "under_twelve"}, "2023-10-31")
    # §2A3.1(a)(2): 30 (tables/criminal_sexual_abuse.toml)
    assert _steps(abuse, "2023-11-01") == [("§2A3.3(a)", 18), ("§2A3.1(a)(2)", 30),
                                           ("§2A3.3(c)(1)", 30)]
    err = _refused({"victim_age": "under_twelve"}, "2025-11-01")
    assert f"{KEY}.criminal_sexual_abuse" in err and "shall apply" in err
    assert _steps({"victim_age": "under_twelve", "criminal_sexual_abuse": {}},
                  "2025-11-01")[-1] == ("§2A3.3(c)(1)", 30)


def test_section_3b1_3_refused_from_amendment_701():
    """Comment. (n.4) (A701 lines 8070-8073; S2016 line 1619): "Do not apply §3B1.3"."""
    role = {"adjustments": {"role": {"abuse_of_trust": True}}}
    assert _steps({}, "2007-10-31", role) == [("§2A3.3(a)", 12)]
    err = _refused({}, "2007-11-01", role)
    assert "adjustments.role.abuse_of_trust" in err and "(n.4)" in err


def test_the_versions_and_their_verification():
    table = load_table("sexual_abuse_of_ward")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("2000-11-01", "derived"),
                   ("2004-11-01", "derived"), ("2007-11-01", "verbatim"),
                   ("2023-11-01", "verbatim")]


def test_worked_case_2025(capsys):
    """examples/sexual-abuse-of-ward-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2A3.3(a)", 18)]
    assert result["total_offense_level"] == 15  # 18 - 3 (§3E1.1(a) and (b))
    assert result["range"] == {"min_months": 18, "max_months": 24, "life": False}


def test_worked_case_1990_era(capsys, tmp_path):
    """The Nov. 1, 1990 Manual: a ward, no characteristic existing: 9."""
    path = case_file(tmp_path, "2A3.3", KEY, "", "1990")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2A3.3(a)", 9)]


def test_worked_case_2002_era(capsys, tmp_path):
    """The Nov. 1, 2002 Manual (A592): a ward of seventeen enticed through a computer: 9 + 2."""
    path = case_file(tmp_path, "2A3.3", KEY, 'minor_enticement = ["computer"]', "2002")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2A3.3(a)", 9),
                                                          ("§2A3.3(b)(2)", 11)]


def test_worked_case_2016(capsys, tmp_path):
    """The Nov. 1, 2016 Manual (S2016): misrepresentation of identity: 14 + 2."""
    path = case_file(tmp_path, "2A3.3", KEY, 'minor_enticement = ["misrepresented_identity"]',
                     "2016")
    assert chapter_two_steps(calc_json(capsys, path)) == [("§2A3.3(a)", 14),
                                                          ("§2A3.3(b)(1)", 16)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2A3.3", KEY, "[offense.sexual_abuse_of_ward."
                     "criminal_sexual_abuse]", "2016")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.criminal_sexual_abuse" in err and "Amendment 816" in err


DAYS = ["2000-11-01", "2004-11-01", "2007-11-01", "2023-11-01", "2025-11-01"]


@settings(max_examples=30, deadline=None)
@given(day=st.sampled_from(DAYS), kinds=st.lists(st.sampled_from(
    ["misrepresented_identity", "computer"]), unique=True), more=st.sampled_from(
    ["misrepresented_identity", "computer"]))
def test_a_finding_added_never_lowers_the_level(day, kinds, more):
    def level(kinds: list[str]) -> int:
        result = calculate(_case({"minor_enticement": kinds}, day)).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert level(kinds) <= level(sorted(set(kinds) | {more}))
