"""§2B5.1 (Offenses Involving Counterfeit Bearer Obligations of the United States) in every
version of tables/counterfeiting.toml: every edge of (b)(1) (the §2F1.1 or §2B1.1 table of the
same date, the one-level band from 2001), of the manufacturing floor of 15 and of the weapon
floor of 13, computed in-process through the engine; a worked case per era through the real
command line; the refusal of a finding an edition lacks (exit 2, the field named);
hypothesis: a greater face value never lowers the level.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 3157-3171 (§2B5.1 of Nov. 1, 2015: (b)(1)
          "(A) exceeded $2,500 but did not exceed $6,500, increase by 1 level; or (B) exceeded
          $6,500, increase by the number of levels from the table in §2B1.1"; (b)(2) +2; (b)(3)
          "less than level 15, increase to level 15"; (b)(4) +2, "less than level 13, increase
          to level 13"; (b)(5) +2); M2025 = manual_2025/GLM2025_fulltext.txt lines 6656-6690
          (the same words)
  App. C (appendix_c_2016/): A617 = Vol_II 6514-6522 (the (b)(1) struck: "exceeded $2,000,
          increase by the corresponding number of levels from the table at §2F1.1"; inserted:
          (A) $2,000-$5,000 +1, (B) over $5,000 the §2B1.1 table); A618 = Vol_II 7666-7674
          (the (b)(2) floor "less than 15, increase to level 15" struck, (B) and the new (b)(3)
          inserted); A513 = Vol_I 16367-16370 (weapon, 1995); A554 = Vol_I 20037-20040 (outside
          the United States, 1997); A731 = Vol_III 13413-13416 (bleached paper, 2009); A791 =
          Supplement 4670-4672 ($2,500/$6,500, 2015)
  Loss tables: §2F1.1 1987 (A154 quotes it, Vol_I 3104-3117: "$2,001 - $5,000 add 1",
          "$5,001 - $10,000 add 2", "$50,001 - $100,000 add 5", "$100,001 - $200,000 add 6",
          "$200,001 - $500,000 add 7"); §2F1.1 1989 (A154: "More than $2,000 add 1", "$5,000 add
          2", "$40,000 add 5", "$70,000 add 6", "$120,000 add 7"); §2B1.1 2001 (A617: "More
          than $5,000 add 2", "$10,000 add 4"); §2B1.1 2015 (A791, Supplement 4596-4614: "More
          than $6,500 add 2", "$15,000 add 4", "$40,000 add 6")
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import chapter_two_level

VERSIONS = ["1987-11-01", "1995-11-01", "1997-11-01", "2000-11-01", "2001-11-01", "2009-11-01",
            "2015-11-01"]
MAKE = ["manufactured_or_produced"]


def _steps(manual: str, **facts) -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step, computed in-process from the real tables."""
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2B5.1", "counterfeiting": facts}})
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]


def _level(manual: str, **facts) -> int:
    return _steps(manual, **facts)[-1][1]


def _refused(manual: str, **facts) -> CaseError:
    with pytest.raises(CaseError) as error:
        _steps(manual, **facts)
    return error.value


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-10-15"])
@pytest.mark.parametrize("value,level", [
    ("$2,000", 9), ("$2,001", 10),  # A617 "exceeded $2,000"; §2F1.1 1987 "(B) $2,001 - $5,000 add 1"
    ("$5,000", 10), ("$5,001", 11),  # "(C) $5,001 - $10,000 add 2"
])
def test_b1_1987_the_whole_dollar_lines_of_2f1_1(manual, value, level):
    assert _steps(manual, face_value=value)[1] == ("§2B5.1(b)(1)", level)


def test_b1_1987_cents_between_two_lines_refused():
    # the 1987 §2F1.1 lines are whole dollars: $2,000.50 exceeded $2,000 but is in no line
    error = _refused("1987-11-01", face_value="$2,000.50")
    assert "offense.counterfeiting.face_value" in str(error)


@pytest.mark.parametrize("manual", ["1989-11-01", "1995-11-01", "2000-11-01", "2001-05-01"])
@pytest.mark.parametrize("value,level", [
    ("$2,000", 9), ("$2,000.01", 10),  # §2F1.1 1989 "(B) More than $2,000 add 1"
    ("$5,000", 10), ("$5,000.01", 11),  # "(C) More than $5,000 add 2"
])
def test_b1_1989_to_2001_the_2f1_1_table(manual, value, level):
    assert _steps(manual, face_value=value)[1] == ("§2B5.1(b)(1)", level)


