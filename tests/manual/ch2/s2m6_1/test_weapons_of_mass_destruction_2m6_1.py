"""§2M6.1 (Unlawful Activity Involving Nuclear Material, Weapons, or Facilities, Biological
Agents, Toxins, or Delivery Systems, Chemical Weapons, or Other Weapons of Mass Destruction;
Attempt or Conspiracy), tables/mass_destruction_weapons.toml. Sources
(../shared/reference/ussg/): 1987-2001 as Amendment 633 strikes it
(appendix_c_2016/APPENDIX_C_Vol_II.txt lines 9009-9021); 2001-2005 derived from the 2016 words
and Amendments 637 (lines 9862-9875) and 655 (lines 15832-15851); Amendment 679's correction
(APPENDIX_C_Vol_III.txt lines 6005-6006); manual_2016/GLM2016_fulltext.txt lines 8453-8485;
manual_2025/GLM2025_fulltext.txt lines 15599-15655."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M6.1", "weapons_of_mass_destruction"
THREAT = "threat_without_intent_or_ability = true"
INJURE = 'intent = ["injure_united_states"]'


def changes(manual: str, facts: str = "") -> list[tuple[str, str, int]]:
    return steps(G, KEY, manual, facts)


# 1987-2001 (Vol. II lines 9012-9016): "(a) Base Offense Level: 30"; "(b)(1) If the offense was
# committed with intent to injure the United States or to aid a foreign nation, increase by 12
# levels."
@pytest.mark.parametrize("manual", ["1987-11-01", "2001-05-01"])
def test_1987_base_30_and_the_intent_increase(manual):
    assert changes(manual) == [("§2M6.1(a)", "= 30", 30)]
    assert changes(manual, INJURE) == [("§2M6.1(a)", "= 30", 30), ("§2M6.1(b)(1)", "+12", 42)]
    assert changes(manual, 'intent = ["aid_foreign_terrorist_organization"]') == [
        ("§2M6.1(a)", "= 30", 30), ("§2M6.1(b)(1)", "not applied", 30)]


@pytest.mark.parametrize("facts,field", [
    (THREAT, "threat_without_intent_or_ability"),
    ('conviction = "175b"', "conviction"),
    ('victim_injury = "serious"', "victim_injury"),
    ('death_resulted = "otherwise"', "death_resulted")])
def test_1987_refuses_the_later_findings(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "1987-11-01"))
    assert f"offense.{KEY}.{field}" in err and "Amendment 633" in err and "Traceback" not in err


@pytest.mark.parametrize("manual,facts,expected", [
    # Nov. 1, 2001 (633, derived): (a)(1) 42, (a)(2) 28, (a)(3) 20 threat; (b)(1) and (b)(3)
    # with (a)(2) or (a)(3), (b)(2) with (a)(2) only
    ("2001-11-01", "", [("§2M6.1(a)(2)", "= 28", 28)]),
    ("2001-11-01", 'intent = ["aid_foreign_terrorist_organization"]',
     [("§2M6.1(a)(1)", "= 42", 42)]),
    ("2001-11-01", THREAT, [("§2M6.1(a)(3)", "= 20", 20)]),
    ("2001-11-01", 'dangerous_agent = "nuclear_material"',
     [("§2M6.1(a)(2)", "= 28", 28), ("§2M6.1(b)(1)", "+2", 30)]),
    ("2001-11-01", THREAT + '\ndangerous_agent = "select_biological_agent"',
     [("§2M6.1(a)(3)", "= 20", 20), ("§2M6.1(b)(1)", "+2", 22)]),
    ("2001-11-01", INJURE + '\ndangerous_agent = "select_biological_agent"',
     [("§2M6.1(a)(1)", "= 42", 42), ("§2M6.1(b)(1)", "not applied", 42)]),
    ("2001-11-01", 'victim_injury = "died_or_permanent"',
     [("§2M6.1(a)(2)", "= 28", 28), ("§2M6.1(b)(2)", "+4", 32)]),
    ("2001-11-01", 'victim_injury = "between"',
     [("§2M6.1(a)(2)", "= 28", 28), ("§2M6.1(b)(2)", "+3", 31)]),
    ("2001-11-01", 'victim_injury = "serious"',
     [("§2M6.1(a)(2)", "= 28", 28), ("§2M6.1(b)(2)", "+2", 30)]),
    ("2001-11-01", THREAT + '\nvictim_injury = "serious"',
     [("§2M6.1(a)(3)", "= 20", 20), ("§2M6.1(b)(2)", "not applied", 20)]),
    ("2001-11-01", THREAT + "\ndisruption_or_response_expenditure = true",
     [("§2M6.1(a)(3)", "= 20", 20), ("§2M6.1(b)(3)", "+4", 24)]),
    # Nov. 1, 2002 (637, derived): (a)(3) 22 § 175b, (a)(4) 20 § 175(b), (a)(5) 20 threat;
    # (b)(1) with (a)(2), (a)(4), (a)(5); (b)(2) with (a)(2)-(4); (b)(3) with (a)(2)-(5)
    ("2002-11-01", 'conviction = "175b"', [("§2M6.1(a)(3)", "= 22", 22)]),
    ("2002-11-01", 'conviction = "175(b)"', [("§2M6.1(a)(4)", "= 20", 20)]),
    ("2002-11-01", THREAT, [("§2M6.1(a)(5)", "= 20", 20)]),
    ("2002-11-01", 'conviction = "175b"\ndangerous_agent = "select_biological_agent"',
     [("§2M6.1(a)(3)", "= 22", 22), ("§2M6.1(b)(1)", "not applied", 22)]),
    ("2002-11-01", THREAT + '\ndangerous_agent = "select_biological_agent"',
     [("§2M6.1(a)(5)", "= 20", 20), ("§2M6.1(b)(1)", "+2", 22)]),
    ("2002-11-01", 'conviction = "175b"\nvictim_injury = "serious"',
     [("§2M6.1(a)(3)", "= 22", 22), ("§2M6.1(b)(2)", "+2", 24)]),
    ("2002-11-01", THREAT + '\nvictim_injury = "serious"',
     [("§2M6.1(a)(5)", "= 20", 20), ("§2M6.1(b)(2)", "not applied", 20)]),
    ("2002-11-01", THREAT + "\ndisruption_or_response_expenditure = true",
     [("§2M6.1(a)(5)", "= 20", 20), ("§2M6.1(b)(3)", "+4", 24)]),
    # Nov. 1, 2003 (655): (a)(4)(A) § 175(b), (a)(4)(B) threat; (b)(2) with (a)(4)(A) only
    ("2003-11-01", THREAT, [("§2M6.1(a)(4)(B)", "= 20", 20)]),
    ("2003-11-01", 'conviction = "175(b)"\ndangerous_agent = "nuclear_material"',
     [("§2M6.1(a)(4)(A)", "= 20", 20), ("§2M6.1(b)(1)", "+2", 22)]),
    ("2003-11-01", THREAT + '\nvictim_injury = "serious"',
     [("§2M6.1(a)(4)(B)", "= 20", 20), ("§2M6.1(b)(2)", "not applied", 20)]),
    ("2003-11-01", THREAT + "\ndisruption_or_response_expenditure = true",
     [("§2M6.1(a)(4)(B)", "= 20", 20), ("§2M6.1(b)(3)", "+4", 24)]),
    # Nov. 1, 2005 (679) to 2025: (b)(1) with (a)(2) or (a)(4)(A)
    ("2005-11-01", THREAT + '\ndangerous_agent = "select_biological_agent"',
     [("§2M6.1(a)(4)(B)", "= 20", 20), ("§2M6.1(b)(1)", "not applied", 20)]),
    ("2025", 'conviction = "175(b)"\ndangerous_agent = "select_biological_agent"',
     [("§2M6.1(a)(4)(A)", "= 20", 20), ("§2M6.1(b)(1)", "+2", 22)]),
    ("2025", 'conviction = "175b"\ndangerous_agent = "select_biological_agent"',
     [("§2M6.1(a)(3)", "= 22", 22), ("§2M6.1(b)(1)", "not applied", 22)]),
    ("2016", 'conviction = "175b"\nvictim_injury = "between"',
     [("§2M6.1(a)(3)", "= 22", 22), ("§2M6.1(b)(2)", "+3", 25)]),
    ("2016", INJURE + '\nconviction = "175b"\ndisruption_or_response_expenditure = true',
     [("§2M6.1(a)(1)", "= 42", 42), ("§2M6.1(b)(3)", "not applied", 42)]),
    ("2025", "disruption_or_response_expenditure = true",
     [("§2M6.1(a)(2)", "= 28", 28), ("§2M6.1(b)(3)", "+4", 32)])])
def test_the_bases_and_characteristics_by_edition(manual, facts, expected):
    assert changes(manual, facts) == expected


def test_the_greatest_base_names_the_others_met():
    from ussg.guidelines import calculate, parse_case
    from tests.manual.ch2.small_guideline_cases import case_text
    computation = calculate(parse_case(case_text(G, KEY, "2016", INJURE + '\nconviction = "175b"')))
    (step,) = [s for s in computation.steps if s.chapter == "chapter_two"]
    assert step.section == "§2M6.1(a)(1)" and "also met: (a)(3) 22" in step.reason


def test_2003_b1_with_a_threat_is_refused(capsys, tmp_path: Path):
    # (b)(1)(A) read "(a)(2) or (a)(4)"; the note 679 struck: it should be to (a)(4)(A)
    err = calc_refused(capsys, case_file(tmp_path, G, KEY,
                                         THREAT + '\ndangerous_agent = "nuclear_material"',
                                         "2004-11-01"))
    assert f"offense.{KEY}.dangerous_agent" in err and "(a)(4)(A)" in err


def test_2001_refuses_a_conviction_under_175b(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, 'conviction = "175b"', "2001-11-01"))
    assert f"offense.{KEY}.conviction" in err and "Amendment 637" in err


@pytest.mark.parametrize("facts,field", [
    ('intent = ["aid_foreign_nation", "aid_foreign_nation"]', f"offense.{KEY}"),
    ('conviction = "175"', f"offense.{KEY}.conviction"),
    ('victim_injury = "bodily"', f"offense.{KEY}.victim_injury"),
    ("attempted_murder_offense_level = 33", f"offense.{KEY}"),
    ("threat = true", f"offense.{KEY}.threat")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert f"{KEY}.toml" in err and field in err and "Traceback" not in err


def test_cross_references_if_greater():
    # (c)(1): §2A1.2 (2016: 38) over 28; (c)(2) stated 33 is not greater than 42
    assert changes("2016", 'death_resulted = "otherwise"')[-1] == ("§2M6.1(c)(1)", "→ 38", 38)
    found = changes("2016", INJURE + '\nattempted_murder_guideline = "other"\n'
                    "attempted_murder_offense_level = 33")
    assert found == [("§2M6.1(a)(1)", "= 42", 42), ("§2M6.1(c)(2)", "not applied", 42)]


def test_worked_case_1987_through_the_cli(capsys, tmp_path: Path):
    # 1987: nuclear material stolen to aid a foreign nation: 30 + 12 = 42; I: 360-life
    result = calc_json(capsys, case_file(tmp_path, G, KEY, 'intent = ["aid_foreign_nation"]',
                                         "1987-11-01"))
    assert chapter_two_steps(result) == [("§2M6.1(a)", 30), ("§2M6.1(b)(1)", 42)]
    assert result["range"] == {"min_months": 360, "max_months": None, "life": True}


def test_worked_case_2001_through_the_cli(capsys, tmp_path: Path):
    # 2001 (derived): a hoax anthrax threat causing an evacuation: (a)(3) 20, (b)(3) +4 = 24;
    # I: 51-63 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY,
                                         THREAT + "\ndisruption_or_response_expenditure = true",
                                         "2001-11-01"))
    assert chapter_two_steps(result) == [("§2M6.1(a)(3)", 20), ("§2M6.1(b)(3)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


def test_worked_case_2002_through_the_cli(capsys, tmp_path: Path):
    # 2002 (derived): a restricted person shipping a select agent, § 175b: (a)(3) 22; (b)(1)
    # does not name (a)(3); I: 41-51 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, 'conviction = "175b"\n'
                                         'dangerous_agent = "select_biological_agent"',
                                         "2002-11-01"))
    assert chapter_two_steps(result) == [("§2M6.1(a)(3)", 22), ("§2M6.1(b)(1)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}


def test_worked_case_2003_through_the_cli(capsys, tmp_path: Path):
    # 2003 (derived): possession under § 175(b) of a select agent: (a)(4)(A) 20, (b)(1) +2 =
    # 22; I: 41-51 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, 'conviction = "175(b)"\n'
                                         'dangerous_agent = "select_biological_agent"',
                                         "2003-11-01"))
    assert chapter_two_steps(result) == [("§2M6.1(a)(4)(A)", 20), ("§2M6.1(b)(1)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}
