"""§2B2.1 (Burglary of a Residence or a Structure Other than a Residence; until Nov. 1, 1993
Burglary of a Residence) and §2B2.2 (Burglary of Other Structures, Nov. 1, 1987 - Oct. 31,
1993): every line of each version of §2B2.1's loss table (tables/burglary_loss_table.toml)
below/at/above, through both guidelines, computed in-process; (a) by edition; the fixed
characteristics; a worked case per era through the real command line; the refusals (a
non-residence under §2B2.1 before 1993, §2B2.2 after its deletion, cents between two 1987
lines); hypothesis: a greater loss never lowers the level.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 2781-2817 (§2B2.1 of Nov. 1, 2015: (a)(1) 17,
          (a)(2) 12; (b)(1) +2; (b)(2) "If the loss exceeded $5,000 ... (B) More than $5,000
          add 1 (C) More than $20,000 add 2 (D) More than $95,000 add 3 (E) More than $500,000
          add 4 (F) More than $1,500,000 add 5 (G) More than $3,000,000 add 6 (H) More than
          $5,000,000 add 7 (I) More than $9,500,000 add 8"; (b)(3) +1; (b)(4) +2);
          M2025 = manual_2025/GLM2025_fulltext.txt lines 5945-5976 (the same)
  App. C (appendix_c_2016/): A105 = Vol_I 1804-1823 (the 1987 table it deleted: "(A) $2,500 or
          less no increase (B) $2,501 - $10,000 add 1 (C) $10,001 - $50,000 add 2 (D) $50,001 -
          $250,000 add 3 (E) $250,001 - $1,000,000 add 4 (F) $1,000,001 - $5,000,000 add 5 (G)
          more than $5,000,000 add 6"; the one it inserted Nov. 1, 1989: "More than $2,500 add 1
          ... $10,000 add 2 ... $50,000 add 3 ... $250,000 add 4 ... $800,000 add 5 ...
          $1,500,000 add 6 ... $2,500,000 add 7 ... $5,000,000 add 8"); A481 = Vol_I 14018-14049
          ((a)(1) 17, (a)(2) 12; §2B2.2 "deleted in its entirety as follows": (a) 12, (b)(2)
          "the table in §2B2.1"); A315 = Vol_I 6450-6463 ((b)(3), Nov. 1, 1990); A106/A107 =
          Vol_I 1828-1842 ((b)(4), Nov. 1, 1989); A12/A13 = Vol_I 250-262 ("loss", June 15, 1988);
          A791 = Supplement 4619-4644 (the 2015 table)
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.money import dollars
from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import chapter_two_level

# the lines of each table as the sources print them: (first amount of the line, levels)
TABLE_1987 = [("$2,501", 1), ("$10,001", 2), ("$50,001", 3), ("$250,001", 4),
              ("$1,000,001", 5), ("$5,000,000.01", 6)]  # A105 (deleted); (G) "more than $5,000,000"
TABLE_1989 = [("$2,500", 1), ("$10,000", 2), ("$50,000", 3), ("$250,000", 4), ("$800,000", 5),
              ("$1,500,000", 6), ("$2,500,000", 7), ("$5,000,000", 8)]  # A105 (inserted): more than
TABLE_2015 = [("$5,000", 1), ("$20,000", 2), ("$95,000", 3), ("$500,000", 4),
              ("$1,500,000", 5), ("$3,000,000", 6), ("$5,000,000", 7), ("$9,500,000", 8)]  # A791, M2016


def _steps(manual: str, guideline: str = "2B2.1", **facts) -> list[tuple[str, int]]:
    key = "burglary" if guideline == "2B2.1" else "burglary_other_structure"
    if guideline == "2B2.1":
        facts.setdefault("residence", True)
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": guideline, key: facts}})
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]


def _edges_whole_dollars(table):
    """1987: the last dollar of the line before, and the line's first dollar."""
    for i, (first, levels) in enumerate(table):
        if first.endswith(".01"):  # "more than": at the amount, and a cent above
            yield first[:-3], table[i - 1][1]
        else:
            yield str(dollars(first) - 1), levels - 1
        yield first, levels


def _edges_more_than(table):
    """From 1989: "More than $X": at $X the line before, a cent above the line."""
    for i, (amount, levels) in enumerate(table):
        yield amount, levels - 1
        yield str(dollars(amount) + Decimal("0.01")), levels