@pytest.mark.parametrize("manual", ["2001-11-01", "2009-11-01", "2014-11-01"])
@pytest.mark.parametrize("value,step", [
    ("$2,000", ("§2B5.1(b)(1)", 9)),  # A617: (A) "exceeded $2,000"
    ("$2,000.01", ("§2B5.1(b)(1)(A)", 10)),
    ("$5,000", ("§2B5.1(b)(1)(A)", 10)),  # "but did not exceed $5,000"
    ("$5,000.01", ("§2B5.1(b)(1)(B)", 11)),  # (B), §2B1.1 2001 "(B) More than $5,000 add 2"
    ("$10,000", ("§2B5.1(b)(1)(B)", 11)),
    ("$10,000.01", ("§2B5.1(b)(1)(B)", 13)),  # "(C) More than $10,000 add 4"
])
def test_b1_2001_to_2015_the_band_and_the_2b1_1_table(manual, value, step):
    assert _steps(manual, face_value=value)[1] == step


@pytest.mark.parametrize("manual", ["2015-11-01", "2024-11-01", "2025-11-01"])
@pytest.mark.parametrize("value,step", [
    ("$2,500", ("§2B5.1(b)(1)", 9)),  # M2016/M2025 (A) "exceeded $2,500"
    ("$2,500.01", ("§2B5.1(b)(1)(A)", 10)),
    ("$6,500", ("§2B5.1(b)(1)(A)", 10)),  # "but did not exceed $6,500"
    ("$6,500.01", ("§2B5.1(b)(1)(B)", 11)),  # §2B1.1 "(B) More than $6,500 add 2"
    ("$15,000", ("§2B5.1(b)(1)(B)", 11)),
    ("$15,000.01", ("§2B5.1(b)(1)(B)", 13)),  # "(C) More than $15,000 add 4"
])
def test_b1_from_2015_the_band_and_the_2b1_1_table(manual, value, step):
    assert _steps(manual, face_value=value)[1] == step


@pytest.mark.parametrize("manual,value,before,after", [
    # 1987: §2F1.1 "(F) $50,001 - $100,000 add 5": 14 -> 15 (below); "(G) $100,001 -
    # $200,000 add 6": 15 (at); "(H) $200,001 - $500,000 add 7": 16 (above)
    ("1987-11-01", "$50,001", 14, 15), ("1987-11-01", "$100,001", 15, 15),
    ("1987-11-01", "$200,001", 16, 16),
    # 1989-2001: "(F) More than $40,000 add 5", "(G) ... $70,000 add 6", "(H) ... $120,000 add 7"
    ("1995-11-01", "$40,000.01", 14, 15), ("1995-11-01", "$70,000.01", 15, 15),
    ("2000-11-01", "$120,000.01", 16, 16),
])
def test_b2_until_2001_a_floor_of_15_without_an_increase(manual, value, before, after):
    # A618 quotes the struck floor: "and the offense level as determined above is less than
    # 15, increase to level 15" ("to 15" before A605)
    steps = _steps(manual, face_value=value, counterfeiting_conduct=MAKE)
    assert steps[1][1] == before
    assert steps[2] == ("§2B5.1(b)(2)", after)
    assert len(steps) == 3


@pytest.mark.parametrize("manual,value,after_b2,after_b3", [
    # M2016: (b)(2) +2, (b)(3) "less than level 15, increase to level 15": 9 + 2 + 2 = 13 ->
    # 15 (below); 9 + 4 + 2 = 15 (at); 9 + 6 + 2 = 17 (above)
    ("2015-11-01", "$6,500.01", 13, 15), ("2015-11-01", "$15,000.01", 15, 15),
    ("2025-11-01", "$40,000.01", 17, 17),
    # 2001 (A617, A618): §2B1.1 "(B) More than $5,000 add 2" ... "(D) More than $30,000 add 6"
    ("2001-11-01", "$5,000.01", 13, 15), ("2009-11-01", "$10,000.01", 15, 15),
    ("2001-11-01", "$30,000.01", 17, 17),
])
def test_b2_b3_from_2001_plus_2_then_the_floor(manual, value, after_b2, after_b3):
    steps = _steps(manual, face_value=value, counterfeiting_conduct=MAKE)
    assert steps[2] == ("§2B5.1(b)(2)", after_b2)
    assert steps[3] == ("§2B5.1(b)(3)", after_b3)


