"""§2K2.3 of Nov. 1, 1987 - Oct. 31, 1991 through the real CLI, each level worked by hand from
the texts Appendix C quotes (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
- Nov. 1, 1987 (Prohibited Transactions): lines 3715-3748, the §2K2.3 Amendment 189 deleted;
- Nov. 1, 1989 (With Intent to Commit Another Offense): lines 8966-8979, the §2K2.3 Amendment
  374 deleted (inserted by Amendment 189, not amended between).
Deleted from Nov. 1, 1991 (2016 Manual, GLM2016_fulltext.txt lines 7653-7655).
Category VI: the 1987 Sentencing Table's cells of minimum 0 are refused (not known).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import (chapter_two, computed_levels, firearm_case,
                                                       refusal)


def case(facts: str, manual: str, extra: str = "") -> str:
    return firearm_case(facts, manual=manual, extra=extra, guideline="2K2.3",
                        table="firearms_2k2_3", history='category = "VI"')


def levels(tmp_path, capsys, facts: str, manual: str, extra: str = "") -> list[tuple[str, int]]:
    return computed_levels(tmp_path, capsys, case(facts, manual, extra))


def refused(tmp_path, capsys, facts: str, manual: str) -> str:
    return refusal(tmp_path, capsys, case(facts, manual))


OTHER = '[offense.firearms_2k2_3.other_offense]\nguideline = "other"\noffense_level = {}'


# -- Nov. 1, 1987: prohibited transactions in or shipment of firearms --------------------------

@pytest.mark.parametrize("manual", ["1987", "1988-10-15"])
def test_1987_base_levels(tmp_path, capsys, manual):
    # (a)(1) "12, if convicted under 26 U.S.C. § 5861" (line 3717); (a)(2) "6, otherwise" (3718)
    assert levels(tmp_path, capsys, 'convicted_under = ["26 U.S.C. § 5861"]', manual) == [
        ("§2K2.3(a)(1)", 12)]
    assert levels(tmp_path, capsys, 'convicted_under = ["other"]', manual) == [
        ("§2K2.3(a)(2)", 6)]


# (b)(1), lines 3720-3728: "exceeded 5": (A) 6-10 +1, (B) 11-20 +2, (C) 21-50 +3, (D) 51-100 +4,
# (E) 101-200 +5, (F) more than 200 +6. Base (a)(2) 6.
EDGES = [(5, 6), (6, 7), (10, 7), (11, 8), (20, 8), (21, 9), (50, 9), (51, 10), (100, 10),
         (101, 11), (200, 11), (201, 12), (1000, 12)]


@pytest.mark.parametrize("n, expected", EDGES)
def test_number_of_firearms_edges(tmp_path, capsys, n, expected):
    assert levels(tmp_path, capsys, f"number_of_firearms = {n}", "1987")[-1][1] == expected


def test_1987_knowledge_the_greatest(tmp_path, capsys):
    # (b)(2) "use the greatest" (lines 3729-3742): (A) +2, (B) +1, (C) +1
    assert levels(tmp_path, capsys, "knew_purchaser_prohibited = true\n"
                  "knew_purchaser_prohibited_in_other_state = true\n"
                  "knew_stolen_or_altered_serial_number = true", "1987") == [
        ("§2K2.3(a)(2)", 6), ("§2K2.3(b)(2)(A)", 8)]
    assert levels(tmp_path, capsys, "knew_purchaser_prohibited_in_other_state = true", "1987") \
        == [("§2K2.3(a)(2)", 6), ("§2K2.3(b)(2)(B)", 7)]
    assert levels(tmp_path, capsys, "knew_stolen_or_altered_serial_number = true", "1987") == [
        ("§2K2.3(a)(2)", 6), ("§2K2.3(b)(2)(C)", 7)]


def test_1987_cross_reference(tmp_path, capsys):
    # (c)(1) (lines 3743-3748): §2X1.1 in respect to such other offense, "if ... higher"
    assert levels(tmp_path, capsys, "number_of_firearms = 11\n" + OTHER.format(9), "1987")[-1] \
        == ("§2K2.3(c)(1)", 9)
    assert levels(tmp_path, capsys, "number_of_firearms = 11\n" + OTHER.format(8), "1987")[-1] \
        == ("§2K2.3(c)(1)", 8)  # not higher than 8: not applied
    assert levels(tmp_path, capsys, OTHER.format(16) + '\ninchoate = "attempt"', "1987")[-1][0] \
        == "§2K2.3(c)(1)"
    err = refused(tmp_path, capsys, 'firearms_guideline = "2K2.1"', "1987")
    assert "offense.firearms_2k2_3.firearms_guideline" in err


# -- Nov. 1, 1989: with intent to commit another offense ---------------------------------------

@pytest.mark.parametrize("manual", ["1989", "1990"])
def test_1989_the_greatest_of_three(tmp_path, capsys, manual):
    # (a) "(Apply the greatest)" (lines 8969-8979): (a)(3) 12 alone
    assert levels(tmp_path, capsys, "", manual) == [("§2K2.3(a)(3)", 12)]
    # (a)(1) §2X1.1 in respect to the other offense: 13 > 12
    assert levels(tmp_path, capsys, OTHER.format(13), manual)[-1] == ("§2K2.3(a)(1)", 13)
    assert levels(tmp_path, capsys, OTHER.format(11), manual)[-1] == ("§2K2.3(a)(3)", 12)
    # (a)(2) §2K2.1: a § 922(g) conviction 12, stolen +2 = 14 > 13
    firearms = '\n[offense.firearms]\nconvicted_under = ["922(g)"]\nstolen = true\n'
    steps = levels(tmp_path, capsys, 'firearms_guideline = "2K2.1"\n' + OTHER.format(13),
                   manual, extra=firearms)
    assert steps == [("§2K2.1(a)(2)", 12), ("§2K2.1(b)(2)", 14), ("§2K2.3(a)(2)", 14)]


@pytest.mark.parametrize("key", ["knew_purchaser_prohibited = true", "number_of_firearms = 6",
                                 'convicted_under = ["26 U.S.C. § 5861"]'])
def test_1989_refuses_the_1987_facts(tmp_path, capsys, key):
    err = refused(tmp_path, capsys, key, "1989")
    assert f"offense.firearms_2k2_3.{key.split(' ')[0]}" in err and "no such provision" in err


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(0, 260), more=st.integers(1, 120),
       statute=st.sampled_from(["other", "26 U.S.C. § 5861"]))
def test_more_firearms_never_lowers_the_level(tmp_path, capsys, n, more, statute):
    low, high = (levels(tmp_path, capsys, f'convicted_under = ["{statute}"]\n'
                        f"number_of_firearms = {k}", "1987")[-1][1] for k in (n, n + more))
    assert 1 <= low <= high <= 43


@pytest.mark.parametrize("manual", ["1991", "2025"])
def test_deleted_from_1991(tmp_path, capsys, manual):
    err = refused(tmp_path, capsys, "", manual)
    assert "offense.guideline" in err and "Amendment 374" in err and "deleted" in err


def test_example_1989(capsys):
    # examples/firearm-2k2.3-1989.toml, worked by hand in its comments
    result = calc_json(capsys, ROOT / "examples" / "firearm-2k2.3-1989.toml")
    assert chapter_two(result) == [("§2K2.2(a)(1)", 16), ("§2K2.2(b)(1)(A)", 17),
                                   ("§2K2.3(a)(2)", 17)]
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}
