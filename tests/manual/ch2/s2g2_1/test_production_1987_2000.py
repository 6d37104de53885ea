"""§2G2.1 (production) from Nov. 1, 1987 to Oct. 31, 2000 (issue #15), before Amendment 592
struck (b)(3), through the real CLI: each version's levels, the refusal of findings an edition
lacks, a worked case per era; hypothesis: a younger minor never lowers the level.

Sources (under /work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
  A324 = lines 6791-6806: (b)(1) "If the minor was under the age of twelve years, increase by
         2 levels." deleted (the 1987 words); (b)(1) "If the offense involved a minor under the
         age of twelve years, increase by 4 levels; otherwise, if the offense involved a minor
         under the age of sixteen years, increase by 2 levels.", (b)(2) custodian +2, (c)(1)
         more than one minor, inserted (Nov. 1, 1990)
  A537 = lines 18230-18241: (a) "25" to "27"; (b)(1) (A) under twelve +4, (B) twelve to
         fifteen +2; (b)(3) "If a computer was used to solicit participation by or with a minor
         in sexually explicit conduct for the purpose of producing sexually explicit material,
         increase by 2 levels." (Nov. 1, 1996)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.s2g2_1.test_production import _case
from tests.strategies import chapter_two_level

V1987 = ["1987-11-01", "1989-11-01"]
V1990 = ["1990-11-01", "1995-11-01"]
V1996 = ["1996-11-01", "2000-05-01"]


def _levels(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    steps = _run(capsys, _case(tmp_path, facts, manual))["steps"]
    return [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual,base", [(m, 25) for m in V1987 + V1990] +
                         [(m, 27) for m in V1996])
def test_base_offense_level(capsys, tmp_path, manual, base):
    assert _levels(capsys, tmp_path, "", manual) == [("§2G2.1(a)", base)]


@pytest.mark.parametrize("manual", V1987)
def test_1987_age(capsys, tmp_path, manual):
    # A324 (deleted): "If the minor was under the age of twelve years, increase by 2 levels."
    assert _levels(capsys, tmp_path, 'minor_age = "under_twelve"', manual) == [
        ("§2G2.1(a)", 25), ("§2G2.1(b)(1)", 27)]
    err = _refused(capsys, _case(tmp_path, 'minor_age = "twelve_to_fifteen"', manual))
    assert "offense.production.minor_age" in err


@pytest.mark.parametrize("manual", V1987)
@pytest.mark.parametrize("facts,field,amendment", [
    ("custodian = true", "custodian", "Amendment 324"),
    ("more_than_one_minor = true", "more_than_one_minor", "Amendment 324"),
    ('misrepresentation_or_computer = ["computer"]', "misrepresentation_or_computer",
     "Amendment 537"),
    ('sexual_conduct = "sexual_act_or_contact"', "sexual_conduct", "Amendment 664"),
])
def test_findings_refused_before_their_amendments(capsys, tmp_path, manual, facts, field,
                                                  amendment):
    err = _refused(capsys, _case(tmp_path, facts, manual))
    assert f"offense.production.{field}" in err and amendment in err


@pytest.mark.parametrize("manual", V1990)
def test_1990_levels(capsys, tmp_path, manual):
    # A324: under twelve +4, otherwise under sixteen +2; custodian +2
    assert _levels(capsys, tmp_path, 'minor_age = "under_twelve"\ncustodian = true',
                   manual) == [("§2G2.1(a)", 25), ("§2G2.1(b)(1)", 29), ("§2G2.1(b)(2)", 31)]
    assert _levels(capsys, tmp_path, 'minor_age = "twelve_to_fifteen"', manual) == [
        ("§2G2.1(a)", 25), ("§2G2.1(b)(1)", 27)]
    err = _refused(capsys, _case(tmp_path, 'misrepresentation_or_computer = ["computer"]',
                                 manual))
    assert "offense.production.misrepresentation_or_computer" in err


@pytest.mark.parametrize("manual", V1996)
def test_worked_1996(capsys, tmp_path, manual):
    # A537: (a) 27; (b)(1)(B) +2 = 29; (b)(2) +2 = 31; (b)(3) computer +2 = 33
    facts = ('minor_age = "twelve_to_fifteen"\ncustodian = true\n'
             'misrepresentation_or_computer = ["computer"]')
    assert _levels(capsys, tmp_path, facts, manual) == [
        ("§2G2.1(a)", 27), ("§2G2.1(b)(1)(B)", 29), ("§2G2.1(b)(2)", 31),
        ("§2G2.1(b)(3)", 33)]
    # (b)(3) of 1996 reads only a computer used to solicit: a misrepresented identity refused
    err = _refused(capsys, _case(tmp_path, 'misrepresentation_or_computer = '
                                 '["misrepresented_identity"]', manual))
    assert "offense.production.misrepresentation_or_computer" in err


def test_more_than_one_minor_from_1990(capsys, tmp_path):
    result = _run(capsys, _case(tmp_path, "more_than_one_minor = true", "1990-11-01"))
    assert any(s["section"] == "§2G2.1(c)(1)" for s in result["steps"])
    assert result["warnings"]


@settings(max_examples=30, deadline=None)
@given(manual=st.sampled_from(V1990 + V1996), custodian=st.booleans())
def test_younger_minor_never_lowers_the_level(manual, custodian):
    def level(age: str | None) -> int:
        facts = {"custodian": custodian} | ({"minor_age": age} if age else {})
        return chapter_two_level(manual, "2G2.1", "production", facts)
    assert level(None) <= level("twelve_to_fifteen") <= level("under_twelve")
