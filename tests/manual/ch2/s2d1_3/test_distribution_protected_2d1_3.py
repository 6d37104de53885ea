"""§2D1.3 (Nov. 1, 1987 - Oct. 31, 1989), tables/drug_distribution_protected_1987.toml.

Sources (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt): Amendment 135 quotes
§2D1.3 as it stood Jan. 15, 1988 - Oct. 31, 1989 (lines 2817-2852); Amendment 23 (Jan. 15,
1988, lines 335-346) quotes Note 1's original sentence and its replacement. The original Drug
Quantity Table (ussg's DQT_1987-11-01_original_table_verbatim.txt): line 81 "Less than the
following: 5 G Heroin" level 12; line 75 "5-9.9 G Heroin" level 14; "10-19.9 G Heroin" 16;
line 57 "40-59 G Heroin" level 20; "80-99 G" 24. ussg carries no date of 1987-1989 to a range
(§5C1.1 of those years is not entered): the level is computed on a sheet of the Manual in
force (as for the pre-1989 §2D1.2, tests/manual/ch2/part_d/test_part_d_eras.py), and the real
command line is shown to read the guideline and refuse the date.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused
from tests.manual.ch2.part_d.test_drug_guidelines_part_d import SCHOOL, _case, _level_on

WORKED = EXAMPLES / "school-distribution-2d1.3-1988.toml"
AMENDED = "1988-06-01"   # the Jan. 15, 1988 text (Amendment 23)
ORIGINAL = "1987-12-01"  # the Nov. 1, 1987 text


def _level(day: str, facts: str, drugs=(("heroin", "20 g"),), extra: str = SCHOOL):
    text = _case("2D1.3", list(drugs), date="2025-12-15", statute="21 U.S.C. § 845a",
                 extra=extra, facts=facts)
    return _level_on(day, "2D1.3", text)


def _refusal(day: str, facts: str, drugs=(("heroin", "20 g"),)) -> str:
    with pytest.raises(CaseError) as refused:
        _level(day, facts, drugs)
    return str(refused.value)


@pytest.mark.parametrize("day", [ORIGINAL, AMENDED])
@pytest.mark.parametrize("fact, paragraph", [
    ("pregnant_woman", "(a)(1)"), ("under_twenty_one", "(a)(2)(A)"),
    ("within_1000_feet_of_school", "(a)(2)(B)")])
@pytest.mark.parametrize("heroin, level, floor_shown", [
    # lines 2820-2834: "double the drug amount involved, but in no event less than level 13"
    ("2.499 g", 13, True),   # 4.998 g: "Less than ... 5 G" (line 81), 12 -> not less than 13
    ("2.5 g", 14, False),    # 5 g: "5-9.9 G" (line 75), 14: above the floor
    ("4.999 g", 14, False),  # 9.998 g: still 5-9.9 G
    ("5 g", 16, False),      # 10 g: "10-19.9 G", 16 (the doubling, not the 5 g, crosses)
])
def test_each_option_doubles_the_amount_with_a_floor_of_13(day, fact, paragraph, heroin, level,
                                                           floor_shown) -> None:
    result, steps = _level(day, f"{fact} = true", [("heroin", heroin)])
    assert result == level
    assert steps[-1].section == f"§2D1.3{paragraph}"
    assert ("not less than 13" in steps[-1].reason) is floor_shown
    assert steps[0].level == (12 if floor_shown else level)  # the §2D1.1 level of the double


@pytest.mark.parametrize("fact", ["under_twenty_one", "within_1000_feet_of_school"])
def test_five_grams_or_less_of_marihuana_is_not_an_a2_distribution(fact: str) -> None:
    """Lines 2826-2827, 2832-2833: "a controlled substance other than five grams or less of
    marihuana": 5 g is refused under (a)(2) alone; 5.001 g doubled (10.002 g) is the
    lowest marihuana level, raised to 13."""
    message = _refusal(AMENDED, f"{fact} = true", [("marihuana", "5 g")])
    assert "other than five grams or less of marihuana" in message
    assert f"offense.protected_distribution.{fact}" in message
    result, steps = _level(AMENDED, f"{fact} = true", [("marihuana", "5.001 g")])
    assert result == 13 and "not less than 13" in steps[-1].reason
    # (a)(1) has no marihuana exception: 5 g to a pregnant woman under twenty-one is (a)(1)
    result, steps = _level(AMENDED, f"pregnant_woman = true\n{fact} = true",
                           [("marihuana", "5 g")])
    assert result == 13 and steps[-1].section == "§2D1.3(a)(1)"


def test_the_marihuana_exception_reads_the_amount_distributed() -> None:
    """Of 1 kg of marihuana, 5 g sold to a person under twenty-one: the exception applies to
    what was distributed (directly_involved_drugs)."""
    message = _refusal(AMENDED, 'under_twenty_one = true\ndirectly_involved_drugs = '
                                '[{ substance = "marihuana", quantity = "5 g" }]',
                       [("marihuana", "1 kg")])
    assert "five grams or less of marihuana" in message
    # another cannabis name is not decided
    message = _refusal(AMENDED, "under_twenty_one = true", [("hashish", "3 g")])
    assert "'hashish'" in message and "not decided" in message


def test_a1_with_a2_is_four_times_from_jan_15_1988() -> None:
    """Note 1 (Amendment 23, lines 343-346; line 2840-2843): "by using four times rather than
    two times the amount distributed": 20 g -> 80 g, "80-99 G", 24; 2.5 g -> 10 g, 16."""
    result, steps = _level(AMENDED, "pregnant_woman = true\nunder_twenty_one = true")
    assert result == 24
    assert steps[-1].section == "§2D1.3(a)(1) and (a)(2)(A)"
    assert "four times rather than two times" in steps[-1].reason
    assert "4 times" in steps[-1].input
    result, _ = _level(AMENDED, "pregnant_woman = true\nwithin_1000_feet_of_school = true",
                       [("heroin", "2.5 g")])
    assert result == 16


