"""§2B1.5 (Theft of, Damage to, or Destruction of, Cultural Heritage Resources or
Paleontological Resources; ...) through the real CLI, from Nov. 1, 2002: every edge of (b)(1)
in each version (the band of one level and the §2B1.1 loss table of the same date), (b)(6)'s
floor, (c)(1) into §2K1.4 if greater (stated or computed), a worked case per version, the
facts an edition lacks refused, the dates before the guideline refused; and §2B1.1(c)(4)
computed through it.

Sources (/work/shared/reference/ussg/; tables/cultural_heritage.toml):
  A638 = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 10305-10350 (Nov. 1, 2002, line 10737):
         "(a) Base Offense Level: 8"; (b)(1) "(A) exceeded $2,000 but did not exceed $5,000,
         increase by 1 level; or (B) exceeded $5,000, increase by the number of levels from the
         table in §2B1.1"; (b)(2)-(5) +2; (b)(6) +2, "If the resulting offense level is less
         than level 14, increase to level 14"; (c)(1) §2K1.4 "if the resulting offense level is
         greater than that determined above"
  A685 = appendix_c_2016/APPENDIX_C_Vol_III.txt line 6445 (Nov. 1, 2006): "or veterans'
         memorial" in (b)(2)(E)
  A745 = APPENDIX_C_Vol_III.txt lines 15189-15193 (Nov. 1, 2010): "or paleontological
         resource(s)" in the heading, (b)(1), (b)(2), (b)(5)
  A791 = appendix_c_2016/APPENDIX_C_Supplement.txt lines 4617-4618 (Nov. 1, 2015): $2,500
         and $6,500; manual_2016/GLM2016_fulltext.txt lines 2633-2653; manual_2025/
         GLM2025_fulltext.txt lines 5644-5693 (the same words)
  §2B1.1 loss table (tables/theft_fraud_loss_table.toml): 2001-2015 "(B) More than $5,000
         add 2"; from 2015 "(B) More than $6,500 add 2", "(C) More than $15,000 add 4"
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused

#: a Manual inside each version of tables/cultural_heritage.toml
BEFORE_791 = ["2002", "2006", "2010"]
FROM_791 = ["2015", "2018", "2025"]


def _case(tmp_path: Path, manual: str, facts: str, name: str = "heritage.toml") -> Path:
    path = tmp_path / name
    path.write_text(f'# §2B1.5 findings under test\nmanual = "{manual}"\n[offense]\n'
                    f'guideline = "2B1.5"\n[offense.cultural_heritage]\n{facts}\n'
                    '[criminal_history]\ncategory = "I"\n')
    return path


def _steps(capsys, path: Path) -> list[tuple[str, int | str]]:
    result = calc_json(capsys, path)
    return [(s["section"], s["change"] if s["change"] in ("not applied", "no change",
                                                          "no increase") else s["level"])
            for s in result["steps"] if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual", BEFORE_791)
@pytest.mark.parametrize("value,step", [
    ("$2,000", ("§2B1.5(b)(1)", "no increase")),  # "(A) exceeded $2,000": not
    ("$2,000.01", ("§2B1.5(b)(1)(A)", 9)),         # +1
    ("$5,000", ("§2B1.5(b)(1)(A)", 9)),            # "did not exceed $5,000": still (A)
    ("$5,000.01", ("§2B1.5(b)(1)(B)", 10)),        # (B) the table: "More than $5,000 add 2"
    ("$10,000.01", ("§2B1.5(b)(1)(B)", 12)),       # "(C) More than $10,000 add 4"
])
def test_b1_edges_before_amendment_791(tmp_path, capsys, manual, value, step):
    steps = _steps(capsys, _case(tmp_path, manual, f'value = "{value}"'))
    assert steps == [("§2B1.5(a)", 8), step]


@pytest.mark.parametrize("manual", FROM_791)
@pytest.mark.parametrize("value,step", [
    ("$2,500", ("§2B1.5(b)(1)", "no increase")),
    ("$2,500.01", ("§2B1.5(b)(1)(A)", 9)),
    ("$6,500", ("§2B1.5(b)(1)(A)", 9)),
    ("$6,500.01", ("§2B1.5(b)(1)(B)", 10)),        # "(B) More than $6,500 add 2"
    ("$15,000.01", ("§2B1.5(b)(1)(B)", 12)),       # "(C) More than $15,000 add 4"
])
def test_b1_edges_from_amendment_791(tmp_path, capsys, manual, value, step):
    steps = _steps(capsys, _case(tmp_path, manual, f'value = "{value}"'))
    assert steps == [("§2B1.5(a)", 8), step]


@pytest.mark.parametrize("manual", ["2002", "2025"])
@pytest.mark.parametrize("facts,after_b6,floor", [
    # 8 + (A) 1 + (b)(4) 2 + (b)(6) 2 = 13: "less than level 14, increase to level 14"
    ('value = "$3,000"\npecuniary_gain_or_commercial_purpose = true', 13, 14),
    # 8 + (A) 1 + (b)(4) 2 + (b)(5) 2 + (b)(6) 2 = 15: not less than 14
    ('value = "$3,000"\npecuniary_gain_or_commercial_purpose = true\n'
     "pattern_of_misconduct = true", 15, "no change"),
])
def test_b6_floor(tmp_path, capsys, manual, facts, after_b6, floor):
    steps = _steps(capsys, _case(tmp_path, manual,
                                 facts + "\ndangerous_weapon_brandished_or_threatened = true"))
    assert steps[-2:] == [("§2B1.5(b)(6)", after_b6), ("§2B1.5(b)(6)", floor)]


def test_b6_floor_at_14_exactly(tmp_path, capsys):
    # 2025: 8 + (B) 2 ($6,500.01) + (b)(4) 2 + (b)(6) 2 = 14: not less than 14
    steps = _steps(capsys, _case(tmp_path, "2025", 'value = "$6,500.01"\n'
                                 "pecuniary_gain_or_commercial_purpose = true\n"
                                 "dangerous_weapon_brandished_or_threatened = true"))
    assert steps[-2:] == [("§2B1.5(b)(6)", 14), ("§2B1.5(b)(6)", "no change")]


@pytest.mark.parametrize("manual,facts,expected", [
    # 2002-2006 (A638): 8; $3,000 (A) +1 = 9; (b)(2) museum +2 = 11; (b)(3) human remains
    # +2 = 13; (b)(5) +2 = 15
    ("2003", 'value = "$3,000"\nplace = "museum"\nresource_kind = "human_remains"\n'
     "pattern_of_misconduct = true",
     [("§2B1.5(a)", 8), ("§2B1.5(b)(1)(A)", 9), ("§2B1.5(b)(2)", 11), ("§2B1.5(b)(3)", 13),
      ("§2B1.5(b)(5)", 15)]),
    # 2006-2010 (A685): a veterans' memorial; $6,000 exceeded $5,000: "(B) More than $5,000
    # add 2" = 10; +2 = 12
    ("2007", 'value = "$6,000"\nplace = "veterans_memorial"',
     [("§2B1.5(a)", 8), ("§2B1.5(b)(1)(B)", 10), ("§2B1.5(b)(2)", 12)]),
    # 2010-2015 (A745): a paleontological resource; $6,000 (B) +2 = 10; national park +2 =
    # 12; (b)(4) +2 = 14; (b)(6) +2 = 16, not less than 14
    ("2012", 'resource = "paleontological"\nvalue = "$6,000"\nplace = "national_park_system"'
     "\npecuniary_gain_or_commercial_purpose = true\n"
     "dangerous_weapon_brandished_or_threatened = true",
     [("§2B1.5(a)", 8), ("§2B1.5(b)(1)(B)", 10), ("§2B1.5(b)(2)", 12), ("§2B1.5(b)(4)", 14),
      ("§2B1.5(b)(6)", 16), ("§2B1.5(b)(6)", "no change")]),
    # 2015-2018 (A791): $6,000 now (A) +1 = 9; (b)(3) sacred object +2 = 11
    ("2016", 'value = "$6,000"\nresource_kind = "sacred_object"',
     [("§2B1.5(a)", 8), ("§2B1.5(b)(1)(A)", 9), ("§2B1.5(b)(3)", 11)]),
    # 2018-2025 (derived, 813): $40,000 "(C) More than $15,000 add 4" = 12; (b)(4) +2 = 14
    ("2018", 'value = "$40,000"\npecuniary_gain_or_commercial_purpose = true',
     [("§2B1.5(a)", 8), ("§2B1.5(b)(1)(B)", 12), ("§2B1.5(b)(4)", 14)]),
])
def test_worked_case_per_version(tmp_path, capsys, manual, facts, expected):
    path = _case(tmp_path, manual, facts)
    assert _steps(capsys, path) == expected
    final = [level for _, level in expected if isinstance(level, int)][-1]
    assert calc_json(capsys, path)["total_offense_level"] == final


@pytest.mark.parametrize("level,expected", [(8, "not applied"), (9, 9)])
def test_c1_stated_level_only_if_greater(tmp_path, capsys, level, expected):
    # 8, $1,000 no increase: §2K1.4 at 8 is not greater; at 9 it is
    steps = _steps(capsys, _case(tmp_path, "2025", f'value = "$1,000"\n'
                                 f"arson_offense_level = {level}"))
    assert steps[-1] == ("§2B1.5(c)(1)", expected)


def test_c1_computed_through_2k1_4(tmp_path, capsys):
    # §2K1.4 of 2025: (a)(1)(B) a dwelling 24; (a)(4) 2 plus §2B1.1 (a)(2) 6 (no statutory
    # maximum of 20 years stated: 6) + $1,000 (A) 0 = 8, not the greatest; 24 > 8: applied
    path = _case(tmp_path, "2025", 'value = "$1,000"\n[offense.cultural_heritage.arson]\n'
                 'destroyed = "dwelling"\n[offense.cultural_heritage.arson.theft_fraud]\n'
                 'loss = "$1,000"')
    path.write_text(path.read_text().replace('guideline = "2B1.5"\n',
                                             'guideline = "2B1.5"\nstatutory_maximum_months = 120\n'))
    assert _steps(capsys, path) == [
        ("§2B1.5(a)", 8), ("§2B1.5(b)(1)", "no increase"), ("§2K1.4(a)(1)", 24),
        ("§2K1.4(a)(4)", "not applied"), ("§2B1.5(c)(1)", 24)]


@pytest.mark.parametrize("manual,facts,field,words", [
    ("2001", 'value = "$1,000"', "offense.guideline", "Amendment 638"),
    ("2009", 'resource = "paleontological"\nvalue = "$1,000"', "offense.cultural_heritage.resource",
     "Amendment 745"),
    ("2005", 'value = "$1,000"\nplace = "veterans_memorial"', "offense.cultural_heritage.place",
     "Amendment 685"),
    ("2025", 'value = "$1,000"\narson_offense_level = 20\n[offense.cultural_heritage.arson]\n'
     'destroyed = "dwelling"', "offense.cultural_heritage", "not both"),
    ("2025", 'resource = "paleontological"\nvalue = "$1,000"\nresource_kind = "sacred_object"',
     "offense.cultural_heritage", "resource_kind"),
    ("2025", 'place = "museum"', "offense.cultural_heritage.value", ""),
    ("2025", "value = 1000.5", "offense.cultural_heritage.value", ""),
])
def test_refusals_name_the_field(tmp_path, capsys, manual, facts, field, words):
    error = calc_refused(capsys, _case(tmp_path, manual, facts))
    assert field in error and words in error and "Traceback" not in error


# -- §2B1.1(c)(4) through §2B1.5 -----------------------------------------------------------

def _theft(tmp_path: Path, manual: str, loss: str, heritage: str) -> Path:
    path = tmp_path / "theft.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2B1.1"\n'
                    "statutory_maximum_months = 120\n[offense.theft_fraud]\n"
                    f'loss = "{loss}"\n[offense.theft_fraud.cross_reference]\n'
                    'ground = "cultural_heritage_or_paleontological_resource"\n'
                    'guideline = "2B1.5"\n[offense.theft_fraud.cross_reference.cultural_heritage]'
                    f'\n{heritage}\n[criminal_history]\ncategory = "I"\n')
    return path


def test_2b1_1_c4_worked_2003(tmp_path, capsys):
    # §2B1.1 of Nov. 1, 2003: (a)(2) 6; $3,000 "(A) $5,000 or less no increase". (c)(4)
    # (A638): §2B1.5 8 + (A) 1 + museum 2 = 11, greater than 6: applied
    assert _steps(capsys, _theft(tmp_path, "2003", "$3,000",
                                 'value = "$3,000"\nplace = "museum"')) == [
        ("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)", "no increase"), ("§2B1.5(a)", 8),
        ("§2B1.5(b)(1)(A)", 9), ("§2B1.5(b)(2)", 11), ("§2B1.1(c)(4)", 11)]


@pytest.mark.parametrize("loss,expected", [
    # §2B1.1 of 2025: 6 + "(B) More than $6,500 add 2" = 8; §2B1.5 8 + (A) 1 = 9: applied
    ("$6,500.01", 9),
    # 6 + "(C) More than $15,000 add 4" = 10; 9 is not greater
    ("$15,000.01", "not applied"),
])
def test_2b1_1_c4_only_if_greater_2025(tmp_path, capsys, loss, expected):
    steps = _steps(capsys, _theft(tmp_path, "2025", loss, 'value = "$3,000"'))
    assert steps[-1] == ("§2B1.1(c)(4)", expected)


def test_2b1_1_c4_paleontological_before_amendment_745_is_refused(tmp_path, capsys):
    error = calc_refused(capsys, _theft(tmp_path, "2009", "$3,000",
                                        'resource = "paleontological"\nvalue = "$3,000"'))
    assert "offense.theft_fraud.cross_reference.cultural_heritage.resource" in error