@pytest.mark.parametrize("manual,kind", [
    ("2001-11-01", "paper_similar_to_distinctive_paper"),
    ("2001-11-01", "feature_identical_to_counterfeit_deterrent"),
    ("2009-11-01", "bleached_currency_paper"),
])
def test_b2_b_plus_2_without_the_floor(manual, kind):
    # A618: "(B) controlled or possessed ... increase by 2 levels"; (b)(3) only "If subsection
    # (b)(2)(A) applies": 9 + 2 = 11, no floor
    assert _steps(manual, face_value="$100", counterfeiting_conduct=[kind]) == [
        ("§2B5.1(a)", 9), ("§2B5.1(b)(1)", 9), ("§2B5.1(b)(2)", 11)]


def test_b2_once_for_several_kinds():
    steps = _steps("2025-11-01", face_value="$100", counterfeiting_conduct=[
        "manufactured_or_produced", "counterfeiting_device_or_materials",
        "bleached_currency_paper"])
    assert steps[2:] == [("§2B5.1(b)(2)", 11), ("§2B5.1(b)(3)", 15)]


@pytest.mark.parametrize("manual,paragraph,value,after", [
    # A513 (b)(3): +2, "If the resulting offense level is less than level 13, increase to
    # level 13": 9 + 2 = 11 -> 13 (below); 9 + 2 + 2 = 13 (at); 9 + 3 + 2 = 14 (above);
    # §2F1.1 1989 "(C) More than $5,000 add 2", "(D) More than $10,000 add 3"
    ("1995-11-01", "(b)(3)", "$100", 13), ("1997-11-01", "(b)(3)", "$5,000.01", 13),
    ("2000-11-01", "(b)(3)", "$10,000.01", 14),
    # from 2001 (b)(4); 2015: §2B1.1 "(B) More than $6,500 add 2", "(C) ... $15,000 add 4"
    ("2015-11-01", "(b)(4)", "$100", 13), ("2025-11-01", "(b)(4)", "$6,500.01", 13),
    ("2025-11-01", "(b)(4)", "$15,000.01", 15),
])
def test_weapon_plus_2_and_a_floor_of_13(manual, paragraph, value, after):
    steps = _steps(manual, face_value=value, dangerous_weapon_possessed=True)
    section = f"§2B5.1{paragraph}"
    assert [s for s in steps if s[0] == section][0][1] == steps[1][1] + 2
    assert steps[-1] == (section, after)


@pytest.mark.parametrize("manual,paragraph", [("1997-11-01", "(b)(4)"),
                                              ("2000-11-01", "(b)(4)"),
                                              ("2001-11-01", "(b)(5)"),
                                              ("2025-11-01", "(b)(5)")])
def test_outside_the_united_states_plus_2(manual, paragraph):
    # A554: "If any part of the offense was committed outside the United States, increase by
    # 2 levels."
    assert _steps(manual, face_value="$100", committed_outside_united_states=True)[-1] == (
        f"§2B5.1{paragraph}", 11)


@pytest.mark.parametrize("manual,facts,field,amendment", [
    ("1994-11-01", {"dangerous_weapon_possessed": True}, "dangerous_weapon_possessed", "513"),
    ("1997-05-01", {"committed_outside_united_states": True},
     "committed_outside_united_states", "554"),
    ("2001-05-01", {"counterfeiting_conduct": ["paper_similar_to_distinctive_paper"]},
     "counterfeiting_conduct", "618"),
    ("2008-11-01", {"counterfeiting_conduct": ["bleached_currency_paper"]},
     "counterfeiting_conduct", "731"),
])
def test_a_finding_the_edition_lacks_is_refused(manual, facts, field, amendment):
    error = _refused(manual, face_value="$100", **facts)
    assert f"offense.counterfeiting.{field}" in str(error)
    assert f"Amendment {amendment}" in str(error)