def test_a1_with_a2_is_refused_under_the_original_note_1() -> None:
    """Before Jan. 15, 1988 Note 1 read (Amendment 23 quotes it, lines 339-341) "the
    punishment imposed under the separate enhancement provisions should be added together":
    no rule for the amount, refused quoting it; the day before Amendment 23 and on it."""
    message = _refusal("1988-01-14", "pregnant_woman = true\nunder_twenty_one = true")
    assert "offense.protected_distribution.under_twenty_one" in message
    assert "should be added together in calculating the appropriate guideline" in message
    assert _level("1988-01-15", "pregnant_woman = true\nunder_twenty_one = true")[0] == 24


@pytest.mark.parametrize("day", [ORIGINAL, AMENDED])
def test_only_one_of_a2_applies(day: str) -> None:
    """Note 1 (line 2843-2844): "only one of the enhancements in §2D1.3(a)(2) shall apply"."""
    message = _refusal(day, "under_twenty_one = true\nwithin_1000_feet_of_school = true")
    assert "only one of the enhancements in §2D1.3(a)(2) shall apply" in message


def test_a_finding_is_required_and_facts_of_other_guidelines_refused() -> None:
    assert "give pregnant_woman, under_twenty_one or within_1000_feet_of_school" in \
        _refusal(AMENDED, "pregnant_woman = false")
    # §2D1.2's fact is not §2D1.3's: the strict facts model names it
    with pytest.raises(Exception) as refused:
        _level(AMENDED, "individual_age = 14")
    assert "individual_age" in str(refused.value)


def test_the_weapon_of_2d1_1_is_part_of_the_level() -> None:
    """Note 3 (lines 2847-2852): "includes the base offense level plus the specific offense
    characteristic dealing with a weapon": 20 g doubled (40 g, 20) +2 = 22."""
    result, steps = _level(AMENDED, "within_1000_feet_of_school = true",
                           extra=SCHOOL + "\ndangerous_weapon = true")
    assert result == 22
    assert [s.section for s in steps] == ["§2D1.1(c)(9)", "§2D1.1(b)(1)", "§2D1.3(a)(2)(B)"]


def test_the_worked_case_by_hand() -> None:
    """The case file's comments: 30 g + 12 g = 42 g, "40-59 G" 20, weapon +2, 22."""
    result, steps = _level_on(AMENDED, "2D1.3", WORKED.read_text(encoding="utf-8"))
    assert [(s.section, s.level) for s in steps] == [
        ("§2D1.1(c)(9)", 20), ("§2D1.1(b)(1)", 22), ("§2D1.3(a)(2)(B)", 22)]
    assert result == 22
    assert "12 g heroin" in steps[-1].input


def test_the_command_line_reads_the_guideline_and_refuses_the_dates(tmp_path: Path,
                                                                     capsys) -> None:
    """Through the real CLI: the example's range, 22 in category I, 41-51 months (the 1987
    Sentencing Table); with the statute's terms stated, the date is refused (§5C1.1 of
    1987-1989, which a statutory term needs, is not entered); from Nov. 1, 1989 the guideline
    is refused with Amendment 135's words."""
    result = calc_json(capsys, WORKED)
    assert result["total_offense_level"] == 22
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (41, 51)
    with_terms = tmp_path / "terms.toml"
    with_terms.write_text(WORKED.read_text(encoding="utf-8").replace(
        'guideline = "2D1.3"\n', 'guideline = "2D1.3"\nstatute = "21 U.S.C. § 845a"\nstatutory_minimum_months = 12\n'
        'statutory_maximum_months = 480\n'), encoding="utf-8")
    err = calc_refused(capsys, with_terms)
    assert "sentencing_date" in err and "§5C1.1" in err
    later = tmp_path / "case.toml"
    later.write_text(WORKED.read_text(encoding="utf-8").replace(
        "sentencing_date = 1988-06-01", "sentencing_date = 1990-03-01"))
    err = calc_refused(capsys, later)
    assert "offense.guideline: §2D1.3 is not in the Guidelines Manual in force on Nov. 1, " \
           "1989" in err
    assert "use §2D1.2" in err


def test_the_table_versions() -> None:
    table = load_table("drug_distribution_protected_1987")
    assert [(v.effective, v.get("exists", True), v.get("cumulative_times"))
            for v in table.versions] == [
        (dt.date(1987, 11, 1), True, None), (dt.date(1988, 1, 15), True, 4),
        (dt.date(1989, 11, 1), False, None)]


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=4000), st.integers(min_value=1, max_value=4000),
       st.booleans())
def test_monotone_in_the_amount_and_within_13_to_43(a: int, b: int, both: bool) -> None:
    facts = "pregnant_woman = true" + ("\nunder_twenty_one = true" if both else "")
    small, large = sorted((a, b))
    low = _level(AMENDED, facts, [("heroin", f"{Decimal(small) / 10} g")])[0]
    high = _level(AMENDED, facts, [("heroin", f"{Decimal(large) / 10} g")])[0]
    assert 13 <= low <= high <= 43
