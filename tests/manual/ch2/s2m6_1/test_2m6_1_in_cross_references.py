"""§2M6.1 computed inside the cross references that apply it (§2M5.3(c)(3), §2A5.2(c)(2),
§2A6.1(c)(1)): the key naming "2M6.1" with [offense.weapons_of_mass_destruction] in the same
count, §2M6.1's own steps shown and adopted if greater; the stated level as the alternative;
both refused (as a stated §2A2.1 level is with attempted_murder_guideline = "2A2.1"); only
where the edition has the cross reference. Through the real command line.

Sources (under /work/shared/reference/ussg/): the cross references' words,
manual_2025/GLM2025_fulltext.txt §2M5.3(c)(3) (lines 15507-15585), §2A5.2(c)(2) (lines
4000-4046), §2A6.1(c)(1) (lines 4111-4160); Amendment 637 (APPENDIX_C_Vol_II.txt lines
9602-9625: §2A5.2(c)(2) from Nov. 1, 2002) and 686 (APPENDIX_C_Vol_III.txt lines 6629-6638:
§2A6.1(c)(1) from Nov. 1, 2006). §2M6.1's levels: tables/mass_destruction_weapons.toml
(2025: GLM2025_fulltext.txt lines 15599-15644; (a)(2) 28, (a)(4)(B) 20, (b)(1) +2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.manual.ch2 import registry
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

WMD = "[offense.weapons_of_mass_destruction]\n"
AGENT = 'dangerous_agent = "select_biological_agent"\n'
THREAT = "threat_without_intent_or_ability = true\n"

# guideline, its facts key, the key naming §2M6.1, the stated level's key, the cross reference
CROSS_REFERENCES = [
    ("2M5.3", "material_support", "mass_destruction_guideline",
     "mass_destruction_offense_level", "§2M5.3(c)(3)"),
    ("2A5.2", "flight_crew", "wmd_guideline", "wmd_offense_level", "§2A5.2(c)(2)"),
    ("2A6.1", "threatening_communications", "wmd_threat_guideline", "wmd_threat_offense_level",
     "§2A6.1(c)(1)"),
]


def _steps(capsys, tmp_path: Path, guideline: str, key: str, facts: str, manual: str,
           more: str = "") -> list[tuple[str, int]]:
    return chapter_two_steps(calc_json(capsys, case_file(tmp_path, guideline, key, facts,
                                                         manual, more)))


def test_2m5_3_c3_computed_not_greater_then_greater(capsys, tmp_path):
    # 2025: (a) 26, (b)(1) +2 = 28; §2M6.1 with an empty table is (a)(2) 28: not greater
    facts = 'provided = ["firearms"]\nmass_destruction_guideline = "2M6.1"'
    result = calc_json(capsys, case_file(tmp_path, "2M5.3", "material_support", facts, "2025",
                                         WMD))
    assert chapter_two_steps(result) == [("§2M5.3(a)", 26), ("§2M5.3(b)(1)", 28),
                                         ("§2M5.3(c)(3)", 28)]
    last = result["steps"][[s["chapter"] for s in result["steps"]].index("chapter_two") + 2]
    assert last["change"] == "not applied" and "mass_destruction_guideline" in last["input"]
    # with (b)(1)'s select biological agent, +2: 30, greater than 28: §2M6.1's steps adopted
    assert _steps(capsys, tmp_path, "2M5.3", "material_support", facts, "2025",
                  WMD + AGENT) == [("§2M5.3(a)", 26), ("§2M5.3(b)(1)", 28),
                                   ("§2M6.1(a)(2)", 28), ("§2M6.1(b)(1)", 30),
                                   ("§2M5.3(c)(3)", 30)]


def test_2m5_3_c3_with_2m6_1s_own_attempted_murder_reference(capsys, tmp_path):
    # §2M6.1(c)(2) computes §2A2.1 from [offense.attempted_murder] in the same count: 33
    # (§2A2.1(a)(1)), greater than §2M6.1's 30; then §2M5.3(c)(3) adopts 33 (2025)
    more = (WMD + AGENT + 'attempted_murder_guideline = "2A2.1"\n'
            "[offense.attempted_murder]\nobject_first_degree_murder = true\n")
    assert _steps(capsys, tmp_path, "2M5.3", "material_support",
                  'provided = ["firearms"]\nmass_destruction_guideline = "2M6.1"', "2025",
                  more) == [("§2M5.3(a)", 26), ("§2M5.3(b)(1)", 28), ("§2M6.1(a)(2)", 28),
                            ("§2M6.1(b)(1)", 30), ("§2A2.1(a)(1)", 33), ("§2M6.1(c)(2)", 33),
                            ("§2M5.3(c)(3)", 33)]


def test_2a5_2_c2_computed_from_its_first_edition(capsys, tmp_path):
    # Nov. 1, 2002 (Amendment 637): (a)(1) 30 for intentionally endangering an aircraft;
    # §2M6.1 (2002 text) (a)(1) 42 with intent to injure the United States: greater, adopted
    facts = ('endangered = "intentionally"\nendangered_safety_of = "airport_or_aircraft"\n'
             'wmd_guideline = "2M6.1"')
    more = WMD + 'intent = ["injure_united_states"]\n'
    result = calc_json(capsys, case_file(tmp_path, "2A5.2", "flight_crew", facts,
                                         "2002-11-01", more))
    assert chapter_two_steps(result)[-2:] == [("§2M6.1(a)(1)", 42), ("§2A5.2(c)(2)", 42)]
    assert chapter_two_steps(result)[0] == ("§2A5.2(a)(1)", 30)
    # the edition before (Nov. 1, 2001) has no (c)(2): refused, naming the key
    err = calc_refused(capsys, case_file(tmp_path, "2A5.2", "flight_crew",
                                         'wmd_guideline = "2M6.1"', "2001-11-01", more))
    assert "offense.flight_crew.wmd_guideline" in err and "Amendment 637" in err


def test_2a6_1_c1_computed_greater_and_not(capsys, tmp_path):
    # 2025: (a)(1) 12, (b)(1) +6 = 18; §2M6.1 (a)(4)(B) 20 for a threat: greater, adopted
    facts = 'intent_to_carry_out_threat = true\nwmd_threat_guideline = "2M6.1"'
    assert _steps(capsys, tmp_path, "2A6.1", "threatening_communications", facts, "2025",
                  WMD + THREAT) == [("§2A6.1(a)(1)", 12), ("§2A6.1(b)(1)", 18),
                                    ("§2M6.1(a)(4)(B)", 20), ("§2A6.1(c)(1)", 20)]
    # Nov. 1, 2006 (Amendment 686), with more than two threats +2 and a protection order +2:
    # 22, and §2M6.1's 20 is not greater
    facts_2006 = ("more_than_two_threats = true\nprotection_order_violation = true\n" + facts)
    assert _steps(capsys, tmp_path, "2A6.1", "threatening_communications", facts_2006,
                  "2006-11-01", WMD + THREAT)[-1] == ("§2A6.1(c)(1)", 22)
    err = calc_refused(capsys, case_file(tmp_path, "2A6.1", "threatening_communications",
                                         facts, "2005-11-01", WMD + THREAT))
    assert "threatening_communications.wmd_threat_guideline" in err and "686" in err


@pytest.mark.parametrize("guideline,key,naming,stated,_", CROSS_REFERENCES)
def test_both_the_computed_and_the_stated_level_are_refused(capsys, tmp_path, guideline, key,
                                                           naming, stated, _):
    # refused even where they would be equal (28: §2M6.1's (a)(2) with an empty table)
    err = calc_refused(capsys, case_file(tmp_path, guideline, key,
                                         f'{naming} = "2M6.1"\n{stated} = 28', "2025", WMD))
    assert f"{key}.toml" in err and f"offense.{key}" in err and stated in err
    assert "Traceback" not in err


@pytest.mark.parametrize("guideline,key,naming,stated,_", CROSS_REFERENCES)
def test_the_2m6_1_table_without_the_key_is_refused(capsys, tmp_path, guideline, key, naming,
                                                   stated, _):
    err = calc_refused(capsys, case_file(tmp_path, guideline, key, f"{stated} = 30", "2025",
                                         WMD + AGENT))
    assert "offense.weapons_of_mass_destruction" in err and f'{naming} = "2M6.1"' in err


@pytest.mark.parametrize("guideline,key,naming,stated,_", CROSS_REFERENCES)
def test_only_2m6_1_is_named(capsys, tmp_path, guideline, key, naming, stated, _):
    err = calc_refused(capsys, case_file(tmp_path, guideline, key, f'{naming} = "2A2.1"',
                                         "2025"))
    assert f"offense.{key}.{naming}" in err


def test_a_bad_2m6_1_fact_is_refused_at_its_key(capsys, tmp_path):
    err = calc_refused(capsys, case_file(tmp_path, "2M5.3", "material_support",
                                         'mass_destruction_guideline = "2M6.1"', "2025",
                                         WMD + 'dangerous_agent = "anthrax"\n'))
    assert "offense.weapons_of_mass_destruction.dangerous_agent" in err


def test_the_registry_keys():
    # one key (unchanged declarations) or several; the key that may name a guideline
    inchoate = registry.chapter_two_guideline("2X1.1")
    assert inchoate.applies_facts_keys == ("substantive_guideline",)
    assert inchoate.key_naming("2M6.1") == "substantive_guideline"
    support = registry.chapter_two_guideline("2M5.3")
    assert support.applies_facts_keys == ("attempted_murder_guideline",
                                          "mass_destruction_guideline")
    assert support.key_naming("2A2.1") == "attempted_murder_guideline"
    assert support.key_naming("2M6.1") == "mass_destruction_guideline"
    assert support.key_naming("2D1.1") == "attempted_murder_guideline"
    assert registry.chapter_two_guideline("2A2.1").applies_facts_keys == ()
