"""§2B3.2 (Extortion by Force or Threat of Injury or Serious Damage) from Nov. 1, 1987 to Oct.
31, 1991 (issue #15): the 1987, 1989 and 1990 versions of tables/extortion_by_force.toml
through the real command line: (b)(1)'s amount obtained or demanded in the §2B3.1 table of
the same date (from Nov. 1, 1990 §2B2.1(b)(2)'s table, tables/burglary_loss_table.toml),
(b)(2) weapons, (b)(3) injury with the 9-level cap, (b)(4), the findings the era lacks refused,
a worked case per era.

Sources (under /work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
  A366 lines 8409-8417 (the (b)(1) and (b)(2) deleted Nov. 1, 1991: "the greater of the amount
       obtained or demanded exceeded $2,500 ... the table in §2B2.1(b)(2)"; (A) 5, (B) 4, (C) 3)
  A366 line 8433 (the proviso's "(2)", "(3)" and "9")
  A316 lines 6492-6493 ("§2B3.1" replaced by "§2B2.1(b)(2)", Nov. 1, 1990)
  A112 lines 1947-1950 ((b)(2)(B) "a firearm or a dangerous weapon", (C) "a firearm or other
       dangerous weapon" before Nov. 1, 1989)
  A113 lines 1955-1964 ((b)(3)(D) +3, (E) +5 inserted, comment. (n.4) interpolation deleted)
  tables/robbery.toml: §2B3.1's loss table, 1987 whole-dollar rows ((B) $2,501 - $10,000 +1,
  (C) $10,001 - $50,000 +2, (D) $50,001 - $250,000 +3, ...), from Nov. 1, 1989 (b)(6) (+1 over
  $10,000, +2 over $50,000, ...)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file, level_and_capped
from tests.strategies import chapter_two_level

V1987 = ["1987-11-01", "1988-06-15"]
V1989 = ["1989-11-01"]
V1990 = ["1990-11-01"]
EARLY = V1987 + V1989 + V1990


def _case(tmp_path: Path, extortion: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2B3.2", "extortion", extortion, manual, more)


def _result(capsys, tmp_path, extortion: str, manual: str, more: str = "") -> dict:
    return _run(capsys, _case(tmp_path, extortion, manual, more))


def _level(capsys, tmp_path, extortion: str, manual: str) -> int:
    return _result(capsys, tmp_path, extortion, manual)["total_offense_level"]


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["section"] == section)


# 1987: more than $2,500 (A366), the 1987 §2B3.1(b)(1) rows of whole dollars, on 18
EDGES_1987 = [("$2,500", 18), ("$2,501", 19), ("$10,000", 19), ("$10,001", 20),
              ("$50,000", 20), ("$50,001", 21), ("$250,000", 21), ("$250,001", 22),
              ("$1,000,000", 22), ("$1,000,001", 23), ("$5,000,000", 23),
              ("$5,000,000.01", 24)]
# Nov. 1, 1989: the same words, the §2B3.1(b)(6) table: over $2,500 but not over $10,000
# reaches no row (Amendment 316's reason: "inadvertently reduced the offense level")
EDGES_1989 = [("$2,500", 18), ("$2,500.01", 18), ("$10,000", 18), ("$10,000.01", 19),
              ("$50,000", 19), ("$50,000.01", 20), ("$5,000,000", 24), ("$5,000,000.01", 25)]


@pytest.mark.parametrize("manual", V1987)
@pytest.mark.parametrize("amount,level", EDGES_1987)
def test_amount_edges_1987(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'amount_obtained = "{amount}"', manual) == level
    assert _level(capsys, tmp_path, f'amount_demanded = "{amount}"', manual) == level


@pytest.mark.parametrize("amount,level", EDGES_1989)
def test_amount_edges_1989(capsys, tmp_path, amount, level):
    assert _level(capsys, tmp_path, f'amount_demanded = "{amount}"', "1989-11-01") == level


def test_an_amount_between_two_whole_dollar_rows_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'amount_obtained = "$10,000.50"', "1987-11-01"))
    assert "offense.extortion.amount_obtained" in err


def test_the_greater_of_obtained_and_demanded(capsys, tmp_path):
    result = _result(capsys, tmp_path, 'amount_obtained = "$60,000"\n'
                     'amount_demanded = "$20,000"', "1987-11-01")
    step = _step(result, "§2B3.2(b)(1)")
    assert step["level"] == 21 and "amount_obtained $60,000" in step["reason"]


def test_between_2500_and_10000_adds_nothing_from_1989(capsys, tmp_path):
    step = _step(_result(capsys, tmp_path, 'amount_demanded = "$9,000"', "1989-11-01"),
                 "§2B3.2(b)(1)")
    assert step["change"] == "no increase" and "reaches no row" in step["reason"]


# Nov. 1, 1990 - Oct. 31, 1991 (A316 lines 6492-6493): (b)(1) reads "the table in §2B2.1(b)(2)",
# tables/burglary_loss_table.toml's Nov. 1, 1989 version (A105, APPENDIX_C_Vol_I.txt lines
# 1813-1823: (A) $2,500 or less no increase, (B) more than $2,500 add 1, (C) $10,000 2,
# (D) $50,000 3, (E) $250,000 4, (F) $800,000 5, (G) $1,500,000 6, (H) $2,500,000 7,
# (I) $5,000,000 8), on 18: below, at and above each line
EDGES_1990 = [("$2,500", 18, None), ("$2,500.01", 19, "(B)"), ("$10,000", 19, "(B)"),
              ("$10,000.01", 20, "(C)"), ("$50,000", 20, "(C)"), ("$50,000.01", 21, "(D)"),
              ("$250,000", 21, "(D)"), ("$250,000.01", 22, "(E)"), ("$800,000", 22, "(E)"),
              ("$800,000.01", 23, "(F)"), ("$1,500,000", 23, "(F)"),
              ("$1,500,000.01", 24, "(G)"), ("$2,500,000", 24, "(G)"),
              ("$2,500,000.01", 25, "(H)"), ("$5,000,000", 25, "(H)"),
              ("$5,000,000.01", 26, "(I)")]


@pytest.mark.parametrize("amount,level,line", EDGES_1990)
@pytest.mark.parametrize("key", ["amount_obtained", "amount_demanded"])
def test_the_2b2_1_table_on_1990_dates(capsys, tmp_path, amount, level, line, key):
    result = _result(capsys, tmp_path, f'{key} = "{amount}"', "1990-11-01")
    assert result["total_offense_level"] == level
    step = _step(result, "§2B3.2(b)(1)")
    assert "the table in §2B2.1(b)(2)" in step["reason"], step
    if line is None:
        assert step["change"] == "no increase" and "(A) $2,500 or less" in step["reason"]
    else:
        assert f"§2B2.1(b)(2) {line} More than" in step["reason"], step
        assert "Amendment 105" in step["source"], step


def test_the_2b2_1_table_on_a_1991_sentencing_date(capsys, tmp_path):
    # sentenced Oct. 31, 1991, the last day of the Nov. 1, 1990 Manual: (C) more than $10,000
    path = tmp_path / "extortion-1991.toml"
    path.write_text('sentencing_date = 1991-10-31\n[offense]\nguideline = "2B3.2"\n'
                    '[offense.extortion]\namount_obtained = "$10,000.01"\n'
                    '[criminal_history]\ncategory = "I"\n')
    result = _run(capsys, path)
    assert result["total_offense_level"] == 20
    assert "§2B2.1(b)(2) (C) More than $10,000 add 2" in _step(result, "§2B3.2(b)(1)")["reason"]


# (b)(2) (A366's quote; A112): (A) firearm discharged 5, (B) otherwise used 4, (C)
# brandished, displayed, or possessed 3, a firearm and another dangerous weapon alike
WEAPON = [("firearm_discharged", "(A)", 23), ("firearm_otherwise_used", "(B)", 22),
          ("dangerous_weapon_otherwise_used", "(B)", 22),
          ("firearm_brandished_or_possessed", "(C)", 21),
          ("dangerous_weapon_brandished_or_possessed", "(C)", 21)]


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("weapon,clause,level", WEAPON)
def test_weapon(capsys, tmp_path, manual, weapon, clause, level):
    result = _result(capsys, tmp_path, f'weapon = "{weapon}"', manual)
    assert result["total_offense_level"] == level
    step = _step(result, f"§2B3.2(b)(2){clause}")
    words = "a firearm or" if manual in V1987 else "a dangerous weapon (including a firearm)"
    assert clause == "(A)" or words in step["reason"]


# (b)(3): (A) 2, (B) 4, (C) 6; between them 3 and 5 (1987: comment. (n.4); 1989: (D), (E))
INJURY = [("bodily_injury", 20), ("between_bodily_and_serious", 21),
          ("serious_bodily_injury", 22), ("between_serious_and_permanent", 23),
          ("permanent_or_life_threatening", 24)]


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("injury,level", INJURY)
def test_bodily_injury(capsys, tmp_path, manual, injury, level):
    result = _result(capsys, tmp_path, f'bodily_injury = "{injury}"', manual)
    assert result["total_offense_level"] == level
    if injury.startswith("between"):
        section = ("§2B3.2(b)(3) and comment. (n.4)" if manual in V1987 else
                   "§2B3.2(b)(3)(D)" if injury == "between_bodily_and_serious" else
                   "§2B3.2(b)(3)(E)")
        assert any(s["section"] == section for s in result["steps"])


# the proviso (A366 line 8433): (2) and (3) at most 9 levels: below, at, above
CAP = [("firearm_discharged", "bodily_injury", 25, False),                   # 5 + 2 = 7
       ("firearm_discharged", "serious_bodily_injury", 27, False),           # 9: at
       ("firearm_discharged", "between_serious_and_permanent", 27, True),    # 10 -> 9
       ("dangerous_weapon_otherwise_used", "permanent_or_life_threatening", 27, True)]


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("weapon,injury,level,capped", CAP)
def test_nine_level_cap(capsys, tmp_path, manual, weapon, injury, level, capped):
    facts = f'weapon = "{weapon}"\nbodily_injury = "{injury}"'
    assert level_and_capped(capsys, _case(tmp_path, facts, manual)) == (level, capped)


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("restraint,clause,level", [("abducted", "(A)", 22),
                                                    ("physically_restrained", "(B)", 20)])
def test_abduction_or_restraint_is_b4(capsys, tmp_path, manual, restraint, clause, level):
    result = _result(capsys, tmp_path, f'abduction_or_restraint = "{restraint}"', manual)
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.2(b)(4){clause}" for s in result["steps"])


REFUSED = [("threat_of_death_injury_or_kidnapping = true",
            "threat_of_death_injury_or_kidnapping", "Amendment 366"),
           ('loss_to_victim = "$20,000"', "loss_to_victim", "Amendment 366"),
           ('weapon = "preparation_or_ability"', "weapon", "(b)(2)"),
           ("victim_murdered = true", "victim_murdered", "Amendment 479")]


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("facts,field,words", REFUSED)
def test_a_finding_the_era_lacks_is_refused(capsys, tmp_path, manual, facts, field, words):
    err = _refused(capsys, _case(tmp_path, facts, manual))
    assert f"offense.extortion.{field}" in err and words in err


def test_attempted_murder_refused_before_amendment_366(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "", "1990-11-01",
                                 "[offense.extortion.attempted_murder]\n"))
    assert "offense.extortion.attempted_murder" in err and "Amendment 366" in err


def test_amount_obtained_refused_from_amendment_366(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'amount_obtained = "$20,000"', "1991-11-01"))
    assert "offense.extortion.amount_obtained" in err and "Amendment 366" in err


def test_worked_case_1988(capsys, tmp_path):
    """June 15, 1988 Manual (original §2B3.2): 18; $60,000 obtained: §2B3.1(b)(1)(D) $50,001 -
    $250,000, +3; a firearm otherwise used ((b)(2)(B), "a firearm or a dangerous weapon") +4;
    injury between serious and permanent, +5 by comment. (n.4) (4 + 5 = 9, at the cap);
    abducted +4: 18, 21, 25, 30, 34 (151-188 months, I)."""
    result = _result(capsys, tmp_path, 'amount_obtained = "$60,000"\n'
                     'weapon = "firearm_otherwise_used"\n'
                     'bodily_injury = "between_serious_and_permanent"\n'
                     'abduction_or_restraint = "abducted"', "1988-06-15")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 21), ("§2B3.2(b)(2)(B)", 25),
        ("§2B3.2(b)(3) and comment. (n.4)", 30), ("§2B3.2(b)(4)(A)", 34)]
    assert result["range"] == {"min_months": 151, "max_months": 188, "life": False}


def test_worked_case_1989(capsys, tmp_path):
    """Nov. 1, 1989 Manual (A112, A113): 18; $60,000 demanded: §2B3.1(b)(6)(C), more than
    $50,000, +2; a firearm discharged +5; permanent injury +6 (11, capped at 9: -2);
    physically restrained +2: 18, 20, 25, 31, 29, 31."""
    result = _result(capsys, tmp_path, 'amount_demanded = "$60,000"\n'
                     'weapon = "firearm_discharged"\n'
                     'bodily_injury = "permanent_or_life_threatening"\n'
                     'abduction_or_restraint = "physically_restrained"', "1989-11-01")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20), ("§2B3.2(b)(2)(A)", 25),
        ("§2B3.2(b)(3)(C)", 31), ("§2B3.2(b)(3)", 29), ("§2B3.2(b)(4)(B)", 31)]


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(V1987 + V1989), dollars=st.integers(0, 20_000_000),
       more=st.integers(1, 20_000_000),
       weapon=st.sampled_from([None] + [w for w, _, _ in WEAPON]),
       injury=st.sampled_from([None] + [i for i, _ in INJURY]))
def test_a_greater_amount_never_lowers_the_level(manual, dollars, more, weapon, injury):
    """Over the §2B3.1 table of the same date (whole dollars: the 1987 rows refuse cents
    between two rows): monotone, level within 1-43, the 9-level cap included."""
    def level(amount: int) -> int:
        facts = {"amount_obtained": f"{amount}"}
        facts |= {"weapon": weapon} if weapon else {}
        facts |= {"bodily_injury": injury} if injury else {}
        return chapter_two_level(manual, "2B3.2", "extortion", facts)
    assert level(dollars) <= level(dollars + more)
