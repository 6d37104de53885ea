"""§2B3.2 (Extortion by Force or Threat of Injury or Serious Damage) from Nov. 1, 1991 to Oct.
31, 1998 (issue #15): the 1991, 1993 and 1997 versions of tables/extortion_by_force.toml
through the real command line: (b)(2)'s edges in the §2B3.1(b)(6) table it names, the weapon
and injury tables with the 11-level cap, the cross references of each era, the Nov. 1, 1997
- Oct. 31, 1998 reference to "§2B3.1(b)(6)" applied as printed, a worked case per era.

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A366 = APPENDIX_C_Vol_I.txt lines 8409-8439 ((b)(1) threat +2; (b)(2) "exceeded $10,000,
         ... the table in §2B3.1(b)(6)"; (b)(3) (A)(i) 7, (ii) 6, (iii) 5, (iv) 4, (v) 3, (B) 3;
         the proviso "(3) and (4) ... 11 levels"; (c)(1) §2A2.1 if greater; Nov. 1, 1991)
  A113 = APPENDIX_C_Vol_I.txt lines 1955-1960 ((b)(3)(D) +3, (E) +5, now (b)(4))
  A479 = APPENDIX_C_Vol_I.txt lines 13883-13888 ((c)(1) §2A1.1 inserted, (c)(1) renumbered
         (c)(2); Nov. 1, 1993)
  A586 = APPENDIX_C_Vol_II.txt lines 716-717 ("(b)(6)" struck, "(b)(7)" inserted, Nov. 1, 1998)
  tables/robbery.toml: §2B3.1's loss table, (b)(6) from Nov. 1, 1989, (b)(7) from Nov. 1,
  1997 (+1 over $10,000 ... +7 over $5,000,000: tests/manual/ch2/s2b3_1/test_robbery.py)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file, level_and_capped
from tests.manual.ch2.s2b3_2.test_extortion import CAP, INJURY, OLD_EDGES, WEAPON
from tests.strategies import chapter_two_level

V1991 = ["1991-11-01", "1992-11-01"]  # A366
V1993 = ["1993-11-01", "1996-11-01"]  # A479
V1997 = ["1997-11-01"]  # A545 renumbered §2B3.1; (b)(2) still names "(b)(6)" until A586
EARLY = V1991 + V1993 + V1997


def _case(tmp_path: Path, extortion: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2B3.2", "extortion", extortion, manual, more)


def _result(capsys, tmp_path, extortion: str, manual: str, more: str = "") -> dict:
    return _run(capsys, _case(tmp_path, extortion, manual, more))


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["section"] == section)


@pytest.mark.parametrize("manual", EARLY)
def test_base_and_threat(capsys, tmp_path, manual):
    # (a) 18; A366 (b)(1): "express or implied threat of death, bodily injury, or kidnapping" +2
    assert _result(capsys, tmp_path, "", manual)["total_offense_level"] == 18
    assert _result(capsys, tmp_path, "threat_of_death_injury_or_kidnapping = true",
                   manual)["total_offense_level"] == 20


@pytest.mark.parametrize("manual", V1991 + V1993)
@pytest.mark.parametrize("amount,level", OLD_EDGES)
def test_demand_edges_in_the_b6_table(capsys, tmp_path, manual, amount, level):
    # A366 (b)(2): "exceeded $10,000 ... the table in §2B3.1(b)(6)", the loss table 1989-1997
    assert _result(capsys, tmp_path, f'amount_demanded = "{amount}"',
                   manual)["total_offense_level"] == level
    if level > 18:
        assert "§2B3.1(b)(6)" in _step(_result(capsys, tmp_path, f'loss_to_victim = "{amount}"',
                                               manual), "§2B3.2(b)(2)")["reason"]


@pytest.mark.parametrize("amount", ["$10,000.01", "$50,000.01", "$5,000,000.01"])
def test_b6_as_printed_from_nov_1997(capsys, tmp_path, amount):
    # A586 quotes "(b)(6)"; from Nov. 1, 1997 §2B3.1(b)(6) is the firearm/controlled substance
    # taken (+1), the loss table (b)(7): the printed words give no table, shown "not applied"
    result = _result(capsys, tmp_path, f'amount_demanded = "{amount}"', "1997-11-01")
    step = _step(result, "§2B3.2(b)(2)")
    assert step["change"] == "not applied" and result["total_offense_level"] == 18
    assert "§2B3.1(b)(6)" in step["reason"] and "Amendment 586" in step["reason"]
    assert "destructive device" in step["reason"]
    # and said first, among the warnings: the other reading would add levels
    assert any("§2B3.2(b)(2)" in w and "check by hand" in w for w in result["warnings"])
    # at or below the amount, no increase under either reading
    step = _step(_result(capsys, tmp_path, 'amount_demanded = "$10,000"', "1997-11-01"),
                 "§2B3.2(b)(2)")
    assert step["change"] == "no increase"
    # corrected by A586: Nov. 1, 1998 reads (b)(7)
    assert _result(capsys, tmp_path, f'amount_demanded = "{amount}"',
                   "1998-11-01")["total_offense_level"] > 18


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("weapon,clause,level", WEAPON)
def test_weapon_table(capsys, tmp_path, manual, weapon, clause, level):
    result = _result(capsys, tmp_path, f'weapon = "{weapon}"', manual)
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.2(b)(3){clause}" for s in result["steps"])
    if weapon.endswith("brandished_or_possessed"):  # A366: "brandished, displayed, or"
        assert "brandished, displayed, or possessed" in \
            _step(result, f"§2B3.2(b)(3){clause}")["reason"]


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("injury,clause,level", INJURY)
def test_bodily_injury_table(capsys, tmp_path, manual, injury, clause, level):
    result = _result(capsys, tmp_path, f'bodily_injury = "{injury}"', manual)
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2B3.2(b)(4){clause}" for s in result["steps"])


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("weapon,injury,level,capped", CAP)
def test_weapon_and_injury_cap(capsys, tmp_path, manual, weapon, injury, level, capped):
    # A366 replaced the proviso's "9" by "11": below, at, above 11
    facts = f'weapon = "{weapon}"\nbodily_injury = "{injury}"'
    assert level_and_capped(capsys, _case(tmp_path, facts, manual)) == (level, capped)


@pytest.mark.parametrize("manual", V1991)
def test_no_murder_cross_reference_before_amendment_479(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, "victim_murdered = true", manual))
    assert "offense.extortion.victim_murdered" in err and "Amendment 479" in err


@pytest.mark.parametrize("manual", V1993 + V1997)
def test_murder_cross_reference_from_amendment_479(capsys, tmp_path, manual):
    result = _result(capsys, tmp_path, "victim_murdered = true", manual)
    assert result["total_offense_level"] == 43
    assert _step(result, "§2B3.2(c)(1)")["level"] == 43


@pytest.mark.parametrize("manual,paragraph", [("1991-11-01", "(c)(1)"), ("1993-11-01", "(c)(2)"),
                                              ("1997-11-01", "(c)(2)")])
def test_attempted_murder_cross_reference(capsys, tmp_path, manual, paragraph):
    # A366 (c)(1), A479 renumbered (c)(2): §2A2.1 if greater. §2A2.1 from Nov. 1, 1990 (A311):
    # 28 for a first degree murder object > 20; below, 18 + 2 + 4 (abducted) = 24 < 28
    result = _result(capsys, tmp_path, 'threat_of_death_injury_or_kidnapping = true', manual,
                     '[offense.extortion.attempted_murder]\nobject_first_degree_murder = true\n')
    assert _step(result, f"§2B3.2{paragraph}")["level"] == 28
    assert result["total_offense_level"] == 28


def test_worked_case_1992(capsys, tmp_path):
    """Nov. 1, 1992 Manual (A366): 18; threat of death +2; $60,000 demanded: §2B3.1(b)(6)(C),
    more than $50,000, +2; a dangerous weapon otherwise used +4; permanent injury +6 (4 + 6 =
    10, under the cap of 11); physically restrained +2: 18, 20, 22, 26, 32, 34."""
    result = _result(capsys, tmp_path, 'threat_of_death_injury_or_kidnapping = true\n'
                     'amount_demanded = "$60,000"\nweapon = "dangerous_weapon_otherwise_used"\n'
                     'bodily_injury = "permanent_or_life_threatening"\n'
                     'abduction_or_restraint = "physically_restrained"', "1992-11-01")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20), ("§2B3.2(b)(2)", 22),
        ("§2B3.2(b)(3)(A)(iv)", 26), ("§2B3.2(b)(4)(C)", 32), ("§2B3.2(b)(5)(B)", 34)]
    # Sentencing Table (1992-2010): level 34, I: 151-188 months
    assert result["range"] == {"min_months": 151, "max_months": 188, "life": False}


def test_worked_case_1997(capsys, tmp_path):
    """Nov. 1, 1997 Manual: the same findings; (b)(2) names §2B3.1(b)(6), in that Manual the
    firearm-taken paragraph, not a table: not applied; the rest as in 1992: 18, 20, (20), 24,
    30, 32."""
    result = _result(capsys, tmp_path, 'threat_of_death_injury_or_kidnapping = true\n'
                     'amount_demanded = "$60,000"\nweapon = "dangerous_weapon_otherwise_used"\n'
                     'bodily_injury = "permanent_or_life_threatening"\n'
                     'abduction_or_restraint = "physically_restrained"', "1997-11-01")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20), ("§2B3.2(b)(2)", 20),
        ("§2B3.2(b)(3)(A)(iv)", 24), ("§2B3.2(b)(4)(C)", 30), ("§2B3.2(b)(5)(B)", 32)]


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(V1991 + V1993), cents=st.integers(0, 2_000_000_000),
       more=st.integers(1, 2_000_000_000),
       weapon=st.sampled_from([None] + [w for w, _, _ in WEAPON]),
       injury=st.sampled_from([None] + [i for i, _, _ in INJURY]))
def test_a_greater_demand_never_lowers_the_level(manual, cents, more, weapon, injury):
    """Over the §2B3.1(b)(6) table the 1991-1997 words name: monotone, level within 1-43."""
    def level(amount: int) -> int:
        facts = {"amount_demanded": f"{amount // 100}.{amount % 100:02d}"}
        facts |= {"weapon": weapon} if weapon else {}
        facts |= {"bodily_injury": injury} if injury else {}
        return chapter_two_level(manual, "2B3.2", "extortion", facts)
    assert level(cents) <= level(cents + more)
