"""§2M5.3 (Providing Material Support or Resources to Designated Foreign Terrorist
Organizations or Specially Designated Global Terrorists, or For a Terrorist Purpose), from Nov.
1, 2002, tables/material_support_terrorists.toml. Sources (../shared/reference/ussg/): Amendment
637 (appendix_c_2016/APPENDIX_C_Vol_II.txt lines 9799-9835); Amendment 655's (b)(1)(E) (lines
15821-15825); manual_2016/GLM2016_fulltext.txt lines 8403-8445; manual_2025/GLM2025_fulltext.txt
lines 15507-15585 (824 unverified). The cross references go through the registry: §2A1.1 (43),
§2A1.2 (33; 38 from Nov. 1, 2007), §2A2.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.manual.ch2.small_guideline_cases import steps

G, KEY = "2M5.3", "material_support"


def _provided(*names: str) -> str:
    return "provided = [" + ", ".join(f'"{n}"' for n in names) + "]"


@pytest.mark.parametrize("manual", ["2002-11-01", "2016", "2023-11-01", "2025"])
def test_base_level_26(manual):
    assert steps(G, KEY, manual) == [("§2M5.3(a)", "= 26", 26)]


@pytest.mark.parametrize("manual,item,applied", [
    # 2002 (637, lines 9805-9810): (A)-(D)
    ("2002-11-01", "dangerous_weapons", True),
    ("2002-11-01", "firearms", True),
    ("2002-11-01", "explosives", True),
    ("2002-11-01", "funds_to_purchase_weapons", True),
    ("2003-10-27", "support_for_violent_act", False),  # (E) not yet
    # from Nov. 1, 2003 (655): (E)
    ("2003-11-01", "support_for_violent_act", True),
    ("2016", "support_for_violent_act", True),
    ("2025", "firearms", True),
    ("2025", "support_for_violent_act", True)])
def test_b1_by_edition(manual, item, applied):
    found = steps(G, KEY, manual, _provided(item))
    if applied:
        assert found == [("§2M5.3(a)", "= 26", 26), ("§2M5.3(b)(1)", "+2", 28)]
    else:
        assert found == [("§2M5.3(a)", "= 26", 26), ("§2M5.3(b)(1)", "not applied", 26)]


def test_b1_applies_once_for_several_items():
    found = steps(G, KEY, "2016", _provided("firearms", "explosives"))
    assert found == [("§2M5.3(a)", "= 26", 26), ("§2M5.3(b)(1)", "+2", 28)]


@pytest.mark.parametrize("manual,death,guideline,level", [
    ("2002-11-01", "intentional_or_knowing", "§2A1.1(a)", 43),
    ("2002-11-01", "otherwise", "§2A1.2(a)", 33),  # §2A1.2 33 before Amendment 700
    ("2016", "otherwise", "§2A1.2(a)", 38),
    ("2025", "intentional_or_knowing", "§2A1.1(a)", 43)])
def test_c1_death_through_the_homicide_guideline(manual, death, guideline, level):
    found = steps(G, KEY, manual, f'death_resulted = "{death}"')
    assert found == [("§2M5.3(a)", "= 26", 26), (guideline, f"= {level}", level),
                     ("§2M5.3(c)(1)", f"→ {level}", level)]


@pytest.mark.parametrize("stated,adopted", [(28, False), (29, True)])
def test_c2_if_greater_at_its_edge(stated, adopted):
    # 26 +2 ((b)(1)) = 28: (c)(2) at 28 is not greater; at 29 it is
    found = steps(G, KEY, "2016", _provided("firearms") + '\nattempted_murder_guideline = '
                  f'"other"\nattempted_murder_offense_level = {stated}')
    last = found[-1]
    if adopted:
        assert last == ("§2M5.3(c)(2)", "→ 29", 29)
    else:
        assert last == ("§2M5.3(c)(2)", "not applied", 28)


def test_c2_computed_from_the_attempted_murder_table():
    # §2A2.1(a)(1): 33 (object first degree murder), greater than 26
    found = steps(G, KEY, "2016", 'attempted_murder_guideline = "2A2.1"',
                  more="[offense.attempted_murder]\nobject_first_degree_murder = true\n")
    assert found[-1] == ("§2M5.3(c)(2)", "→ 33", 33)
    assert ("§2A2.1(a)(1)", "= 33", 33) in found


@pytest.mark.parametrize("stated,adopted", [(26, False), (27, True)])
def test_c3_stated_2m6_1_level_if_greater(stated, adopted):
    found = steps(G, KEY, "2025", f"mass_destruction_offense_level = {stated}")
    assert found[-1] == (("§2M5.3(c)(3)", f"→ {stated}", stated) if adopted
                         else ("§2M5.3(c)(3)", "not applied", 26))


@pytest.mark.parametrize("manual", ["1987-11-01", "2001-11-01"])
def test_refused_before_amendment_637(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, _provided("firearms"), manual))
    assert "§2M5.3" in err and "Amendment 637" in err


def test_2023_is_unverified(capsys, tmp_path: Path):
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _provided("firearms"), "2023-11-01"))
    assert any("§2M5.3" in w and "unverified" in w for w in result["warnings"])
    assert result["total_offense_level"] == 28


@pytest.mark.parametrize("facts,field", [
    ('provided = ["cash"]', "offense.material_support.provided"),
    ('provided = ["firearms", "firearms"]', "offense.material_support"),
    ('death_resulted = "yes"', "offense.material_support.death_resulted"),
    ('attempted_murder_guideline = "other"', "offense.material_support"),
    ("attempted_murder_offense_level = 30", "offense.material_support"),
    ("mass_destruction_offense_level = 0", "offense.material_support.mass_destruction"),
    ('attempted_murder_guideline = "2A1.1"',
     "offense.material_support.attempted_murder_guideline")])
def test_bad_input_is_refused(capsys, tmp_path: Path, facts, field):
    err = calc_refused(capsys, case_file(tmp_path, G, KEY, facts, "2016"))
    assert "material_support.toml" in err and field in err and "Traceback" not in err


def test_worked_case_2002_through_the_cli(capsys, tmp_path: Path):
    # 2002: funds to buy firearms (D), +2 = 28; a death, not intended: §2A1.2 33 > 28; I:
    # 135-168 months
    result = calc_json(capsys, case_file(tmp_path, G, KEY, _provided("funds_to_purchase_weapons")
                                         + '\ndeath_resulted = "otherwise"', "2002-11-01"))
    assert chapter_two_steps(result) == [("§2M5.3(a)", 26), ("§2M5.3(b)(1)", 28),
                                         ("§2A1.2(a)", 33), ("§2M5.3(c)(1)", 33)]
    assert result["range"] == {"min_months": 135, "max_months": 168, "life": False}


def test_example_file(capsys):
    # examples/material-support-2m5.3-2025.toml: (a) 26, (b)(1)(E) +2 = 28; acceptance -3 =
    # 25; category I: 57-71 months
    result = calc_json(capsys, EXAMPLES / "material-support-2m5.3-2025.toml")
    assert chapter_two_steps(result) == [("§2M5.3(a)", 26), ("§2M5.3(b)(1)", 28)]
    assert result["total_offense_level"] == 25
    assert result["range"] == {"min_months": 57, "max_months": 71, "life": False}
