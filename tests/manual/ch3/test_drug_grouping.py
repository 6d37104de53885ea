"""§3D1.2(d) and §3D1.3(b): counts under the Part D guidelines the edition lists with §2D1.1
(§§2D1.2 and 2D1.5) are grouped with the §2D1.1 counts by aggregate quantity; each guideline
is applied to the aggregated drugs with its own counts' facts, and the highest level is the
Group's. Real case files through the real command line (tables/aggregate_grouping.toml).

Drug Quantity Table rows cited: 2025 Manual, reference
tables/drug_quantity_table/DQT_2025-11-01_verbatim_from_2025_Manual.txt (heroin: line 27
level 36 "At least 30 KG but less than 90 KG", 49 level 34 (10-30 KG), 250 level 18
(40-60 G), 273 level 16 (20-40 G), 302 level 14 (10-20 G)); Nov. 1, 1989 table,
DQT_1989-11-01_table_as_inserted_by_amendment_125.txt (heroin: line 188 level 20 (40-60 G),
206 level 18 (20-40 G), 226 level 16 (10-20 G)).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused
from ussg.guidelines import calculate, parse_case
from ussg.guidelines.engine.editions import supported_dates
from ussg.guidelines.engine.tables import load_table

HEADER = '''# §3D1.2(d) grouping under test (tests/manual/ch3/test_drug_grouping.py)
manual = "{manual}"
offense_date = {offense}
sentencing_date = {sentencing}
'''

HEROIN_2D1_1 = '''
[[counts]]
name = "{name}"
statute = "21 U.S.C. § 841(b)(1)(C)"
drugs = [{{ substance = "heroin", quantity = "{quantity}" }}]
'''

SCHOOL_2D1_2 = '''
[[counts]]
name = "{name}"
guideline = "2D1.2"
statute = "21 U.S.C. § 860(a)"
statutory_minimum_months = 12
statutory_maximum_months = 480
drugs = [{{ substance = "heroin", quantity = "{quantity}" }}]
{more}
'''

CCE_2D1_5 = '''
[[counts]]
name = "CCE"
guideline = "2D1.5"
statute = "21 U.S.C. § 848(a)"
statutory_minimum_months = 240
statutory_maximum_life = true
'''

CATEGORY = '\n[criminal_history]\ncategory = "I"\n'

EDITIONS = {
    "2025": ("2025", "2025-06-01", "2025-12-15"),
    "2024": ("2024", "2024-06-01", "2024-12-15"),
    "2016": ("2016", "2016-12-01", "2017-06-01"),
    "1989": ("1989", "1989-12-01", "1990-06-01"),
    "1988": ("1988-06-15", "1988-08-01", "1988-10-01"),
}


def case(tmp_path: Path, edition: str, *counts: str) -> Path:
    manual, offense, sentencing = EDITIONS[edition]
    path = tmp_path / f"grouping-{edition}.toml"
    path.write_text(HEADER.format(manual=manual, offense=offense, sentencing=sentencing)
                    + "".join(counts) + CATEGORY)
    return path


def heroin(name: str, quantity: str) -> str:
    return HEROIN_2D1_1.format(name=name, quantity=quantity)


def school(name: str, quantity: str, more: str = "") -> str:
    return SCHOOL_2D1_2.format(name=name, quantity=quantity, more=more)


def steps(result: dict, scope: str) -> list[tuple[str, str]]:
    return [(s["section"], s["change"]) for s in result["steps"] if s.get("scope") == scope]


def test_the_part_d_line_of_each_edition() -> None:
    table = load_table("aggregate_grouping")
    expected = {  # effective: (listed, grouped by drug quantity, listed other, refused)
        dt.date(1987, 11, 1): ("Part D (except §§2D1.6-2D3.4)", ["2D1.1"], [],
                               ["2D1.2", "2D1.3", "2D1.5"]),
        dt.date(1988, 6, 15): ("§§2D1.1, 2D1.2, 2D1.3, 2D1.5;", ["2D1.1"], [],
                               ["2D1.2", "2D1.3", "2D1.5"]),
        dt.date(1989, 11, 1): ("§§2D1.1, 2D1.2, 2D1.5;", ["2D1.1", "2D1.2", "2D1.5"], [], []),
        dt.date(1991, 11, 1): ("§§2D1.1, 2D1.2, 2D1.5, 2D1.11, 2D1.13;",
                               ["2D1.1", "2D1.2", "2D1.5"], ["2D1.11", "2D1.13"], []),
        dt.date(2023, 11, 1): ("not read", ["2D1.1"], [], ["2D1.2", "2D1.5"]),
        dt.date(2025, 11, 1): ("§§2D1.1, 2D1.2, 2D1.5, 2D1.11, 2D1.13;",
                               ["2D1.1", "2D1.2", "2D1.5"], ["2D1.11", "2D1.13"], []),
    }
    for effective, (listed, drugs, other, refused) in expected.items():
        version = table.in_force(effective)
        assert version["effective"] == effective
        assert (version["listed"], version["drug_quantity"], version.get("other_listed", []),
                version.get("refused", [])) == (listed, drugs, other, refused)
        # the day before a change, the earlier list
        if effective > dt.date(1987, 11, 1):
            assert table.in_force(effective - dt.timedelta(days=1))["effective"] < effective
        # §2D1.6 is on no edition's line
        assert "2D1.6" not in version["drug_quantity"] + version.get("refused", [])
    # 2016 Manual line 10445 and 2025 Manual line 19652: the same words
    assert table.in_force(dt.date(2016, 11, 1))["listed"] == table.in_force(
        dt.date(2025, 11, 1))["listed"]


def test_a_2d1_2_count_groups_with_a_2d1_1_count_and_the_higher_guideline_wins(
        capsys, tmp_path: Path) -> None:
    # 2025: 30 g + 15 g = 45 g of heroin, level 18 (line 250). §2D1.1: 18. §2D1.2 (its own
    # 15 g directly involved, level 14, line 302): (a)(1) 2 + 14 = 16, (a)(2) 1 + 18 = 19,
    # (a)(4) 13: 19. The Group: 19 (§3D1.3(b)). Taken alone (the former output) the counts
    # were 16 and 16, two Groups, +2: 18.
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "30 g"),
                                    school("Count 2", "15 g")))
    both = "Count 1, Count 2 (aggregated)"
    assert steps(result, f"{both}, §2D1.1") == [("§2D1.1(c)(11)", "= 18")]
    assert steps(result, f"{both}, §2D1.2")[:2] == [("§2D1.1(c)(11)", "= 18"),
                                                    ("§2D1.2(a)(2)", "= 19")]
    set_aside = [s for s in result["steps"] if s.get("scope") == f"{both}, §2D1.2"
                 and s["section"] == "§2D1.2(a)(1)"]
    assert "§2D1.1 level 14" in set_aside[0]["input"] and "15 g heroin" in set_aside[0]["input"]
    (highest,) = [s for s in result["steps"] if s["section"] == "§3D1.3(b)"
                  and s.get("scope") == both]
    assert highest["input"] == "§2D1.1: level 18; §2D1.2: level 19"
    assert highest["change"] == "§2D1.2, level 19"
    assert [g["offense_level"] for g in result["groups"]] == [19]
    assert result["combined_offense_level"] == 19


def test_the_directly_involved_quantity_stated_on_the_2d1_2_count(capsys,
                                                                 tmp_path: Path) -> None:
    # 2 g + 45 g = 47 g, level 18 (line 250); directly involved 45 g, level 18: (a)(1)
    # 2 + 18 = 20 > (a)(2) 19. The Group: 20.
    more = 'protected_location = { directly_involved_drugs = [{ substance = "heroin", ' \
           'quantity = "45 g" }] }'
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "2 g"),
                                    school("Count 2", "45 g", more)))
    assert result["combined_offense_level"] == 20
    assert ("§2D1.2(a)(1)", "= 20") in steps(result, "Count 1, Count 2 (aggregated), §2D1.2")


def test_a_cce_count_with_2d1_1_counts(capsys, tmp_path: Path) -> None:
    # 2025: 20 kg + 15 kg = 35 kg of heroin, level 36 (line 27; each alone 34, line 49).
    # §2D1.5(a): the greater of (1) 4 + 36 = 40 and (2) 38: 40. The Group: 40.
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "20 kg"),
                                    heroin("Count 2", "15 kg"), CCE_2D1_5))
    every = "Count 1, Count 2, CCE (aggregated)"
    assert steps(result, f"{every}, §2D1.1") == [("§2D1.1(c)(2)", "= 36")]
    assert steps(result, f"{every}, §2D1.5")[:2] == [("§2D1.1(c)(2)", "= 36"),
                                                     ("§2D1.5(a)(1)", "= 40")]
    assert [g["offense_level"] for g in result["groups"]] == [40]
    assert result["combined_offense_level"] == 40


def test_the_cce_minimum_when_the_aggregate_is_lower(capsys, tmp_path: Path) -> None:
    # 20 g + 15 g = 35 g, level 16 (line 273): (a)(1) 4 + 16 = 20 < (a)(2) 38: 38.
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "20 g"),
                                    heroin("Count 2", "15 g"), CCE_2D1_5))
    assert result["combined_offense_level"] == 38


def test_the_nov_1989_list_groups_2d1_2_under_its_own_text(capsys, tmp_path: Path) -> None:
    # Nov. 1, 1989 (Amendment 253's list): 30 g + 15 g = 45 g, level 20 (1989 table line
    # 188). §2D1.2(a)(1) of that text, "2 plus the offense level from §2D1.1": 22. The
    # Group: 22 (alone: 18 and 2 + 16 = 18, two Groups, 20).
    result = calc_json(capsys, case(tmp_path, "1989", heroin("Count 1", "30 g"),
                                    school("Count 2", "15 g")))
    assert result["combined_offense_level"] == 22
    assert ("§2D1.2(a)(1)", "= 22") in steps(result, "Count 1, Count 2 (aggregated), §2D1.2")


def test_a_fact_the_1989_text_does_not_have_is_refused_on_the_grouped_count(
        capsys, tmp_path: Path) -> None:
    more = 'protected_location = { directly_involved_drugs = [{ substance = "heroin", ' \
           'quantity = "15 g" }] }'
    err = calc_refused(capsys, case(tmp_path, "1989", heroin("Count 1", "30 g"),
                                    school("Count 2", "15 g", more)))
    assert "counts[1].protected_location.directly_involved_drugs" in err
    assert "has no such fact" in err


def test_2016_groups_them_as_2025_does(capsys, tmp_path: Path) -> None:
    # 2016 table, the same heroin rows as 2025 (DQT_2016 lines 389, 473): 45 g, 18; 15 g, 14.
    result = calc_json(capsys, case(tmp_path, "2016", heroin("Count 1", "30 g"),
                                    school("Count 2", "15 g")))
    assert result["combined_offense_level"] == 19


@pytest.mark.parametrize("edition, guideline", [("2024", "2D1.2"), ("1988", "2D1.5")])
def test_dates_whose_list_is_not_established_are_refused(capsys, tmp_path: Path, edition: str,
                                                         guideline: str) -> None:
    other = school("Count 2", "15 g") if guideline == "2D1.2" else CCE_2D1_5
    err = calc_refused(capsys, case(tmp_path, edition, heroin("Count 1", "30 g"), other))
    assert "counts[1].guideline" in err
    assert f"(§{guideline}) with Count 1 (§2D1.1): not computed" in err
    assert ("823 and 824" in err) == (edition == "2024")


def test_2024_still_groups_2d1_1_counts(capsys, tmp_path: Path) -> None:
    # 30 g + 15 g = 45 g: 18, one Group (§2D1.1 on every date)
    result = calc_json(capsys, case(tmp_path, "2024", heroin("Count 1", "30 g"),
                                    heroin("Count 2", "15 g")))
    assert [g["offense_level"] for g in result["groups"]] == [18]


def test_counts_of_another_kind_are_not_grouped(capsys, tmp_path: Path) -> None:
    # §2D1.6 (not on the line) and a count under a guideline ussg does not compute: each
    # its own Group. §2D1.1 30 g: 16; §2D1.6, the §2D1.1 level of its 15 g: 14; the other 16.
    phone = '''
[[counts]]
name = "Count 2"
guideline = "2D1.6"
statute = "21 U.S.C. § 843(b)"
statutory_maximum_months = 48
drugs = [{ substance = "heroin", quantity = "15 g" }]
'''
    other = '''
[[counts]]
name = "Count 3"
statute = "18 U.S.C. § 1956(a)(1)"
guideline = "other"
offense_level = 16
statutory_maximum_months = 240
'''
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "30 g"), phone, other))
    assert [g["offense_level"] for g in result["groups"]] == [16, 14, 16]
    assert not [s for s in result["steps"] if s["section"] == "§3D1.3(b)"
                and "highest offense level" in s["title"]]


def test_two_2d1_2_counts_combine_their_findings(capsys, tmp_path: Path) -> None:
    # 10 g + 12 g = 22 g (line 273, 16): (a)(2) 17; a person under 18 on Count 2: (a)(3) 26
    result = calc_json(capsys, case(tmp_path, "2025", school("Count 1", "10 g"),
                                    school("Count 2", "12 g",
                                           "protected_location = { person_under_18 = true }")))
    assert [g["offense_level"] for g in result["groups"]] == [26]
    assert ("§2D1.2(a)(3)", "= 26") in steps(result, "Count 1, Count 2 (aggregated)")


def test_a_listed_chemical_count_is_listed_but_not_aggregated_with_the_drugs(
        capsys, tmp_path: Path) -> None:
    # 2025 line 19652 lists §2D1.11 too, but it measures listed chemicals: its own Group, and
    # the worksheet says why (the court decides "same general type", comment. (n.6)).
    chemicals = '''
[[counts]]
name = "Count 2"
guideline = "2D1.11"
statute = "21 U.S.C. § 841(c)(2)"
statutory_maximum_months = 240
listed_chemical = { chemicals = [{ name = "Ephedrine", quantity = "80 g" }] }
'''
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "30 g"), chemicals))
    assert len(result["groups"]) == 2
    assert result["groups"][0]["offense_level"] == 16  # 30 g of heroin, line 273
    assert any("Count 2 (§2D1.11)" in w and "not group it" in w for w in result["warnings"])


# Properties over every edition whose list groups §2D1.2 with §2D1.1 -------------------------

def _grouping_editions() -> list[dt.date]:
    table = load_table("aggregate_grouping")
    return [day for day in supported_dates() if day >= dt.date(1989, 11, 1)
            and "2D1.2" in table.in_force(day)["drug_quantity"]]


def _text(day: dt.date, body: str) -> str:
    return (f'manual = "{day.isoformat()}"\nsentencing_date = {day.isoformat()}\n{body}'
            f'\n[criminal_history]\ncategory = "I"\n')


def _grouped(day: dt.date, first: int, second: int) -> int:
    body = heroin("Count 1", f"{first} g") + school("Count 2", f"{second} g")
    return calculate(parse_case(_text(day, body))).result.total_offense_level


def _alone(day: dt.date, guideline: str, first: int, second: int) -> int:
    """The single-count form (another path through the code): one count under
    ``guideline`` with both counts' heroin; for §2D1.2 the second count's directly involved
    where the edition asks for it (from Nov. 1, 1990)."""
    body = (f'[offense]\nguideline = "{guideline}"\nstatute = "21 U.S.C. § 860(a)"\n'
            f'statutory_maximum_months = 480\n'
            f'drugs = [{{ substance = "heroin", quantity = "{first + second} g" }}]\n')
    if guideline == "2D1.2" and day >= dt.date(1990, 11, 1):
        body += (f'protected_location = {{ directly_involved_drugs = [{{ substance = "heroin", '
                 f'quantity = "{second} g" }}] }}\n')
    return calculate(parse_case(_text(day, body))).result.total_offense_level


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.sampled_from(_grouping_editions()), first=st.integers(1, 50_000),
       second=st.integers(1, 50_000), more=st.integers(0, 50_000))
def test_the_group_is_the_highest_guideline_on_the_aggregate(day: dt.date, first: int,
                                                             second: int, more: int) -> None:
    level = _grouped(day, first, second)
    assert level == max(_alone(day, "2D1.1", first, second),
                        _alone(day, "2D1.2", first, second))
    assert 1 <= level <= 43
    assert _grouped(day, first + more, second) >= level  # more drugs never lower it


def test_the_example_computes(capsys) -> None:
    """examples/drug-counts-grouped-2025.toml, worked by hand in its comments: level 19,
    30-37 months."""
    example = Path(__file__).parents[3] / "examples" / "drug-counts-grouped-2025.toml"
    result = calc_json(capsys, example)
    assert result["total_offense_level"] == 19
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (30, 37)


def test_a_role_applies_under_2d1_1_and_not_under_2d1_5(capsys, tmp_path: Path) -> None:
    # 2025: 20 g + 15 g = 35 g of heroin, 16 (line 273). §2D1.1 with §3B1.1(a) +4: 20.
    # §2D1.5: the greater of 4 + 16 and 38: 38; comment. (n.1) "Do not apply any adjustment
    # from Chapter Three, Part B": no +4 (else 42). The Group: 38. Alone, a role stated with
    # a §2D1.5 count is refused (tests/manual/ch2/part_d).
    role = '\n[adjustments.role]\naggravating = "organizer_or_leader"\nparticipants = 5\n'
    result = calc_json(capsys, case(tmp_path, "2025", heroin("Count 1", "20 g"),
                                    heroin("Count 2", "15 g"), CCE_2D1_5, role))
    every = "Count 1, Count 2, CCE (aggregated)"
    assert ("§3B1.1(a)", "+4") in steps(result, f"{every}, §2D1.1")
    under_cce = steps(result, f"{every}, §2D1.5")
    assert ("§2D1.5, comment. (n.1)", "not applied") in under_cce
    assert not [c for s, c in under_cce if s.startswith("§3B1")]
    assert result["combined_offense_level"] == 38
