"""§2K2.5 (weapon in a federal facility or school zone) and §2K2.6 (body armor by a violent
felon) through the real CLI, each level worked by hand from the Manual's text:
- §2K2.5: 2016 Manual lines 7703-7716 (the text since Amendment 374, Nov. 1, 1991) and 2025
  Manual lines 14273-14300 (../shared/reference/ussg/manual_20xx/GLM20xx_fulltext.txt);
- §2K2.6: 2016 lines 7741-7746 and 2025 lines 14345-14350 (Amendment 670, Nov. 1, 2004).
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, run

COCAINE = '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "600 g"'


def facility(facts: str, manual: str, extra: str = "") -> str:
    return firearm_case(facts, manual=manual, extra=extra, guideline="2K2.5",
                        table="federal_facility")


@pytest.mark.parametrize("manual", ["1992", "2016", "2025"])
def test_2k2_5_levels(tmp_path, capsys, manual):
    # (a) "Base Offense Level: 6"; (b)(1) (A) federal court facility or (B) school zone, +2
    # (once: "If—(A) ...; or (B) ..., increase by 2 levels").
    for facts, expected in (("", [6]), ("school_zone = true", [6, 8]),
                            ("federal_court_facility = true", [6, 8]),
                            ("federal_court_facility = true\nschool_zone = true", [6, 8])):
        code, result = run(tmp_path, capsys, facility(facts, manual))
        assert code == 0, result
        assert [lv for _, lv in chapter_two(result)] == expected


@pytest.mark.parametrize("manual", ["2016", "2025"])
def test_2k2_5_cross_reference_into_2d1_1(tmp_path, capsys, manual):
    # (c)(1)(A): §2X1.1 in respect to the drug offense: §2D1.1(c)(8), 600 g of cocaine, 24
    # (no weapon finding stated) > 8: 24.
    code, result = run(tmp_path, capsys, facility(
        "school_zone = true\n[offense.federal_facility.other_offense]\nguideline = \"2D1.1\"",
        manual, extra=COCAINE))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.5(a)", 6), ("§2K2.5(b)(1)(B)", 8),
                                   ("§2D1.1(c)(8)", 24), ("§2X1.1(a)", 24),
                                   ("§2K2.5(c)(1)(A)", 24)]


# -- the 1989 guideline (Amendment 191), as Amendment 374 quoted it in deleting it ---------
# ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt lines 8985-8998:
# "(a) Base Offense Level: 6 (b) Cross Reference (1) If the defendant possessed the firearm
# or other dangerous weapon with intent to use it in the commission of another offense,
# apply §2X1.1 ... in respect to that other offense if the resulting offense level is
# greater than that determined above."

@pytest.mark.parametrize("manual", ["1989", "1990"])  # 1990: the last before Amendment 374
def test_2k2_5_1989(tmp_path, capsys, manual):
    code, result = run(tmp_path, capsys, facility("", manual))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.5(a)", 6)]
    # (b)(1): §2X1.1 in respect to an attempted offense stated at 15 (1989 §2X1.1(b)(1), Vol I
    # lines 4469-4470: -3) = 12 > 6: 12; not greater: not applied
    code, result = run(tmp_path, capsys, facility(
        "[offense.federal_facility.other_offense]\nguideline = \"other\"\noffense_level = 15\n"
        "inchoate = \"attempt\"", manual))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.5(a)", 6), ("§2X1.1(a)", 15), ("§2X1.1(b)(1)", 12),
                                   ("§2K2.5(b)(1)", 12)]
    code, result = run(tmp_path, capsys, facility(
        "[offense.federal_facility.other_offense]\nguideline = \"other\"\noffense_level = 8\n"
        "inchoate = \"attempt\"", manual))
    assert chapter_two(result)[-1] == ("§2K2.5(b)(1)", 6)
    assert result["total_offense_level"] == 6


def test_2k2_5_1989_has_no_characteristics_nor_homicide(tmp_path, capsys):
    for facts, field in (("school_zone = true", "school_zone"),
                         ("federal_court_facility = true", "federal_court_facility"),
                         ("[offense.federal_facility.other_offense]\nguideline = \"other\"\n"
                          "offense_level = 15\ndeath_resulted = true\nhomicide_offense_level = 30",
                          "other_offense.death_resulted")):
        code, err = run(tmp_path, capsys, facility(facts, "1990"))
        assert code == 2 and f"offense.federal_facility.{field}" in err, err


def test_2k2_5_cross_reference_into_2d1_1_in_1990(tmp_path, capsys):
    # (b)(1): §2X1.1 in respect to the drug offense: 600 g of cocaine, level 26 (1989 Drug
    # Quantity Table, "At least 500 G but less than 2 KG of Cocaine", Level 26:
    # ../shared/reference/ussg/tables/drug_quantity_table/
    # DQT_1989-11-01_table_as_inserted_by_amendment_125.txt
    # lines 138-140) > 6: 26
    code, result = run(tmp_path, capsys, facility(
        "[offense.federal_facility.other_offense]\nguideline = \"2D1.1\"", "1990",
        extra=COCAINE))
    assert code == 0, result
    assert [lv for _, lv in chapter_two(result)] == [6, 26, 26, 26]
    assert chapter_two(result)[-1] == ("§2K2.5(b)(1)", 26)


def test_2k2_5_before_1989_refused(tmp_path, capsys):
    # before Nov. 1, 1989: no §2K2.5 (Amendment 191 added it)
    code, err = run(tmp_path, capsys, facility("", "1988-10-15"))
    assert code == 2 and "§2K2.5 was added Nov. 1, 1989" in err, err


@pytest.mark.parametrize("manual", ["2004", "2016", "2025"])
def test_2k2_6_levels(tmp_path, capsys, manual):
    # (a) "Base Offense Level: 10"; (b)(1) "used the body armor in connection with another
    # felony offense, increase by 4 levels".
    for facts, expected in (("", [10]), ("used_in_connection_with_another_felony = true",
                                         [10, 14])):
        code, result = run(tmp_path, capsys, firearm_case(
            facts, manual=manual, guideline="2K2.6", table="body_armor_felon"))
        assert code == 0, result
        assert [lv for _, lv in chapter_two(result)] == expected


def test_2k2_6_before_2004_refused(tmp_path, capsys):
    code, err = run(tmp_path, capsys, firearm_case("", manual="2003", guideline="2K2.6",
                                                   table="body_armor_felon"))
    assert code == 2 and "§2K2.6 was added Nov. 1, 2004" in err, err


# -- the examples, worked by hand in their comments --------------------------------------

@pytest.mark.parametrize("name,steps,months", [
    # §2X1.1(a) 20, (b)(1) attempt -3 = 17; level 17, category I: 24-30 months
    ("attempt-2x1.1-2025", [("§2X1.1(a)", 20), ("§2X1.1(b)(1)", 17)], (24, 30)),
    # §2K2.5(a) 6, (b)(1)(B) school zone +2 = 8; level 8, category I: 0-6 months
    ("school-zone-2k2.5-2025", [("§2K2.5(a)", 6), ("§2K2.5(b)(1)(B)", 8)], (0, 6)),
    # §2K2.6(a) 10, (b)(1) +4 = 14; level 14, category III: 21-27 months
    ("body-armor-2k2.6-2025", [("§2K2.6(a)", 10), ("§2K2.6(b)(1)", 14)], (21, 27)),
])
def test_examples(capsys, name, steps, months):
    import json

    from ussg.guidelines.cli import main
    path = ROOT / "examples" / f"{name}.toml"
    assert main(["calc", "--format", "json", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert chapter_two(result) == steps
    assert (result["range"]["min_months"], result["range"]["max_months"]) == months
