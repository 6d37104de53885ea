"""§2C1.2 (Offering, Giving, Soliciting, or Receiving a Gratuity) in every version of
tables/gratuity.toml: every edge of the value (the §2F1.1 or §2B1.1 table of the same date, the
one-level band of 2001-2004), of "the greater" of the value and the official's 8 levels (until
2004) and of (b)(3)'s floor of 15 (from 2004), computed in-process through the engine; a worked
case per era through the real command line; the refusal of a fact an edition lacks (exit 2, the
field named) and of §3B1.3; hypothesis: a greater value never lowers the level.

Sources (under /work/shared/reference/ussg/):
  M2016 = manual_2016/GLM2016_fulltext.txt lines 3431-3451 (§2C1.2 of Nov. 1, 2015: (a)(1) 11
          public official, (a)(2) 9; (b)(1) +2; (b)(2) "exceeded $6,500 ... the table in
          §2B1.1"; (b)(3) +4, "less than level 15, increase to level 15"; (b)(4) +2), 3483
          (note 4, §3B1.3); M2025 = manual_2025/GLM2025_fulltext.txt lines 7285-7321 (the same)
  App. C (appendix_c_2016/): A121 = Vol_I 2063-2066 ((b)(1) more than one gratuity, "(If more
          than one applies, use the greater)" for "Apply the greater"); A617 = Vol_II 6572-6580
          (struck: "(A) If the value of the gratuity exceeded $2,000, ... §2F1.1"; inserted: (i)
          $2,000-$5,000 +1, (ii) over $5,000 the §2B1.1 table); A666 = Vol_III 2822-2853 (the
          §2C1.2 struck: "Base Offense Level: 7", (B) "+8") and 3090-3118 (the new (a)-(c):
          11/9, $5,000, +4 and level 15, (b)(4)); A791 = Supplement 4675-4676 ($6,500)
  Loss tables: §2F1.1 1987 (A154 quotes it, Vol_I 3104-3117: "$2,001 - $5,000 add 1",
          "$5,001 - $10,000 add 2", "$200,001 - $500,000 add 7", "$500,001 - $1,000,000 add 8");
          §2F1.1 1989 (A154, Vol_I 3119-3138: "More than $2,000 add 1", "$5,000 add 2",
          "$120,000 add 7", "$200,000 add 8", "$350,000 add 9"); §2B1.1 2001 (A617: "More than
          $5,000 add 2", "$10,000 add 4", "$30,000 add 6", "$70,000 add 8", "$120,000 add
          10"); §2B1.1 2015 (A791, Supplement 4596-4614: "More than $6,500 add 2", "$15,000 add
          4")
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

VERSIONS = ["1987-11-01", "1989-11-01", "1991-11-01", "2001-11-01", "2004-11-01", "2010-11-01",
            "2015-11-01"]


def _steps(manual: str, adjustments: dict | None = None, **facts) -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step, computed in-process from the real tables."""
    data = {"manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2C1.2", "gratuity": facts}}
    if adjustments:
        data["adjustments"] = adjustments
    case = Case.model_validate(data)
    return [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]


def _refused(manual: str, adjustments: dict | None = None, **facts) -> CaseError:
    with pytest.raises(CaseError) as error:
        _steps(manual, adjustments, **facts)
    return error.value


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-01-15", "1988-10-15"])
@pytest.mark.parametrize("value,level", [
    ("$2,000", 7), ("$2,001", 8),  # A617 "exceeded $2,000"; §2F1.1 1987 "$2,001 - $5,000 add 1"
    ("$5,000", 8), ("$5,001", 9),  # "$5,001 - $10,000 add 2"
])
def test_value_1987_the_whole_dollar_lines_of_2f1_1(manual, value, level):
    # base 7 (A666 quotes "Base Offense Level: 7"; no amendment before it touched (a))
    assert _steps(manual, gratuity_value=value) == [("§2C1.2(a)", 7), ("§2C1.2(b)(1)", level)]


