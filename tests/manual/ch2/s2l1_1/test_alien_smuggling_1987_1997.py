"""§2L1.1 (Smuggling, Transporting, or Harboring an Unlawful Alien) from Nov. 1, 1987 to Apr.
30, 1997 (issue #15), rebuilt from the words the amendments of its historical note (2016 Manual
line 7913) struck, through the real CLI and tables/alien_smuggling.toml.

Sources (appendix_c_2016/APPENDIX_C_Vol_I.txt under /work/shared/reference/ussg/):
  A35  = lines 463-467: (a) "6" to "9"; (b)(1) "for profit or with knowledge" to "other than
         for profit, and without knowledge", "increase by 3 levels" to "decrease by 3 levels"
         (Jan. 15, 1988)
  A36  = lines 476-478: (b)(2) "bringing illegal aliens into the United States" to "smuggling,
         transporting, or harboring an unlawful alien, or a related offense" (Jan. 15, 1988)
  A192 = lines 3827-3830: (b)(3) "... and the offense level determined above is less than level
         8, increase to level 8" (Nov. 1, 1989)
  A335 = lines 7118-7120: struck "and without knowledge that the alien was excludable under 8
         U.S.C. §§ 1182(a)(27), (28), (29)," from (b)(1) (Nov. 1, 1990)
  A375 = lines 9008-9016: (a)(1) 20 (§ 1327, an alien deported after an aggravated felony),
         (a)(2) 9; (b)(1) only under (a)(2) (Nov. 1, 1991)
  A450 = lines 12514-12530: struck (b)(2) the prior smuggling conviction, +2; inserted the
         number of unlawful aliens "(A) 6-24 add 2 (B) 25-99 add 4 (C) 100 or more add 6"
         (Nov. 1, 1992)
  A543 = lines 19268-19290: struck (a) 20 / 9, (b)(1), the (b)(2) levels 2, 4, 6 and (b)(3)
         (May 1, 1997)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.manual.ch2.immigration_cli import calc, chapter_two, refused
from tests.manual.ch2.s2l1_1.test_alien_smuggling import case_file as _case_file

PRIOR = """
[[criminal_history.priors]]
id = "smuggling-1985"
kind = "felony"
offense_date = 1985-03-01
sentence_date = 1985-06-01
imprisonment = "10 months"
release_date = 1986-02-01
"""


def case_file(tmp_path: Path, facts: str, name: str = "case") -> Path:
    """The Part L test case without its statute and statutory maximum: the fine statute
    (18 U.S.C. § 3571(b)) is not entered for Nov. 1, 1987 - Jan. 14, 1988, and the levels
    are what these tests are about."""
    path = _case_file(tmp_path, facts, name, category="VI")
    text = path.read_text().replace('statute = "8 U.S.C. § 1324(a)(1)(A)(ii)"\n', "")
    path.write_text(text.replace("statutory_maximum_months = 120\n", ""))
    return path


def levels(capsys, path: Path, manual: str) -> list[tuple[str, int | None, int]]:
    return chapter_two(calc(capsys, path, "--manual", manual), "§2L1.1")


def with_prior(tmp_path: Path, facts: str) -> Path:
    """A case whose record holds one prior smuggling conviction (1985)."""
    path = case_file(tmp_path, facts + '\nsmuggling_priors = ["smuggling-1985"]', name="prior")
    text = path.read_text().replace('category = "VI"', "instant_offense_began = 2024-08-01\n"
                                                        "birth_date = 1960-01-01")
    path.write_text(text + PRIOR)
    return path


@pytest.mark.parametrize("facts,expected", [
    # A35 (undone): "for profit or with knowledge ... increase by 3 levels" over (a) 6
    ("", [("§2L1.1(a)", None, 6), ("§2L1.1(b)(1)", 3, 9)]),
    ("other_than_for_profit = true", [("§2L1.1(a)", None, 6)]),
    ("other_than_for_profit = true\nknew_alien_excludable_as_subversive = true",
     [("§2L1.1(a)", None, 6), ("§2L1.1(b)(1)", 3, 9)]),
])
def test_original_text_increase_for_profit(tmp_path, capsys, facts, expected):
    assert levels(capsys, case_file(tmp_path, facts), "1987-11-01") == expected


@pytest.mark.parametrize("manual", ["1988-01-15", "1989-11-01"])
@pytest.mark.parametrize("facts,expected", [
    # A35: (a) 9; "other than for profit, and without knowledge ..., decrease by 3 levels"
    ("", [("§2L1.1(a)", None, 9)]),
    ("other_than_for_profit = true", [("§2L1.1(a)", None, 9), ("§2L1.1(b)(1)", -3, 6)]),
    ("other_than_for_profit = true\nknew_alien_excludable_as_subversive = true",
     [("§2L1.1(a)", None, 9)]),
])
def test_decrease_other_than_for_profit_1988(tmp_path, capsys, manual, facts, expected):
    assert levels(capsys, case_file(tmp_path, facts), manual) == expected


def test_knowledge_refused_from_amendment_335(tmp_path, capsys):
    path = case_file(tmp_path, "other_than_for_profit = true\n"
                     "knew_alien_excludable_as_subversive = true")
    err = refused(capsys, path, "--manual", "1990-11-01")
    assert "offense.smuggling.knew_alien_excludable_as_subversive" in err
    assert "Amendment 335" in err


@pytest.mark.parametrize("manual,base", [("1987-11-01", 6), ("1988-06-15", 9),
                                         ("1990-11-01", 9), ("1991-11-01", 9)])
def test_prior_smuggling_conviction_until_amendment_450(tmp_path, capsys, manual, base):
    # A450 (struck): "If the defendant previously has been convicted of smuggling,
    # transporting, or harboring an unlawful alien, or a related offense, increase by 2 levels."
    result = levels(capsys, with_prior(tmp_path, "other_than_for_profit = true"), manual)
    assert result[0] == ("§2L1.1(a)" if manual < "1991" else "§2L1.1(a)(2)", None, base)
    assert result[-1] == ("§2L1.1(b)(2)", 2, base - (0 if manual < "1988" else 3) + 2)


def test_prior_words_before_amendment_36(tmp_path, capsys):
    result = calc(capsys, with_prior(tmp_path, ""), "--manual", "1987-11-01")
    step = next(s for s in result["steps"] if s["section"] == "§2L1.1(b)(2)")
    assert "bringing illegal aliens into the United States" in step["reason"]


def test_prior_smuggling_conviction_refused_from_1992(tmp_path, capsys):
    err = refused(capsys, with_prior(tmp_path, ""), "--manual", "1992-11-01")
    assert "offense.smuggling.smuggling_priors" in err and "Amendment 450" in err


def test_prior_must_be_in_the_record(tmp_path, capsys):
    path = case_file(tmp_path, 'smuggling_priors = ["nowhere"]')
    err = refused(capsys, path, "--manual", "1990-11-01")
    assert "offense.smuggling.smuggling_priors" in err


@pytest.mark.parametrize("manual", ["1989-11-01", "1992-11-01", "1996-11-01"])
@pytest.mark.parametrize("facts,expected_tail", [
    # A192: "... is less than level 8, increase to level 8": 9 - 3 = 6 -> 8
    ("other_than_for_profit = true\npreviously_deported = true",
     [("§2L1.1(b)(1)", -3, 6), ("§2L1.1(b)(3)", 2, 8)]),
    # 9 is not less than 8: the floor does not apply
    ("previously_deported = true", [("§2L1.1(a)", None, 9)]),
])
def test_floor_for_a_previously_deported_alien(tmp_path, capsys, manual, facts, expected_tail):
    result = levels(capsys, case_file(tmp_path, facts), manual)
    assert result[-len(expected_tail):] == [
        (s.replace("(a)", "(a)(2)") if manual >= "1991" and s == "§2L1.1(a)" else s, d, lvl)
        for s, d, lvl in expected_tail]


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-06-15"])
def test_deported_floor_refused_before_amendment_192(tmp_path, capsys, manual):
    err = refused(capsys, case_file(tmp_path, "previously_deported = true"), "--manual", manual)
    assert "offense.smuggling.previously_deported" in err and "Amendment 192" in err


@pytest.mark.parametrize("manual", ["1991-11-01", "1995-11-01"])
def test_aggravated_felon_alien_level_20_from_amendment_375(tmp_path, capsys, manual):
    # A375: "(1) 20, if the defendant was convicted under 8 U.S.C. § 1327 ..."; (b)(1) only
    # under (a)(2)
    path = case_file(tmp_path, 'convicted_1327 = "alien_deported_after_aggravated_felony"\n'
                     'other_than_for_profit = true')
    assert levels(capsys, path, manual) == [("§2L1.1(a)(1)", None, 20)]
    assert levels(capsys, case_file(tmp_path, "other_than_for_profit = true", "b"), manual) == [
        ("§2L1.1(a)(2)", None, 9), ("§2L1.1(b)(1)", -3, 6)]


@pytest.mark.parametrize("manual,value", [
    ("1990-11-01", "alien_deported_after_aggravated_felony"),
    ("1995-11-01", "alien_inadmissible_1182a3")])
def test_convicted_1327_refused_where_a_has_no_level_for_it(tmp_path, capsys, manual, value):
    err = refused(capsys, case_file(tmp_path, f'convicted_1327 = "{value}"'), "--manual", manual)
    assert "offense.smuggling.convicted_1327" in err


# A450 (inserted) and A543 (struck): (A) 6-24 add 2, (B) 25-99 add 4, (C) 100 or more add 6,
# over (a)(2) 9.
ALIENS = [(5, []), (6, [("§2L1.1(b)(2)(A)", 2, 11)]), (24, [("§2L1.1(b)(2)(A)", 2, 11)]),
          (25, [("§2L1.1(b)(2)(B)", 4, 13)]), (99, [("§2L1.1(b)(2)(B)", 4, 13)]),
          (100, [("§2L1.1(b)(2)(C)", 6, 15)])]


@pytest.mark.parametrize("manual", ["1992-11-01", "1995-11-01", "1997-04-30"])
@pytest.mark.parametrize("aliens,expected", ALIENS)
def test_number_of_aliens_from_1992(tmp_path, capsys, manual, aliens, expected):
    if manual == "1997-04-30":
        manual = "1996-11-01"  # the last edition before Amendment 543
    assert levels(capsys, case_file(tmp_path, f"aliens = {aliens}"), manual) == [
        ("§2L1.1(a)(2)", None, 9)] + expected


@pytest.mark.parametrize("manual", ["1987-11-01", "1991-11-01"])
def test_number_of_aliens_refused_before_1992(tmp_path, capsys, manual):
    # five aliens: no line of any edition's table; 6 - 0 (1987) or 9 - 3 (1991) = 6
    assert levels(capsys, case_file(tmp_path, "aliens = 5\nother_than_for_profit = true"),
                  manual)[-1][2] == 6
    err = refused(capsys, case_file(tmp_path, "aliens = 6"), "--manual", manual)
    assert "offense.smuggling.aliens" in err and "Amendment 450" in err


@pytest.mark.parametrize("fact", ['weapon = "possessed"', "substantial_risk = true",
                                  'injury = "bodily_injury"', "unaccompanied_minor = true",
                                  "involuntarily_detained = true", "convicted_1324a4 = true",
                                  'immigration_felony_priors = ["1"]'])
def test_later_provisions_refused_before_1997(tmp_path, capsys, fact):
    name = fact.split(" = ")[0]
    err = refused(capsys, case_file(tmp_path, fact), "--manual", "1996-11-01")
    assert f"offense.smuggling.{name}" in err


@pytest.mark.parametrize("fact", ["previously_deported = true",
                                  "knew_alien_excludable_as_subversive = true"])
def test_earlier_provisions_refused_from_1997(tmp_path, capsys, fact):
    name = fact.split(" = ")[0]
    err = refused(capsys, case_file(tmp_path, fact), "--manual", "1997-05-01")
    assert f"offense.smuggling.{name}" in err and "Amendment 543" in err


def test_worked_case_1988(tmp_path, capsys):
    """June 15, 1988 Manual: for profit (no decrease), a prior smuggling conviction (+2):
    (a) 9, (b)(2) 11."""
    assert levels(capsys, with_prior(tmp_path, ""), "1988-06-15") == [
        ("§2L1.1(a)", None, 9), ("§2L1.1(b)(2)", 2, 11)]


def test_worked_case_1990(tmp_path, capsys):
    """Nov. 1, 1990 Manual: other than for profit (-3), a prior smuggling conviction (+2), a
    previously deported alien (at least 8): 9, 6, 8, and (b)(3) not applied (8 is not less
    than 8)."""
    path = with_prior(tmp_path, "other_than_for_profit = true\npreviously_deported = true")
    result = calc(capsys, path, "--manual", "1990-11-01")
    assert chapter_two(result, "§2L1.1") == [
        ("§2L1.1(a)", None, 9), ("§2L1.1(b)(1)", -3, 6), ("§2L1.1(b)(2)", 2, 8)]
    floor = next(s for s in result["steps"] if s["section"] == "§2L1.1(b)(3)")
    assert floor["change"] == "not applied"


def test_worked_case_1994(tmp_path, capsys):
    """Nov. 1, 1994 Manual: 30 aliens for profit ((b)(2)(B) +4) by a previously deported alien
    (the floor of 8 does not apply): 9, 13."""
    path = case_file(tmp_path, "aliens = 30\npreviously_deported = true")
    assert levels(capsys, path, "1994-11-01") == [("§2L1.1(a)(2)", None, 9),
                                                  ("§2L1.1(b)(2)(B)", 4, 13)]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(manual=st.sampled_from(["1992-11-01", "1993-11-01", "1995-11-01", "1996-11-01"]),
       a=st.integers(0, 300), more=st.integers(0, 300), profit=st.booleans(),
       deported=st.booleans())
def test_more_aliens_never_lowers(tmp_path, capsys, manual, a, more, profit, deported):
    def level(aliens: int) -> int:
        path = case_file(tmp_path, f"aliens = {aliens}\n"
                         f"other_than_for_profit = {str(profit).lower()}\n"
                         f"previously_deported = {str(deported).lower()}")
        result = calc(capsys, path, "--manual", manual)
        assert 1 <= result["table_offense_level"] <= 43
        return result["total_offense_level"]
    assert level(a) <= level(a + more)
