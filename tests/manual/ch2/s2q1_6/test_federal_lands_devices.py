"""§2Q1.6 (Hazardous or Injurious Devices on Federal Lands), from Nov. 1, 1989: (a) "(Apply the
greatest)" of (1) §2D1.9, (2) §2B1.3 (to Oct. 31, 2001) or §2B1.1 (from Nov. 1, 2001), (3)
§2A2.2 and (4) 6, each through the registry; the words of each version; refused before 1989;
a worked case per era through the real command line.

Sources (under /work/shared/reference/ussg/): manual_2016/GLM2016_fulltext.txt lines 8945-8953
((a)(1)-(4)), 8961 (historical note: 208, 313, 617, 646, 746); appendix_c_2016/
APPENDIX_C_Vol_I.txt lines 4026-4030 (208), 6433-6434 (313); APPENDIX_C_Vol_II.txt lines
6669-6670 (617), 11666 (646); APPENDIX_C_Vol_III.txt line 15383 (746).
"""

from __future__ import annotations

import pytest

from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import case_text, steps, write_case

G, KEY = "2Q1.6", "federal_lands_devices"
ASSAULT = "[offense.federal_lands_devices.reckless_endangerment]"


@pytest.mark.parametrize("manual", ["1989-11-01", "2001-05-01", "2001-11-01", "2016", "2025"])
def test_otherwise_6_and_the_drug_intent(manual):
    assert steps(G, KEY, manual) == [("§2Q1.6(a)(4)", "= 6", 6)]
    got = steps(G, KEY, manual, "intent_controlled_substances_act = true")
    assert got[:2] == [("§2D1.9(a)", "= 23", 23), ("§2Q1.6(a)(1)", "= 23", 23)]
    assert got[2] == ("§2Q1.6(a)(4)", "set aside", 23)


def test_the_greatest_of_those_found():
    """2016: §2A2.2 with a firearm discharged ((a) 14 + (b)(2)(A) 5 = 19) against (a)(4) 6;
    §2D1.9's 23 above both."""
    assault = f'{ASSAULT}\nweapon = "firearm_discharged"'
    got = steps(G, KEY, "2016", assault)
    assert got[-2:] == [("§2Q1.6(a)(3)", "= 19", 19), ("§2Q1.6(a)(4)", "set aside", 19)]
    got = steps(G, KEY, "2016", f"intent_controlled_substances_act = true\n{assault}")
    assert ("§2Q1.6(a)(1)", "= 23", 23) in got and ("§2Q1.6(a)(3)", "set aside", 23) in got


def test_timber_through_the_property_guideline_of_the_date():
    """(a)(2): §2B1.3 to Oct. 31, 2001 (1995: (a) 4, (b)(1) loss over $2,000 through §2F1.1's
    table: $30,000 +5 -> 9); §2B1.1 from Nov. 1, 2001 (2016: (a)(2) 6, $30,000 +4 -> 10), above
    (a)(4)'s 6."""
    old = steps(G, KEY, "1995", '[offense.federal_lands_devices.timber_property_damage]\n'
                'loss = "$30,000"')
    assert old[-2][0] == "§2Q1.6(a)(2)" and old[-1] == ("§2Q1.6(a)(4)", "set aside", old[-2][2])
    new = steps(G, KEY, "2016", '[offense.federal_lands_devices.timber_theft_fraud]\n'
                'loss = "$30,000"', more="statutory_maximum_months = 120\n")
    assert new[-2] == ("§2Q1.6(a)(2)", "= 10", 10)


@pytest.mark.parametrize("line,manual,field", [
    ('[offense.federal_lands_devices.timber_theft_fraud]\nloss = "$30,000"', "2001-05-01",
     "timber_theft_fraud"),
    ('[offense.federal_lands_devices.timber_property_damage]\nloss = "$30,000"', "2001-11-01",
     "timber_property_damage"),
    ("", "1988-10-15", "offense.guideline"),
    ("intent_controlled_substances_act = 1", "2016", "intent_controlled_substances_act"),
])
def test_refused(capsys, tmp_path, line, manual, field):
    path = write_case(tmp_path, "c", case_text(G, KEY, manual, line))
    err = calc_refused(capsys, path)
    assert str(path) in err and field in err and "Traceback" not in err


def test_the_versions():
    table = load_table("federal_lands_devices")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1989-11-01", "derived"), ("1990-11-01", "derived"),
                   ("2001-11-01", "derived"), ("2002-11-01", "derived"),
                   ("2010-11-01", "verbatim")]
    texts = [(v["controlled_substances"]["text"], v["timber"]["text"],
              v["reckless_endangerment"]["text"]) for v in table.versions]
    assert "Controlled Substance Act" in texts[3][0] and "Substances Act" in texts[4][0]
    assert "(Other Than by Arson or Explosives)" in texts[0][1]
    assert "(Other Than by Arson or Explosives)" not in texts[1][1] and "§2B1.3" in texts[1][1]
    assert "§2B1.1" in texts[2][1]
    assert not texts[2][2].endswith("; or") and texts[3][2].endswith("; or")


def test_worked_case_1990_era(capsys, tmp_path):
    """Nov. 1, 1990 (derived): booby traps around a marijuana grove in a national forest:
    (a)(1) §2D1.9's 23; category VI: 92-115 months."""
    path = write_case(tmp_path, "c1990", case_text(G, KEY, "1990",
                                                   "intent_controlled_substances_act = true"))
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2D1.9(a)", 23), ("§2Q1.6(a)(1)", 23),
                                         ("§2Q1.6(a)(4)", 23)]
    assert result["range"] == {"min_months": 92, "max_months": 115, "life": False}


def test_example_file(capsys):
    # examples/federal-lands-devices-2q1.6-2025.toml: tree spikes, little damage: (a)(4) 6;
    # category I: 0-6 months
    result = calc_json(capsys, EXAMPLES / "federal-lands-devices-2q1.6-2025.toml")
    assert chapter_two_steps(result) == [("§2Q1.6(a)(4)", 6)]
    assert result["range"] == {"min_months": 0, "max_months": 6, "life": False}