@pytest.mark.parametrize("manual", ["1989-11-01", "1991-11-01", "1995-11-01", "2001-05-01"])
@pytest.mark.parametrize("value,level", [
    ("$2,000", 7), ("$2,000.01", 8),  # §2F1.1 1989 "(B) More than $2,000 add 1"
    ("$5,000", 8), ("$5,000.01", 9),  # "(C) More than $5,000 add 2"
])
def test_value_1989_to_2001_the_2f1_1_table(manual, value, level):
    assert _steps(manual, gratuity_value=value)[1] == ("§2C1.2(b)(2)(A)", level)


@pytest.mark.parametrize("manual", ["2001-11-01", "2003-11-01", "2003-11-05"])
@pytest.mark.parametrize("value,step", [
    ("$2,000", ("§2C1.2(b)(2)(A)", 7)),  # A617: (i) "exceeded $2,000"
    ("$2,000.01", ("§2C1.2(b)(2)(A)(i)", 8)),
    ("$5,000", ("§2C1.2(b)(2)(A)(i)", 8)),  # "but did not exceed $5,000"
    ("$5,000.01", ("§2C1.2(b)(2)(A)(ii)", 9)),  # §2B1.1 2001 "(B) More than $5,000 add 2"
    ("$10,000", ("§2C1.2(b)(2)(A)(ii)", 9)),
    ("$10,000.01", ("§2C1.2(b)(2)(A)(ii)", 11)),  # "(C) More than $10,000 add 4"
])
def test_value_2001_to_2004_the_band_and_the_2b1_1_table(manual, value, step):
    assert _steps(manual, gratuity_value=value)[1] == step


@pytest.mark.parametrize("manual", ["2004-11-01", "2010-11-01", "2014-11-01"])
@pytest.mark.parametrize("value,level", [
    ("$5,000", 9), ("$5,000.01", 11),  # A666 (b)(2) "exceeded $5,000"; §2B1.1 "(B) ... add 2"
    ("$10,000", 11), ("$10,000.01", 13),  # "(C) More than $10,000 add 4"
])
def test_value_2004_to_2015(manual, value, level):
    # A666 (a)(2) "9, otherwise"
    assert _steps(manual, gratuity_value=value) == [("§2C1.2(a)(2)", 9), ("§2C1.2(b)(2)", level)]


@pytest.mark.parametrize("manual", ["2015-11-01", "2024-11-01", "2025-11-01"])
@pytest.mark.parametrize("value,level", [
    ("$6,500", 11), ("$6,500.01", 13),  # M2016/M2025 (b)(2) "exceeded $6,500"; "(B) ... add 2"
    ("$15,000", 13), ("$15,000.01", 15),  # "(C) More than $15,000 add 4"
])
def test_value_from_2015_public_official(manual, value, level):
    # M2016 (a)(1) "11, if the defendant was a public official"
    assert _steps(manual, public_official=True, gratuity_value=value) == [
        ("§2C1.2(a)(1)", 11), ("§2C1.2(b)(2)", level)]


@pytest.mark.parametrize("manual,value,applied,not_applied,level", [
    # 1987 "Apply the greater": §2F1.1 1987 "$200,001 - $500,000 add 7" < 8 (below);
    # "$500,001 - $1,000,000 add 8" = 8 (at: the value, not fewer)
    ("1987-11-01", "$500,000", "§2C1.2(b)(2)", "§2C1.2(b)(1)", 15),
    ("1987-11-01", "$500,001", "§2C1.2(b)(1)", "§2C1.2(b)(2)", 15),
    # 1989-2001: "(H) More than $120,000 add 7" (below), "(I) ... $200,000 add 8" (at),
    # "(J) ... $350,000 add 9" (above)
    ("1991-11-01", "$200,000", "§2C1.2(b)(2)(B)", "§2C1.2(b)(2)(A)", 15),
    ("1991-11-01", "$200,000.01", "§2C1.2(b)(2)(A)", "§2C1.2(b)(2)(B)", 15),
    ("1991-11-01", "$350,000.01", "§2C1.2(b)(2)(A)", "§2C1.2(b)(2)(B)", 16),
    # 2001-2004: §2B1.1 "(D) More than $30,000 add 6" (below), "(E) ... $70,000 add 8" (at),
    # "(F) ... $120,000 add 10" (above)
    ("2001-11-01", "$70,000", "§2C1.2(b)(2)(B)", "§2C1.2(b)(2)(A)(ii)", 15),
    ("2001-11-01", "$70,000.01", "§2C1.2(b)(2)(A)(ii)", "§2C1.2(b)(2)(B)", 15),
    ("2001-11-01", "$120,000.01", "§2C1.2(b)(2)(A)(ii)", "§2C1.2(b)(2)(B)", 17),
])
def test_until_2004_the_greater_of_the_value_and_the_official(manual, value, applied,
                                                              not_applied, level):
    steps = _steps(manual, gratuity_value=value, high_level_official=True)
    assert steps[-1][1] == level
    assert {section for section, _ in steps[1:]} == {applied, not_applied}
    # the one not applied leaves the level as it was: 7 (base) before the one applied
    assert [s for s in steps if s[0] == not_applied][0][1] in (7, level)