CASES = ([("1987-11-01", a, n) for a, n in _edges_whole_dollars(TABLE_1987)]
         + [("1988-06-15", a, n) for a, n in _edges_whole_dollars(TABLE_1987)]
         + [("1989-11-01", a, n) for a, n in _edges_more_than(TABLE_1989)]
         + [("1993-11-01", a, n) for a, n in _edges_more_than(TABLE_1989)]
         + [("2014-11-01", a, n) for a, n in _edges_more_than(TABLE_1989)]
         + [("2015-11-01", a, n) for a, n in _edges_more_than(TABLE_2015)]
         + [("2025-11-01", a, n) for a, n in _edges_more_than(TABLE_2015)])


@pytest.mark.parametrize("manual,loss,levels", CASES)
def test_every_line_of_the_loss_table_below_and_at(manual, loss, levels):
    steps = _steps(manual, loss=loss)
    assert steps[0][1] == 17 and steps[1][1] == 17 + levels
    assert steps[1][0] == "§2B2.1(b)(2)" + (f"({'ABCDEFGHI'[levels]})" if levels else "")


@pytest.mark.parametrize("manual,loss,levels", [
    c for c in CASES if c[0] in ("1987-11-01", "1989-11-01") and dollars(c[1]) < 1_000_000])
def test_2b2_2_reads_the_table_in_2b2_1(manual, loss, levels):
    # A481's quotation of §2B2.2: "(2) If the loss exceeded $2,500, increase by the
    # corresponding number of levels from the table in §2B2.1"
    steps = _steps(manual, "2B2.2", loss=loss)
    assert steps[0] == ("§2B2.2(a)", 12) and steps[1][1] == 12 + levels


def test_cents_between_two_1987_lines_refused():
    # A105's deleted lines "(A) $2,500 or less" and "(B) $2,501 - $10,000": $2,500.50 is in none
    with pytest.raises(CaseError) as error:
        _steps("1988-06-15", loss="$2,500.50")
    assert "offense.burglary.loss" in str(error.value)


@pytest.mark.parametrize("manual,residence,step", [
    ("1987-11-01", True, ("§2B2.1(a)", 17)),  # A481 deleted "Base Offense Level: 17"
    ("1992-11-01", True, ("§2B2.1(a)", 17)),
    ("1993-11-01", True, ("§2B2.1(a)(1)", 17)),  # A481 "(1) 17, if a residence"
    ("1993-11-01", False, ("§2B2.1(a)(2)", 12)),  # "(2) 12, if a structure other than a residence"
    ("2025-11-01", False, ("§2B2.1(a)(2)", 12)),
])
def test_base_offense_level(manual, residence, step):
    assert _steps(manual, loss="$0", residence=residence)[0] == step


@pytest.mark.parametrize("manual", ["1987-11-01", "1990-11-01", "1992-11-01"])
def test_a_structure_other_than_a_residence_before_1993_is_2b2_2s(manual):
    with pytest.raises(CaseError) as error:
        _steps(manual, loss="$0", residence=False)
    assert "offense.burglary.residence" in str(error.value) and "§2B2.2" in str(error.value)
    assert _steps(manual, "2B2.2", loss="$0")[0] == ("§2B2.2(a)", 12)


@pytest.mark.parametrize("manual", ["1993-11-01", "2001-11-01", "2025-11-01"])
def test_2b2_2_refused_from_its_deletion(capsys, tmp_path, manual):
    error = calc_refused(capsys, case_file(tmp_path, "2B2.2", "burglary_other_structure",
                                           'loss = "$0"', manual))
    assert "offense.guideline" in error and "Amendment 481" in error and "2B2.1" in error


@pytest.mark.parametrize("guideline", ["2B2.1", "2B2.2"])
@pytest.mark.parametrize("manual", ["1987-11-01", "1989-11-01", "1990-11-01", "1993-11-01",
                                    "2015-11-01", "2025-11-01"])
def test_the_fixed_characteristics(guideline, manual):
    if guideline == "2B2.2" and manual >= "1993-11-01":
        return
    base = 17 if guideline == "2B2.1" else 12
    steps = _steps(manual, guideline, loss="$0", more_than_minimal_planning=True,
                   firearm_destructive_device_or_controlled_substance=True,
                   dangerous_weapon_possessed=True)
    section = f"§{guideline}"
    # (b)(1) "increase by 2 levels"; (b)(2) no increase; (b)(3) "increase by 1 level"; (b)(4)
    # "increase by 2 levels" (every version: A315 and A106/A107 changed only the words)
    assert steps[1:] == [(f"{section}(b)(1)", base + 2), (f"{section}(b)(2)", base + 2),
                         (f"{section}(b)(3)", base + 3), (f"{section}(b)(4)", base + 5)]


