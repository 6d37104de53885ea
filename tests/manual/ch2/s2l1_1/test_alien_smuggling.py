"""§2L1.1 (Smuggling, Transporting, or Harboring an Unlawful Alien), May 1, 1997 on (Nov. 1,
2006 - Oct. 31, 2007 also in test_2006_misprint.py), through the real CLI and the real tables
(tables/alien_smuggling.toml).

Sources (under ../shared/reference/ussg/): Amendments 543 and 561 (Vol_I lines 19268-19316,
20300-20303); 2016 Manual GLM2016_fulltext.txt lines 7801-7865;
2025 Manual GLM2025_fulltext.txt lines 14455-14557; Amendment 730 ((b)(8), Vol_III lines
13320-13340); Amendment 802 ((b)(4), Supplement lines 6651-6657).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES
from tests.manual.ch2.immigration_cli import calc, chapter_two, refused, write_case

EXAMPLE = EXAMPLES / "smuggling-2025.toml"


def case_file(tmp_path: Path, facts: str, name: str = "case", category: str = "I") -> Path:
    return write_case(tmp_path, "2L1.1", "smuggling", "8 U.S.C. § 1324(a)(1)(A)(ii)", facts,
                      name, category)


def levels(capsys, path: Path, *args: str) -> list[tuple[str, int | None, int]]:
    return chapter_two(calc(capsys, path, *args), "§2L1.1")


def test_example_2025_every_level(capsys):
    """examples/smuggling-2025.toml, worked by hand in its comments."""
    result = calc(capsys, EXAMPLE)
    assert chapter_two(result, "§2L1.1") == [
        ("§2L1.1(a)(3)", None, 12), ("§2L1.1(b)(2)(B)", 6, 18), ("§2L1.1(b)(3)(A)", 2, 20),
        ("§2L1.1(b)(4)", 4, 24), ("§2L1.1(b)(5)(C)", 2, 26), ("§2L1.1(b)(6)", 2, 28)]
    assert result["criminal_history_category"] == "II"
    assert result["range"] == {"min_months": 87, "max_months": 108, "life": False}


def test_example_2015_minor_two_levels(capsys):
    """Before Amendment 802: "(4) If the defendant smuggled, transported, or harbored a minor
    who was unaccompanied by the minor's parent or grandparent, increase by 2 levels"
    (Supplement lines 6651-6653)."""
    result = calc(capsys, EXAMPLE, "--manual", "2015")
    assert ("§2L1.1(b)(4)", 2, 22) in chapter_two(result, "§2L1.1")
    assert result["total_offense_level"] == 26
    assert result["range"] == {"min_months": 70, "max_months": 87, "life": False}


@pytest.mark.parametrize("aliens,expected", [
    (5, []),                                  # below 6: no increase
    (6, [("§2L1.1(b)(2)(A)", 3, 15)]),         # "(A) 6–24 add 3": at
    (24, [("§2L1.1(b)(2)(A)", 3, 15)]),
    (25, [("§2L1.1(b)(2)(B)", 6, 18)]),        # "(B) 25–99 add 6"
    (99, [("§2L1.1(b)(2)(B)", 6, 18)]),
    (100, [("§2L1.1(b)(2)(C)", 9, 21)]),       # "(C) 100 or more add 9"
])
@pytest.mark.parametrize("manual", ["2008", "2012", "2025"])
def test_number_of_aliens(tmp_path, capsys, manual, aliens, expected):
    """(b)(2) (2016 Manual lines 7813-7825; the same in every version entered)."""
    path = case_file(tmp_path, f"aliens = {aliens}")
    assert levels(capsys, path, "--manual", manual)[1:] == expected


@pytest.mark.parametrize("convicted,base", [
    ('convicted_1327 = "alien_inadmissible_1182a3"', ("§2L1.1(a)(1)", None, 25)),
    ('convicted_1327 = "alien_deported_after_aggravated_felony"', ("§2L1.1(a)(2)", None, 23)),
    ("", ("§2L1.1(a)(3)", None, 12)),
])
def test_base_levels_and_profit(tmp_path, capsys, convicted, base):
    """(a)(1) 25, (a)(2) 23, (a)(3) 12; (b)(1) decreases by 3 only "(B) [if] the base offense
    level is determined under subsection (a)(3)"."""
    path = case_file(tmp_path, f"{convicted}\nother_than_for_profit = true")
    expected = [base] + ([("§2L1.1(b)(1)", -3, 9)] if base[2] == 12 else [])
    assert levels(capsys, path) == expected