def test_until_2004_the_official_alone_plus_8():
    # A666 quotes the struck (B): "increase by 8 levels"
    assert _steps("2003-11-01", high_level_official=True) == [("§2C1.2(a)", 7),
                                                               ("§2C1.2(b)(2)(B)", 15)]


@pytest.mark.parametrize("manual,facts,steps", [
    # A666 (b)(3): +4, "less than level 15, increase to level 15": 9 + 4 = 13 -> 15 (below)
    ("2004-11-01", {}, [("§2C1.2(a)(2)", 9), ("§2C1.2(b)(3)", 13), ("§2C1.2(b)(3)", 15)]),
    # 11 + 4 = 15 (at)
    ("2010-11-01", {"public_official": True},
     [("§2C1.2(a)(1)", 11), ("§2C1.2(b)(3)", 15), ("§2C1.2(b)(3)", 15)]),
    # 11 + 2 + 4 = 17 (above)
    ("2025-11-01", {"public_official": True, "more_than_one_gratuity": True},
     [("§2C1.2(a)(1)", 11), ("§2C1.2(b)(1)", 13), ("§2C1.2(b)(3)", 17), ("§2C1.2(b)(3)", 17)]),
])
def test_from_2004_the_official_plus_4_and_the_floor_of_15(manual, facts, steps):
    assert _steps(manual, high_level_official=True, **facts) == steps


@pytest.mark.parametrize("manual", ["2004-11-01", "2025-11-01"])
def test_from_2004_the_public_official_who_facilitated_plus_2_once(manual):
    # A666 (b)(4): "increase by 2 levels", whatever number of (A)-(C)
    assert _steps(manual, public_official=True,
                  facilitated=["entry", "identification_document"]) == [
        ("§2C1.2(a)(1)", 11), ("§2C1.2(b)(4)", 13)]


def test_facilitated_needs_a_public_official():
    error = _refused("2025-11-01", facilitated=["entry"])
    assert "offense.gratuity.facilitated" in str(error)
    assert "public official" in str(error)


@pytest.mark.parametrize("manual,facts,field,amendment", [
    ("2003-11-05", {"public_official": True}, "public_official", "666"),
    ("1988-10-15", {"more_than_one_gratuity": True}, "more_than_one_gratuity", "121"),
    ("2003-11-05", {"public_official": False, "facilitated": ["entry"]}, "facilitated", "666"),
])
def test_a_fact_the_edition_lacks_is_refused(manual, facts, field, amendment):
    error = _refused(manual, **facts)
    assert f"offense.gratuity.{field}" in str(error)
    assert f"Amendment {amendment}" in str(error)


@pytest.mark.parametrize("manual,note", [("1987-11-01", "(n.2)"), ("2025-11-01", "(n.4)")])
@pytest.mark.parametrize("name", ["abuse_of_trust", "special_skill"])
def test_3b1_3_is_refused(manual, note, name):
    # A666 quotes note 2 (struck) and note 4 (inserted); M2016 line 3483: "Do not apply the
    # adjustment in §3B1.3"
    error = _refused(manual, {"role": {name: True}}, gratuity_value="$100")
    assert f"adjustments.role.{name}" in str(error)
    assert note in str(error)


