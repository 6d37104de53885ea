"""§2A2.1 (Assault with Intent to Commit Murder; Attempted Murder), issue #15: the base levels
and every entry of the injury paragraph in each version of tables/attempted_murder.toml, the
1987-1990 cap at, below and above, the characteristics each era has, through the real command
line; a worked case per era; the refusal of a finding an edition does not have; hypothesis:
more injury never lowers the level.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1255-1267 (§2A2.1: (a)(1) 33, (a)(2) 27 line
          1259-1261; (b)(1) line 1265; (b)(2) line 1267)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 2748-2765 (the same)
  A311  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 6291-6312 (the 1989 (a) 20 and (b)(1)-(4)
          it deleted), 6315-6326 (the (a)(1) 28, (a)(2) 22, (b)(1), (b)(2) it inserted,
          Nov. 1, 1990)
  A83   = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 1480-1483; A84 = lines 1490-1500 ((b)(3)(D)
          +3, (E) +5; the 1987 comment. (n.2) on interpolation it deleted)
  A663  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 143-147 (28 -> 33, 22 -> 27, Nov. 1, 2004)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file
from tests.conftest import ROOT
from tests.strategies import chapter_two_level

EXAMPLE = ROOT / "examples" / "attempted-murder-2025.toml"

OLD = ["1987-11-01", "1989-11-01"]  # A311's deleted text (1987: before A83, A84)
A311 = ["1990-11-01", "2003-11-01"]  # A311's inserted text
A663 = ["2004-11-01", "2016", "2025"]  # S2016, S2025
EDITIONS = OLD + A311 + A663


def _case(tmp_path: Path, facts: str, manual: str) -> Path:
    return case_file(tmp_path, "2A2.1", "attempted_murder", facts, manual)


def _steps(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    result = _run(capsys, _case(tmp_path, facts, manual))
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


# (a): A311 deleted "(a) Base Offense Level: 20"; inserted "(1) 28 ... (2) 22"; A663 struck
# "28" for "33" and "22" for "27" (S2016 lines 1259-1261).
BASE = [(m, "", "§2A2.1(a)", 20) for m in OLD] + \
       [(m, f, p, level) for m in A311 for f, p, level in (
           ("", "§2A2.1(a)(2)", 22), ("object_first_degree_murder = true", "§2A2.1(a)(1)", 28))] + \
       [(m, f, p, level) for m in A663 for f, p, level in (
           ("", "§2A2.1(a)(2)", 27), ("object_first_degree_murder = true", "§2A2.1(a)(1)", 33))]


@pytest.mark.parametrize("manual,facts,section,level", BASE)
def test_base_offense_level(capsys, tmp_path, manual, facts, section, level):
    assert _steps(capsys, tmp_path, facts, manual) == [(section, level)]


# The injury paragraph. 1987 (A311's deleted (b)(3) less A84's (D), (E)): +2, +4, +6, the
# intervening levels by comment. (n.2) (quoted by A84); 1989 (A84): (D) +3, (E) +5; from 1990
# (A311; S2016 line 1265) (b)(1): (A) permanent +4, (B) serious +2, (C) between +3, no lesser.
INJURY_1987 = [("bodily_injury", "(b)(3)(A)", 22),
               ("between_bodily_and_serious", "(b)(3) and comment. (n.2)", 23),
               ("serious_bodily_injury", "(b)(3)(B)", 24),
               ("between_serious_and_permanent", "(b)(3) and comment. (n.2)", 25),
               ("permanent_or_life_threatening", "(b)(3)(C)", 26)]
INJURY_1989 = [("bodily_injury", "(b)(3)(A)", 22), ("between_bodily_and_serious", "(b)(3)(D)", 23),
               ("serious_bodily_injury", "(b)(3)(B)", 24),
               ("between_serious_and_permanent", "(b)(3)(E)", 25),
               ("permanent_or_life_threatening", "(b)(3)(C)", 26)]
INJURY_NEW = [("serious_bodily_injury", "(b)(1)(B)", 2), ("between_serious_and_permanent",
              "(b)(1)(C)", 3), ("permanent_or_life_threatening", "(b)(1)(A)", 4)]
INJURY = [("1987-11-01", i, c, level) for i, c, level in INJURY_1987] + \
         [("1989-11-01", i, c, level) for i, c, level in INJURY_1989] + \
         [(m, i, c, base + add) for m, base in (("1990-11-01", 22), ("2003-11-01", 22),
                                                ("2004-11-01", 27), ("2016", 27), ("2025", 27))
          for i, c, add in INJURY_NEW]


@pytest.mark.parametrize("manual,injury,clause,level", INJURY)
def test_injury_table(capsys, tmp_path, manual, injury, clause, level):
    result = _run(capsys, _case(tmp_path, f'bodily_injury = "{injury}"', manual))
    assert result["total_offense_level"] == level
    assert any(s["section"] == f"§2A2.1{clause}" for s in result["steps"])


@pytest.mark.parametrize("manual", A311 + A663)
@pytest.mark.parametrize("injury", ["bodily_injury", "between_bodily_and_serious"])
def test_a_lesser_injury_adds_nothing_from_1990(capsys, tmp_path, manual, injury):
    # (b)(1) from A311 names only serious, permanent or life-threatening injury and between
    result = _run(capsys, _case(tmp_path, f'bodily_injury = "{injury}"', manual))
    step = next(s for s in result["steps"] if s["section"] == "§2A2.1(b)(1)")
    assert step["change"] == "no increase"
    assert result["total_offense_level"] == (22 if manual in A311 else 27)


# A311's deleted text: "Provided, however, that the cumulative adjustments from (2) and (3)
# shall not exceed 9 levels." Weapon (b)(2): (A) +5, (B) +4, (C) +3.
CAP_9 = [("dangerous_weapon_brandished_or_threatened", "serious_bodily_injury", 27, False),  # 7
         ("dangerous_weapon_otherwise_used", "serious_bodily_injury", 28, False),  # 8: below
         ("firearm_discharged", "serious_bodily_injury", 29, False),               # 9: at
         ("firearm_discharged", "between_serious_and_permanent", 29, True),        # 10 -> 9
         ("firearm_discharged", "permanent_or_life_threatening", 29, True)]        # 11 -> 9


@pytest.mark.parametrize("manual", OLD)
@pytest.mark.parametrize("weapon,injury,level,capped", CAP_9)
def test_cap_on_weapon_and_injury_before_1990(capsys, tmp_path, manual, weapon, injury, level,
                                              capped):
    result = _run(capsys, _case(tmp_path, f'weapon = "{weapon}"\nbodily_injury = "{injury}"',
                                manual))
    assert result["total_offense_level"] == level
    assert any("capped" in s["title"] for s in result["steps"]) == capped


def test_weapon_words_before_amendment_83(capsys, tmp_path):
    # A83: (b)(2)(B) "a firearm or a dangerous weapon" -> "a dangerous weapon (including a
    # firearm)"
    reasons = {m: next(s["reason"] for s in _run(capsys, _case(
        tmp_path, 'weapon = "dangerous_weapon_otherwise_used"', m))["steps"]
        if s["section"] == "§2A2.1(b)(2)(B)") for m in OLD}
    assert "a firearm or a dangerous weapon was otherwise used" in reasons["1987-11-01"]
    assert "a dangerous weapon (including a firearm)" in reasons["1989-11-01"]


def test_worked_case_1989_era(capsys, tmp_path):
    """Nov. 1, 1989 Manual (A311's deleted text): 20, planning +2, a dangerous weapon
    otherwise used +4, serious bodily injury +4 (8, under the cap of 9), motivated by
    payment +2: 20, 22, 26, 30, 32."""
    assert _steps(capsys, tmp_path, 'more_than_minimal_planning = true\n'
                  'weapon = "dangerous_weapon_otherwise_used"\n'
                  'bodily_injury = "serious_bodily_injury"\nmotivated_by_payment = true',
                  "1989-11-01") == [("§2A2.1(a)", 20), ("§2A2.1(b)(1)", 22),
                                    ("§2A2.1(b)(2)(B)", 26), ("§2A2.1(b)(3)(B)", 30),
                                    ("§2A2.1(b)(4)", 32)]


def test_worked_case_1990_era(capsys, tmp_path):
    """Nov. 1, 1995 Manual (A311's inserted text): first degree murder the object, 28;
    between serious and permanent injury (C) +3; pecuniary value (b)(2) +4: 28, 31, 35."""
    assert _steps(capsys, tmp_path, 'object_first_degree_murder = true\n'
                  'bodily_injury = "between_serious_and_permanent"\n'
                  'offer_or_receipt_of_pecuniary_value = true', "1995-11-01") == [
        ("§2A2.1(a)(1)", 28), ("§2A2.1(b)(1)(C)", 31), ("§2A2.1(b)(2)", 35)]


def test_worked_case_2025(capsys):
    """examples/attempted-murder-2025.toml, worked by hand in its comments from S2025."""
    result = _run(capsys, EXAMPLE)
    two = [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]
    assert two == [("§2A2.1(a)(1)", 33), ("§2A2.1(b)(1)(A)", 37), ("§2A2.1(b)(2)", 41)]
    assert result["total_offense_level"] == 41
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 41, I: 324-405
    assert result["range"] == {"min_months": 324, "max_months": 405, "life": False}


REFUSED = [("1989-11-01", "object_first_degree_murder = true", "object_first_degree_murder",
            "Amendment 311"),
           ("1989-11-01", "offer_or_receipt_of_pecuniary_value = true",
            "offer_or_receipt_of_pecuniary_value", "Amendment 311"),
           ("1990-11-01", "more_than_minimal_planning = true", "more_than_minimal_planning",
            "Amendment 311"),
           ("2025", 'weapon = "firearm_discharged"', "weapon", "Amendment 311"),
           ("2016", "motivated_by_payment = true", "motivated_by_payment", "Amendment 311")]


@pytest.mark.parametrize("manual,facts,field,words", REFUSED)
def test_a_finding_the_edition_lacks_is_refused(capsys, tmp_path, manual, facts, field, words):
    err = _refused(capsys, _case(tmp_path, facts, manual))
    assert f"offense.attempted_murder.{field}" in err and words in err


def test_a_manual_after_the_tables_is_refused(capsys, tmp_path):
    # reviewed through the Nov. 1, 2025 Manual: a later edition is not guessed
    err = _refused(capsys, _case(tmp_path, "", "2026-11-01"))
    assert "2026" in err


ORDER = [None, "bodily_injury", "between_bodily_and_serious", "serious_bodily_injury",
         "between_serious_and_permanent", "permanent_or_life_threatening"]


@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS), start=st.integers(0, 5), worse=st.integers(1, 5),
       flags=st.lists(st.booleans(), min_size=3, max_size=3),
       weapon=st.sampled_from([None, "firearm_discharged", "dangerous_weapon_otherwise_used",
                               "dangerous_weapon_brandished_or_threatened"]))
def test_more_injury_never_lowers_the_level(manual, start, worse, flags, weapon):
    def level(injury: str | None) -> int:
        if manual in OLD:
            facts = {"more_than_minimal_planning": flags[0], "motivated_by_payment": flags[1]}
            facts |= {"weapon": weapon} if weapon else {}
        else:
            facts = {"object_first_degree_murder": flags[2],
                     "offer_or_receipt_of_pecuniary_value": flags[1]}
        facts |= {"bodily_injury": injury} if injury else {}
        return chapter_two_level(manual, "2A2.1", "attempted_murder", facts)
    end = min(start + worse, len(ORDER) - 1)
    assert level(ORDER[start]) <= level(ORDER[end])