@pytest.mark.parametrize("facts,expected", [
    # (b)(5)(C) +2 "but if the resulting offense level is less than level 18, increase to 18"
    ('weapon = "possessed"', [("§2L1.1(b)(5)(C)", 2, 14), ("§2L1.1(b)(5)(C)", 4, 18)]),
    ('weapon = "brandished_or_otherwise_used"', [("§2L1.1(b)(5)(B)", 4, 16),
                                                 ("§2L1.1(b)(5)(B)", 4, 20)]),
    ('weapon = "firearm_discharged"', [("§2L1.1(b)(5)(A)", 6, 18), ("§2L1.1(b)(5)(A)", 4, 22)]),
    ("substantial_risk = true", [("§2L1.1(b)(6)", 2, 14), ("§2L1.1(b)(6)", 4, 18)]),
    ("involuntarily_detained = true", [("§2L1.1(b)(8)(A)", 2, 14), ("§2L1.1(b)(8)(A)", 4, 18)]),
    # above the floor: no move (100 aliens: 21, +2 = 23 > 18)
    ('aliens = 100\nweapon = "possessed"',
     [("§2L1.1(b)(2)(C)", 9, 21), ("§2L1.1(b)(5)(C)", 2, 23)]),
])
def test_floors(tmp_path, capsys, facts, expected):
    """(b)(5)(A)-(C) floors 22/20/18, (b)(6) and (b)(8)(A) floor 18 (2025 lines 14493-14540)."""
    assert levels(capsys, case_file(tmp_path, facts))[1:] == expected


@pytest.mark.parametrize("injury,add", [("bodily_injury", 2), ("serious_bodily_injury", 4),
                                         ("permanent_or_life_threatening_bodily_injury", 6)])
def test_injury(tmp_path, capsys, injury, add):
    """(b)(7) "(A) Bodily Injury add 2 levels (B) Serious Bodily Injury add 4 levels (C)
    Permanent or Life-Threatening Bodily Injury add 6 levels"."""
    assert levels(capsys, case_file(tmp_path, f'injury = "{injury}"'))[1][1:] == (add, 12 + add)


def test_death_and_cross_reference(tmp_path, capsys):
    """(b)(7)(D) "Death add 10 levels" -> 22; (c)(1) the homicide guideline's level "if the
    resulting offense level is greater": 38 is applied, 20 is not; without it, refused."""
    path = case_file(tmp_path, 'injury = "death"\nhomicide_offense_level = 38')
    assert levels(capsys, path)[1:] == [("§2L1.1(b)(7)(D)", 10, 22), ("§2L1.1(c)(1)", 16, 38)]
    path = case_file(tmp_path, 'injury = "death"\nhomicide_offense_level = 20', name="low")
    assert levels(capsys, path)[1:] == [("§2L1.1(b)(7)(D)", 10, 22)]
    path = case_file(tmp_path, 'injury = "death"', name="missing")
    assert "offense.smuggling.homicide_offense_level" in refused(capsys, path)


def test_prostitution_greater_of_b8(tmp_path, capsys):
    """(b)(8) "(Apply the greater)": (B) +6 for a minor (with a §3B1.1 adjustment) beats (A)'s
    floor of 18 only when greater; (B) does not exist before Amendment 730 (Nov. 1, 2009)."""
    facts = 'aliens = 100\ninvoluntarily_detained = true\nharboring_for_prostitution = "minor"'
    path = case_file(tmp_path, facts)
    text = path.read_text() + '\n[adjustments.role]\naggravating = "manager_or_supervisor"\n' \
        'participants = 5\n'
    path.write_text(text)
    assert levels(capsys, path)[1:] == [("§2L1.1(b)(2)(C)", 9, 21), ("§2L1.1(b)(8)(B)", 6, 27)]
    assert "offense.smuggling.harboring_for_prostitution" in refused(capsys, path, "--manual",
                                                                     "2008")


def test_felony_immigration_priors(tmp_path, capsys):
    """(b)(3): "(B) two (or more) convictions ... each such conviction arising out of a separate
    prosecution, increase by 4 levels"; two on one charging instrument are one prosecution."""
    path = tmp_path / "priors.toml"
    prior = """
[[criminal_history.priors]]
kind = "felony"
offense_date = {d}
sentence_date = {d}
imprisonment = "10 months"
release_date = {d}
charging_instrument = "{c}"
"""
    head = case_file(tmp_path, 'immigration_felony_priors = ["1", "2"]').read_text()
    head = head.replace('category = "I"',
                        "instant_offense_began = 2024-08-01\nbirth_date = 1980-01-01")
    path.write_text(head + prior.format(d="2019-01-10", c="CR-1") + prior.format(d="2020-02-10",
                                                                                 c="CR-2"))
    assert levels(capsys, path)[1:] == [("§2L1.1(b)(3)(B)", 4, 16)]
    path.write_text(head + prior.format(d="2019-01-10", c="CR-1") + prior.format(d="2019-01-10",
                                                                                 c="CR-1"))
    assert levels(capsys, path)[1:] == [("§2L1.1(b)(3)(A)", 2, 14)]