# the worked cases, one per era, through the real command line
WORKED = [
    # 1987: 7; $30,000, §2F1.1 1987 "(E) $20,001 - $50,000 add 4": 11
    ("1987-11-01", 'gratuity_value = "$30,000"', [("§2C1.2(a)", 7), ("§2C1.2(b)(1)", 11)]),
    # 1991: 7; more than one +2: 9; $30,000 "(E) More than $20,000 add 4" < 8: the official +8
    ("1991-11-01", 'more_than_one_gratuity = true\ngratuity_value = "$30,000"\n'
     'high_level_official = true',
     [("§2C1.2(a)", 7), ("§2C1.2(b)(1)", 9), ("§2C1.2(b)(2)(A)", 9), ("§2C1.2(b)(2)(B)", 17)]),
    # 2001: 7; $3,000: (i) +1: 8
    ("2001-11-01", 'gratuity_value = "$3,000"', [("§2C1.2(a)", 7), ("§2C1.2(b)(2)(A)(i)", 8)]),
    # 2004: public official 11; +2: 13; $12,000 "(C) More than $10,000 add 4": 17; (b)(4) +2: 19
    ("2004-11-01", 'public_official = true\nmore_than_one_gratuity = true\n'
     'gratuity_value = "$12,000"\nfacilitated = ["immigration_document"]',
     [("§2C1.2(a)(1)", 11), ("§2C1.2(b)(1)", 13), ("§2C1.2(b)(2)", 17), ("§2C1.2(b)(4)", 19)]),
    # 2025: 9; $7,000 "(B) More than $6,500 add 2": 11; official +4: 15; not less than 15
    ("2025-11-01", 'gratuity_value = "$7,000"\nhigh_level_official = true',
     [("§2C1.2(a)(2)", 9), ("§2C1.2(b)(2)", 11), ("§2C1.2(b)(3)", 15), ("§2C1.2(b)(3)", 15)]),
]


@pytest.mark.parametrize("manual,facts,steps", WORKED, ids=[w[0] for w in WORKED])
def test_worked_case_per_era_through_the_cli(capsys, tmp_path, manual, facts, steps):
    path = case_file(tmp_path, "2C1.2", "gratuity", facts, manual)
    assert chapter_two_steps(calc_json(capsys, path)) == steps


def test_the_example_worked_by_hand(capsys):
    # examples/gratuity-2016.toml: 11, 13, 19, 23, 23 (the floor not reached)
    result = calc_json(capsys, ROOT / "examples" / "gratuity-2016.toml")
    assert chapter_two_steps(result) == [
        ("§2C1.2(a)(1)", 11), ("§2C1.2(b)(1)", 13), ("§2C1.2(b)(2)", 19),
        ("§2C1.2(b)(3)", 23), ("§2C1.2(b)(3)", 23)]
    assert result["range"] == {"min_months": 46, "max_months": 57, "life": False}


def test_a_fact_the_edition_lacks_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2C1.2", "gratuity", 'public_official = true', "2003-11-05")
    error = calc_refused(capsys, path)
    assert "offense.gratuity.public_official" in error
    assert "Amendment 666" in error


def test_a_date_after_the_entered_editions_is_refused(capsys, tmp_path):
    # reviewed through the Nov. 1, 2025 Manual: the Nov. 1, 2026 edition is not entered
    error = calc_refused(capsys, case_file(tmp_path, "2C1.2", "gratuity",
                                           'gratuity_value = "$100"', "2026-11-01"))
    assert "2026" in error


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(VERSIONS[1:]), a=st.integers(0, 30_000_000),
       b=st.integers(0, 30_000_000), high=st.booleans(), more=st.booleans())
def test_a_greater_value_never_lowers_the_level(manual, a, b, high, more):
    def level(value: int) -> int:
        facts = {"gratuity_value": str(Decimal(value)), "high_level_official": high,
                 "more_than_one_gratuity": more}
        return chapter_two_level(manual, "2C1.2", "gratuity", facts)
    low, high_value = sorted((a, b))
    assert 7 <= level(low) <= level(high_value) <= 43
