"""Multiple counts through the real command line: departures placed on one count, the
facts of counts grouped by aggregate quantity taken together, § 924(c) under the First Step
Act, a count stating its level under another guideline."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_ussg

TWO_GROUPS = '''
manual = "2025"
offense_date = 2024-06-01
sentencing_date = 2025-12-01

[[counts]]
name = "Count 1"
statute = "21 U.S.C. § 841(b)(1)(C)"
drugs = [{ substance = "heroin", quantity = "50 g" }]

[[counts]]
name = "Count 2"
statute = "21 U.S.C. § 841(b)(1)(C)"
drugs = [{ substance = "heroin", quantity = "60 g" }]
{count2}

[[counts]]
name = "Count 3"
statute = "18 U.S.C. § 1956(a)(1)"
guideline = "other"
offense_level = 22
statutory_maximum_months = 240

{extra}
[criminal_history]
category = "I"
'''


def run(tmp_path: Path, count2: str = "", extra: str = "") -> dict:
    path = tmp_path / "case.toml"
    path.write_text(TWO_GROUPS.replace("{count2}", count2).replace("{extra}", extra))
    result = run_ussg("calc", path, "--format", "json")
    assert result.code == 0, result.err
    return result.json_lines()[0]


def levels(result: dict) -> list[tuple[str | None, str, str]]:
    return [(s.get("scope"), s["section"], s["change"]) for s in result["steps"]
            if s["chapter"] != "edition" and s["change"][:1] in "=+-→"]


def test_quantities_add_and_a_weapon_on_one_count_applies_to_the_group(tmp_path: Path) -> None:
    # 50 g + 60 g = 110 g of heroin: 2025 table, at least 100 g but less than 400 g, level 24;
    # the weapon stated on Count 2 applies to the Group taken as a whole (+2) = 26.
    result = run(tmp_path, count2="dangerous_weapon = true")
    assert levels(result)[:3] == [
        ("Count 1, Count 2 (aggregated)", "§2D1.1(c)(8)", "= 24"),
        ("Count 1, Count 2 (aggregated)", "§2D1.1(b)(1)", "+2"),
        ("Count 3", "Chapter Two", "= 22"),
    ]
    # Group 1 26, Group 2 22 (4 less): 2 Units, +2 = 28
    assert result["combined_offense_level"] == 28


def test_a_departure_names_the_count_it_belongs_to(tmp_path: Path) -> None:
    result = run(tmp_path, extra='[[departures]]\nafter = "chapter_two"\nlevels = -4\n'
                                  'count = "Count 3"\nreason = "r"\n')
    assert ("Count 3", "Departure", "-4") in levels(result)
    # Group 1 24, Group 2 18 (6 less): 1 1/2 Units, +1 = 25
    assert [g["offense_level"] for g in result["groups"]] == [24, 18]
    assert result["combined_offense_level"] == 25


def test_substantial_assistance_departs_from_the_total(tmp_path: Path) -> None:
    result = run(tmp_path, extra='[[departures]]\nafter = "total"\nlevels = -3\n'
                                  'section = "§5K1.1"\nreason = "assistance"\n')
    assert levels(result)[-1] == (None, "§5K1.1", "-3")
    assert result["total_offense_level"] == 26 - 3  # 24 and 22: 2 Units, +2 = 26


def test_grouped_counts_with_different_characteristics_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.toml"
    path.write_text(TWO_GROUPS.replace("{count2}", 'aircraft_or_vessel = "aircraft"\n')
                    .replace("{extra}", "")
                    .replace('quantity = "50 g" }]\n', 'quantity = "50 g" }]\n'
                             'aircraft_or_vessel = "operation_officer"\n', 1))
    result = run_ussg("calc", path)
    assert result.code == 2
    assert f"{path}: counts[1].aircraft_or_vessel: " in result.err
    assert "conflicting facts" in result.err


def test_a_second_924c_count_after_the_first_step_act(tmp_path: Path) -> None:
    firearm = '''
[[counts]]
name = "Count 4"
statute = "18 U.S.C. § 924(c)"
guideline = "2K2.4"
firearm_conduct = "brandished"

[[counts]]
name = "Count 5"
statute = "18 U.S.C. § 924(c)"
guideline = "2K2.4"
firearm_conduct = "used_carried_or_possessed"
second_or_subsequent = true
'''
    path = tmp_path / "case.toml"
    path.write_text(TWO_GROUPS.replace("{count2}", "").replace("{extra}", firearm))
    refused = run_ussg("calc", path)
    assert refused.code == 2 and "counts[4].second_or_subsequent: " in refused.err
    path.write_text(TWO_GROUPS.replace("{count2}", "").replace(
        "{extra}", firearm + "\n[statutory]\nprior_924c_conviction_final = true\n"))
    result = run_ussg("calc", path, "--format", "json")
    assert result.code == 0, result.err
    (data,) = result.json_lines()
    # 84 months (brandished) + 300 months (second or subsequent), consecutive
    assert data["consecutive_months"] == 384
    # 24 and 22: 2 Units, +2 = 26; I: 63-78; + 384 = 447-462
    assert (data["total_range"]["min_months"], data["total_range"]["max_months"]) == (447, 462)