def test_the_2006_year_is_computed(tmp_path, capsys):
    """Nov. 1, 2006 - Oct. 31, 2007 was a gap until (b)(1)'s misprint "(a)(2)" was applied as
    printed with a warning (Amendments 692 and 702: test_2006_misprint.py). (Dates before May 1,
    1997 are computed since issue #15: test_alien_smuggling_1987_1997.py.)"""
    path = case_file(tmp_path, "aliens = 10")
    assert levels(capsys, path, "--manual", "2006") == [
        ("§2L1.1(a)(3)", None, 12), ("§2L1.1(b)(2)(A)", 3, 15)]


@pytest.mark.parametrize("manual", ["1998", "2003"])
def test_1997_to_2006_structure(tmp_path, capsys, manual):
    """May 1, 1997 - Oct. 31, 2006 (Amendments 543, 561; Vol_I lines 19268-19316): (a)(1) 23 for
    a § 1327 aggravated-felon alien, (a)(2) 12 otherwise; (b)(1) -3 only under (a)(2); the
    weapon at (b)(4), the risk at (b)(5), the injury at (b)(6) "(4) Death add 8 levels"."""
    path = case_file(tmp_path, 'other_than_for_profit = true\nweapon = "possessed"\n'
                     'substantial_risk = true\ninjury = "bodily_injury"')
    assert levels(capsys, path, "--manual", manual) == [
        ("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(1)", -3, 9), ("§2L1.1(b)(4)(C)", 2, 11),
        ("§2L1.1(b)(4)(C)", 7, 18), ("§2L1.1(b)(5)", 2, 20), ("§2L1.1(b)(6)(1)", 2, 22)]
    path = case_file(tmp_path, 'convicted_1327 = "alien_deported_after_aggravated_felony"\n'
                     'other_than_for_profit = true\ninjury = "death"', name="felon")
    assert levels(capsys, path, "--manual", manual) == [
        ("§2L1.1(a)(1)", None, 23), ("§2L1.1(b)(6)(4)", 8, 31)]


def test_1997_murder_cross_reference(tmp_path, capsys):
    """1997-2006 (c): "If any person was killed under circumstances that would constitute
    murder under 18 U.S.C. § 1111 ..., apply the appropriate murder guideline" — applied as
    stated, without the later "if the resulting offense level is greater"."""
    path = case_file(tmp_path, 'injury = "death"\nkilling_would_be_murder = true\n'
                     'homicide_offense_level = 43')
    assert levels(capsys, path, "--manual", "2000")[-1] == ("§2L1.1(c)", 23, 43)
    path = case_file(tmp_path, 'injury = "death"\nhomicide_offense_level = 43', name="no")
    assert levels(capsys, path, "--manual", "2000")[-1] == ("§2L1.1(b)(6)(4)", 8, 20)


@pytest.mark.parametrize("fact,name", [
    ("unaccompanied_minor = true", "unaccompanied_minor"),
    ("involuntarily_detained = true", "involuntarily_detained"),
    ("convicted_1324a4 = true", "convicted_1324a4"),
    ('convicted_1327 = "alien_inadmissible_1182a3"', "convicted_1327"),
])
def test_2006_provisions_refused_before(tmp_path, capsys, fact, name):
    """(a)(1) 25, (b)(4), (b)(8) and (b)(9) came with Amendments 686 and 692 (Nov. 1, 2006):
    stated under the 2000 Manual, each is an error naming the field."""
    path = case_file(tmp_path, fact)
    assert f"offense.smuggling.{name}" in refused(capsys, path, "--manual", "2000")


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["1998", "2004", "2008", "2010", "2016", "2025"]), st.integers(0, 150),
       st.integers(0, 150))
def test_more_aliens_never_lowers(tmp_path, capsys, manual, a, b):
    """More aliens never lower the level; it stays within 1-43."""
    low, high = sorted((a, b))
    results = [calc(capsys, case_file(tmp_path, f"aliens = {n}\nsubstantial_risk = true",
                                      name=f"n{n}"), "--manual", manual) for n in (low, high)]
    assert results[0]["total_offense_level"] <= results[1]["total_offense_level"]
    assert all(1 <= r["table_offense_level"] <= 43 for r in results)