# the worked cases, one per era, through the real command line
WORKED = [
    # 1987: 9; (b)(1) $3,000, §2F1.1 1987 "(B) $2,001 - $5,000 add 1": 10; (b)(2) less than
    # 15: 15
    ("1987-11-01", 'face_value = "$3,000"\ncounterfeiting_conduct = ["counterfeiting_device_or_materials"]',
     [("§2B5.1(a)", 9), ("§2B5.1(b)(1)", 10), ("§2B5.1(b)(2)", 15)]),
    # 1995: $30,000, §2F1.1 1989 "(E) More than $20,000 add 4": 13; weapon +2: 15; not < 13
    ("1995-11-01", 'face_value = "$30,000"\ndangerous_weapon_possessed = true',
     [("§2B5.1(a)", 9), ("§2B5.1(b)(1)", 13), ("§2B5.1(b)(3)", 15), ("§2B5.1(b)(3)", 15)]),
    # 1997: $1,000: 9; (b)(2) 15; (b)(4) outside +2: 17
    ("1997-11-01", 'face_value = "$1,000"\ncounterfeiting_conduct = ["manufactured_or_produced"]\n'
     'committed_outside_united_states = true',
     [("§2B5.1(a)", 9), ("§2B5.1(b)(1)", 9), ("§2B5.1(b)(2)", 15), ("§2B5.1(b)(4)", 17)]),
    # 2001: $4,000: (A) +1: 10; (b)(2)(B)(i) paper +2: 12; (b)(5) +2: 14
    ("2001-11-01", 'face_value = "$4,000"\ncounterfeiting_conduct = ["paper_similar_to_distinctive_paper"]\n'
     'committed_outside_united_states = true',
     [("§2B5.1(a)", 9), ("§2B5.1(b)(1)(A)", 10), ("§2B5.1(b)(2)", 12), ("§2B5.1(b)(5)", 14)]),
    # 2009: $8,000: §2B1.1 2001 table "(B) More than $5,000 add 2": 11; bleached +2: 13;
    # weapon +2: 15
    ("2009-11-01", 'face_value = "$8,000"\ncounterfeiting_conduct = ["bleached_currency_paper"]\n'
     'dangerous_weapon_possessed = true',
     [("§2B5.1(a)", 9), ("§2B5.1(b)(1)(B)", 11), ("§2B5.1(b)(2)", 13), ("§2B5.1(b)(4)", 15),
      ("§2B5.1(b)(4)", 15)]),
]


@pytest.mark.parametrize("manual,facts,steps", WORKED, ids=[w[0] for w in WORKED])
def test_worked_case_per_era_through_the_cli(capsys, tmp_path, manual, facts, steps):
    path = case_file(tmp_path, "2B5.1", "counterfeiting", facts, manual)
    assert chapter_two_steps(calc_json(capsys, path)) == steps


def test_the_example_worked_by_hand(capsys):
    # examples/counterfeiting-2025.toml: 9, 11, 13, 15, 17, 17 (the weapon floor not reached)
    result = calc_json(capsys, ROOT / "examples" / "counterfeiting-2025.toml")
    assert chapter_two_steps(result) == [
        ("§2B5.1(a)", 9), ("§2B5.1(b)(1)(B)", 11), ("§2B5.1(b)(2)", 13), ("§2B5.1(b)(3)", 15),
        ("§2B5.1(b)(4)", 17), ("§2B5.1(b)(4)", 17)]
    assert result["range"] == {"min_months": 24, "max_months": 30, "life": False}


def test_a_finding_the_edition_lacks_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2B5.1", "counterfeiting",
                     'face_value = "$100"\ndangerous_weapon_possessed = true', "1994-11-01")
    error = calc_refused(capsys, path)
    assert "offense.counterfeiting.dangerous_weapon_possessed" in error
    assert "Amendment 513" in error


def test_a_date_after_the_entered_editions_is_refused(capsys, tmp_path):
    # reviewed through the Nov. 1, 2025 Manual: the Nov. 1, 2026 edition is not entered
    error = calc_refused(capsys, case_file(tmp_path, "2B5.1", "counterfeiting",
                                           'face_value = "$100"', "2026-11-01"))
    assert "2026" in error


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(VERSIONS[1:]), a=st.integers(0, 30_000_000),
       b=st.integers(0, 30_000_000), make=st.booleans(), weapon=st.booleans())
def test_a_greater_face_value_never_lowers_the_level(manual, a, b, make, weapon):
    def level(value: int) -> int:
        facts = {"face_value": str(Decimal(value)),
                 "counterfeiting_conduct": MAKE if make else [],
                 "dangerous_weapon_possessed": weapon}
        return chapter_two_level(manual, "2B5.1", "counterfeiting", facts)
    low, high = sorted((a, b))
    assert 9 <= level(low) <= level(high) <= 43