# a worked case per era through the real command line
WORKED = [
    # 1987: 17; $3,000 "(B) $2,501 - $10,000 add 1": 18; (b)(3) "If obtaining a firearm ...
    # was an object of the offense" +1: 19
    ("1987-11-01", "2B2.1", "burglary", 'residence = true\nloss = "$3,000"\n'
     'firearm_destructive_device_or_controlled_substance = true',
     [("§2B2.1(a)", 17), ("§2B2.1(b)(2)(B)", 18), ("§2B2.1(b)(3)", 19)]),
    # 1989: 17; (b)(1) +2: 19; $60,000 "(D) More than $50,000 add 3": 22; (b)(4) +2: 24
    ("1989-11-01", "2B2.1", "burglary", 'residence = true\nloss = "$60,000"\n'
     'more_than_minimal_planning = true\ndangerous_weapon_possessed = true',
     [("§2B2.1(a)", 17), ("§2B2.1(b)(1)", 19), ("§2B2.1(b)(2)(D)", 22), ("§2B2.1(b)(4)", 24)]),
    # 1988 §2B2.2: 12; $12,000 "(C) $10,001 - $50,000 add 2": 14; (b)(4) +2: 16
    ("1988-06-15", "2B2.2", "burglary_other_structure", 'loss = "$12,000"\n'
     'dangerous_weapon_possessed = true',
     [("§2B2.2(a)", 12), ("§2B2.2(b)(2)(C)", 14), ("§2B2.2(b)(4)", 16)]),
    # 2015: (a)(2) 12; $20,000.01 "(C) More than $20,000 add 2": 14; (b)(1) +2 first: 14, 16
    ("2015-11-01", "2B2.1", "burglary", 'residence = false\nloss = "$20,000.01"\n'
     'more_than_minimal_planning = true',
     [("§2B2.1(a)(2)", 12), ("§2B2.1(b)(1)", 14), ("§2B2.1(b)(2)(C)", 16)]),
    # 2025: (a)(1) 17; $5,000 "(A) $5,000 or less no increase": 17; (b)(3) +1: 18
    ("2025-11-01", "2B2.1", "burglary", 'residence = true\nloss = "$5,000"\n'
     'firearm_destructive_device_or_controlled_substance = true',
     [("§2B2.1(a)(1)", 17), ("§2B2.1(b)(2)", 17), ("§2B2.1(b)(3)", 18)]),
]


@pytest.mark.parametrize("manual,guideline,key,facts,steps", WORKED,
                         ids=[f"{w[1]}-{w[0]}" for w in WORKED])
def test_worked_case_per_era_through_the_cli(capsys, tmp_path, manual, guideline, key, facts,
                                             steps):
    path = case_file(tmp_path, guideline, key, facts, manual)
    assert chapter_two_steps(calc_json(capsys, path)) == steps


@pytest.mark.parametrize("name,steps,months", [
    ("burglary-1995", [("§2B2.1(a)(2)", 12), ("§2B2.1(b)(1)", 14), ("§2B2.1(b)(2)(C)", 16),
                       ("§2B2.1(b)(4)", 18)], (27, 33)),
    ("burglary-other-structure-1990", [("§2B2.2(a)", 12), ("§2B2.2(b)(2)(D)", 15),
                                       ("§2B2.2(b)(3)", 16)], (24, 30)),
])
def test_the_examples_worked_by_hand(capsys, name, steps, months):
    result = calc_json(capsys, ROOT / "examples" / f"{name}.toml")
    assert chapter_two_steps(result) == steps
    assert (result["range"]["min_months"], result["range"]["max_months"]) == months


def test_an_unknown_fact_refused_naming_the_field(capsys, tmp_path):
    # §2B2.2 has one base level: residence is §2B2.1's key only
    error = calc_refused(capsys, case_file(tmp_path, "2B2.2", "burglary_other_structure",
                                           'loss = "$0"\nresidence = true', "1990-11-01"))
    assert "offense.burglary_other_structure.residence" in error


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(["1989-11-01", "1993-11-01", "2015-11-01", "2025-11-01"]),
       a=st.integers(0, 12_000_000), b=st.integers(0, 12_000_000), residence=st.booleans(),
       planning=st.booleans(), weapon=st.booleans())
def test_a_greater_loss_never_lowers_the_level(manual, a, b, residence, planning, weapon):
    residence = residence or manual < "1993-11-01"

    def level(loss: int) -> int:
        facts = {"residence": residence, "loss": str(Decimal(loss)),
                 "more_than_minimal_planning": planning, "dangerous_weapon_possessed": weapon}
        return chapter_two_level(manual, "2B2.1", "burglary", facts)
    low, high = sorted((a, b))
    assert 12 <= level(low) <= level(high) <= 43
