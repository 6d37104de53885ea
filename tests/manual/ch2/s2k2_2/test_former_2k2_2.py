"""§2K2.2 of Nov. 1, 1987 - Oct. 31, 1991 through the real CLI, each level worked by hand from
the texts Appendix C quotes (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
- Nov. 1, 1987 (National Firearms Act): lines 3681-3695, the §2K2.2 Amendment 189 deleted;
- Nov. 1, 1990 (Unlawful Trafficking): lines 8903-8936, the §2K2.2 Amendment 374 deleted;
- Nov. 1, 1989: the same with Amendment 333 (line 7106) undone, (a)(1) 16 (derived).
Deleted from Nov. 1, 1991 (2016 Manual, GLM2016_fulltext.txt lines 7649-7651).
Category VI: the 1987 Sentencing Table's cells of minimum 0 are refused (not known).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import computed_levels, firearm_case, refusal


def case(facts: str, manual: str, extra: str = "") -> str:
    return firearm_case(facts, manual=manual, extra=extra, guideline="2K2.2",
                        table="firearms_2k2_2", history='category = "VI"')


def levels(tmp_path, capsys, facts: str, manual: str) -> list[tuple[str, int]]:
    return computed_levels(tmp_path, capsys, case(facts, manual))


def refused(tmp_path, capsys, facts: str, manual: str) -> str:
    return refusal(tmp_path, capsys, case(facts, manual))


# -- Nov. 1, 1987: receipt, possession or transportation in violation of the NFA ------------

@pytest.mark.parametrize("manual", ["1987", "1988-10-15"])
def test_1987_levels(tmp_path, capsys, manual):
    # (a) 12 (line 3683); (b)(1) stolen +1 (3685-3686); (b)(2) silencer +4 (3687);
    # (b)(3) sport, recreation or collection -6 (3688-3689)
    assert levels(tmp_path, capsys, "", manual) == [("§2K2.2(a)", 12)]
    assert levels(tmp_path, capsys, "altered_or_obliterated_serial_number = true\n"
                  "silencer = true\nsport_recreation_or_collection = true", manual) == [
        ("§2K2.2(a)", 12), ("§2K2.2(b)(1)", 13), ("§2K2.2(b)(2)", 17), ("§2K2.2(b)(3)", 11)]
    # the statute does not change the 1987 level
    assert levels(tmp_path, capsys, 'convicted_under = ["922(o)"]', manual) == [
        ("§2K2.2(a)", 12)]


def test_1987_cross_reference(tmp_path, capsys):
    # (c)(1) (lines 3690-3695): the other offense, "if the resulting offense level is higher"
    other = '[offense.firearms_2k2_2.other_offense]\nguideline = "other"\noffense_level = {}'
    assert levels(tmp_path, capsys, other.format(13), "1987")[-1] == ("§2K2.2(c)(1)", 13)
    assert levels(tmp_path, capsys, other.format(12), "1987")[-1] == ("§2K2.2(c)(1)", 12)


@pytest.mark.parametrize("key", ["distribution = true", "prior_felony_conviction = true"])
def test_1987_refuses_the_1989_facts(tmp_path, capsys, key):
    err = refused(tmp_path, capsys, key, "1987")
    assert f"offense.firearms_2k2_2.{key.split(' ')[0]}" in err and "no such provision" in err


# -- Nov. 1, 1989 and 1990: unlawful trafficking -----------------------------------------------

@pytest.mark.parametrize("manual, nfa", [("1989", 16), ("1990", 18)])
def test_1989_base_levels(tmp_path, capsys, manual, nfa):
    # (a)(1) 16 (1989, derived) / 18 (1990, line 8906-8907); (a)(2) 6 (line 8908)
    for statute in ("922(o)", "26 U.S.C. § 5861"):
        assert levels(tmp_path, capsys, f'convicted_under = ["{statute}"]', manual) == [
            ("§2K2.2(a)(1)", nfa)]
    assert levels(tmp_path, capsys, 'convicted_under = ["922(d)"]', manual)[0] == \
        ("§2K2.2(a)(2)", 6)


# (b)(1), lines 8910-8922: more than two; (A) 3-4 +1, (B) 5-7 +2, (C) 8-12 +3, (D) 13-24 +4,
# (E) 25-49 +5, (F) 50 or more +6. Base (a)(2) 6.
EDGES = [(2, 6), (3, 7), (4, 7), (5, 8), (7, 8), (8, 9), (12, 9), (13, 10), (24, 10),
         (25, 11), (49, 11), (50, 12), (51, 12)]


@pytest.mark.parametrize("manual", ["1989", "1990"])
@pytest.mark.parametrize("n, expected", EDGES)
def test_number_of_firearms_edges(tmp_path, capsys, manual, n, expected):
    facts = f"distribution = true\nnumber_of_firearms = {n}"
    assert levels(tmp_path, capsys, facts, manual)[-1][1] == expected


@pytest.mark.parametrize("manual", ["1989", "1990"])
def test_1989_characteristics(tmp_path, capsys, manual):
    # (b)(2) +2 (lines 8923-8924); (b)(3) "use the greater": (A) § 922(d) +6, (B) § 922(b)(1)
    # or (b)(2) +1 (lines 8925-8930)
    assert levels(tmp_path, capsys, 'stolen = true\nconvicted_under = ["922(b)(1)"]',
                  manual) == [("§2K2.2(a)(2)", 6), ("§2K2.2(b)(2)", 8), ("§2K2.2(b)(3)(B)", 9)]
    assert levels(tmp_path, capsys, 'convicted_under = ["922(b)(2)", "922(d)"]', manual) == [
        ("§2K2.2(a)(2)", 6), ("§2K2.2(b)(3)(A)", 12)]
    for key in ("silencer = true", "sport_recreation_or_collection = true",
                '[offense.firearms_2k2_2.other_offense]\nguideline = "other"\noffense_level = 9'):
        err = refused(tmp_path, capsys, key, manual)
        assert "offense.firearms_2k2_2." in err and "no such provision" in err
    err = refused(tmp_path, capsys, "number_of_firearms = 5", manual)
    assert "offense.firearms_2k2_2.number_of_firearms" in err and "distribution" in err


@pytest.mark.parametrize("manual, level", [("1989", 12), ("1990", 12)])
def test_1989_prior_felony_cross_reference(tmp_path, capsys, manual, level):
    # (c)(1) (lines 8931-8936): a prior felony: §2K2.1 if greater. §2K2.1(a)(2) 12 + stolen 2
    # = 14 > §2K2.2's 6 + 2 = 8: 14. With § 922(d) (+6 = 14), §2K2.1's 14 is not greater.
    assert levels(tmp_path, capsys, "prior_felony_conviction = true\nstolen = true", manual) == [
        ("§2K2.2(a)(2)", 6), ("§2K2.2(b)(2)", 8), ("§2K2.1(a)(2)", level),
        ("§2K2.1(b)(2)", level + 2), ("§2K2.2(c)(1)", level + 2)]
    result = levels(tmp_path, capsys, 'prior_felony_conviction = true\nstolen = true\n'
                    'convicted_under = ["922(d)"]', manual)
    assert result == [("§2K2.2(a)(2)", 6), ("§2K2.2(b)(2)", 8), ("§2K2.2(b)(3)(A)", 14),
                      ("§2K2.2(c)(1)", 14)]


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(0, 120), more=st.integers(1, 60), manual=st.sampled_from(["1989", "1990"]),
       statute=st.sampled_from(["other", "922(o)", "922(d)"]))
def test_more_firearms_never_lowers_the_level(tmp_path, capsys, n, more, manual, statute):
    low, high = (levels(tmp_path, capsys, f'convicted_under = ["{statute}"]\n'
                        f"distribution = true\nnumber_of_firearms = {k}", manual)[-1][1]
                 for k in (n, n + more))
    assert 1 <= low <= high <= 43


# -- deleted Nov. 1, 1991 ---------------------------------------------------------------------

@pytest.mark.parametrize("manual", ["1991", "2016", "2025"])
def test_deleted_from_1991(tmp_path, capsys, manual):
    err = refused(tmp_path, capsys, "stolen = true", manual)
    assert "offense.guideline" in err and "Amendment 374" in err and "deleted" in err
