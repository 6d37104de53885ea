"""§2K1.4 computed where another guideline's cross reference applies it, through the real
CLI: §2B1.1(c)(2) (from Nov. 1, 2001: "If the offense involved arson, or property damage by
use of explosives, apply §2K1.4 ..., if the resulting offense level is greater than that
determined above") and §2B1.3(c)(1) (Nov. 1, 1990 - Oct. 31, 2001: "If the offense involved
arson, or property damage by use of explosives, apply §2K1.4"), the §2K1.4 facts nested at
``cross_reference.arson`` / ``property_damage.arson``; the stated level stays the
alternative (tests/manual/ch2/s2b1_1/, s2b1_3/).

Sources:
  §2B1.1(c)(2): ../shared/reference/ussg/sections/2016/USSG_2B1.1_2016.txt line 127;
    sections/2025/USSG_2B1.1_2025.txt lines 259-298 (tables/theft_fraud_cross_references.toml)
  §2B1.3(c)(1): appendix_c_2016/APPENDIX_C_Vol_I.txt lines 6416-6420 (Amendment 313),
    APPENDIX_C_Vol_II.txt lines 5774-5797 (617's quotation; tables/property_damage.toml)
  §2K1.4 of 2025: manual_2025/GLM2025_fulltext.txt lines 13383-13434 ((a)(2) 20 "a structure
    other than (i) a dwelling"; (a)(4) "2 plus the offense level from §2B1.1"); of 1990-2001
    (a)(1) 24 a dwelling, (a)(4) "2 plus the offense level from §2B1.3" (tables/arson.toml)
  §2B1.1 loss table of 2025 (tables/theft_fraud_loss_table.toml): (A) $6,500 or less 0,
    (G) more than $250,000 +12, (H) more than $550,000 +14; of 2001: (G) more than $200,000
    +12; of 1995 (§2B1.3(b)(1) reads it): (F) more than $10,000 +5
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused

ARSON = "[offense.theft_fraud.cross_reference]\nground = \"arson_or_explosive_damage\"\n" \
        "guideline = \"2K1.4\"\n"


def _steps(capsys, path: Path) -> list[tuple[str, int | str]]:
    result = calc_json(capsys, path)
    return [(s["section"], s["change"] if s["change"] in ("not applied", "no change")
             else s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def _theft(tmp_path: Path, manual: str, loss: str, months: int, arson: str,
           nested_loss: str | None = "$1,000", name: str = "theft.toml") -> Path:
    nested = (f"[offense.theft_fraud.cross_reference.arson.theft_fraud]\nloss = "
              f"\"{nested_loss}\"\n" if nested_loss else "")
    path = tmp_path / name
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2B1.1"\n'
                    f"statutory_maximum_months = {months}\n[offense.theft_fraud]\n"
                    f'loss = "{loss}"\n{ARSON}[offense.theft_fraud.cross_reference.arson]\n'
                    f"{arson}\n{nested}[criminal_history]\ncategory = \"I\"\n")
    return path


@pytest.mark.parametrize("loss,months,level,expected", [
    # §2B1.1 2025: (a)(1) 7 (20 years) + (G) 12 = 19; (a)(2) 6 + (H) 14 = 20; 7 + 14 = 21.
    # §2K1.4: (a)(2) 20 (a structure other than a dwelling); (a)(4) 2 plus (7 + 0) = 9
    ("$300,000", 240, 19, 20),             # 20 is greater than 19: applied
    ("$600,000", 120, 20, "not applied"),  # 20 is not greater than 20
    ("$600,000", 240, 21, "not applied"),  # nor than 21
])
def test_2b1_1_c2_computed_applies_only_if_greater(tmp_path, capsys, loss, months, level,
                                                   expected):
    steps = _steps(capsys, _theft(tmp_path, "2025", loss, months,
                                  'destroyed = "other_structure"'))
    assert steps[1][1] == level
    if expected == 20:  # applied: §2K1.4's steps adopted
        assert steps[2:] == [("§2K1.4(a)(2)", 20), ("§2K1.4(a)(4)", "not applied"),
                             ("§2B1.1(c)(2)", 20)]
    else:  # set aside: its level named in the step, its steps not adopted
        assert steps[2:] == [("§2B1.1(c)(2)", "not applied")]
    result = calc_json(capsys, tmp_path / "theft.toml")
    assert result["total_offense_level"] == (20 if expected == 20 else level)
    last = [s for s in result["steps"] if s["chapter"] == "chapter_two"][-1]
    assert "§2K1.4: level 20" in last["input"]


def test_2b1_1_c2_worked_2025(tmp_path, capsys):
    # §2B1.1(a)(1) 7; (b)(1) $250,000 is more than $150,000 ((F) +10) = 17. §2K1.4: (a)(2)
    # 20; (a)(4) 2 plus the same §2B1.1 level 17 = 19, not the greatest; (b)(1) concealing
    # another offense +2 = 22; §2B1.1(c)(2): 22 > 17, applied
    path = _theft(tmp_path, "2025", "$250,000", 240,
                  'destroyed = "other_structure"\nconcealed_another_offense = true', "$250,000")
    assert _steps(capsys, path) == [
        ("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(F)", 17), ("§2K1.4(a)(2)", 20),
        ("§2K1.4(a)(4)", "not applied"), ("§2K1.4(b)(1)", 22), ("§2B1.1(c)(2)", 22)]
    result = calc_json(capsys, path)
    assert result["total_offense_level"] == 22
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}


def test_2b1_1_c2_worked_2001(tmp_path, capsys):
    # 2001: §2B1.1(a) 6; (b)(1) $250,000 (G) more than $200,000 +12 = 18. §2K1.4 of 2001:
    # (a)(2) 20; (a)(3) "2 plus the offense level from §2B1.1" 2 plus (6 + 0) = 8, not the
    # greatest; §2B1.1(c)(2) 20 > 18, applied
    path = _theft(tmp_path, "2001", "$250,000", 240, 'destroyed = "other_structure"')
    assert _steps(capsys, path) == [
        ("§2B1.1(a)", 6), ("§2B1.1(b)(1)(G)", 18), ("§2K1.4(a)(2)", 20),
        ("§2K1.4(a)(3)", "not applied"), ("§2B1.1(c)(2)", 20)]


def test_2b1_1_c2_worked_2007_the_2_plus_subdivision(tmp_path, capsys):
    # 2007: §2B1.1(a)(1) 7 + (G) 12 = 19 (more than $200,000). §2K1.4 (a)(4) (Amendment 700
    # renumbered it): 2 plus the §2B1.1 level 19 = 21, its steps shown, greater than (a)(2)
    # 20; §2B1.1(c)(2): 21 > 19, applied
    path = _theft(tmp_path, "2007", "$250,000", 240, 'destroyed = "other_structure"',
                  "$250,000")
    assert _steps(capsys, path) == [
        ("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(G)", 19), ("§2B1.1(a)(1)", 7),
        ("§2B1.1(b)(1)(G)", 19), ("§2K1.4(a)(4)", 21), ("§2K1.4(a)(2)", "not applied"),
        ("§2B1.1(c)(2)", 21)]


def test_the_stated_level_stays_the_alternative(tmp_path, capsys):
    path = tmp_path / "stated.toml"
    path.write_text('manual = "2025"\n[offense]\nguideline = "2B1.1"\n'
                    'statutory_maximum_months = 240\n[offense.theft_fraud]\nloss = "$3,000"\n'
                    f'{ARSON}offense_level = 20\n[criminal_history]\ncategory = "I"\n')
    assert _steps(capsys, path)[-1] == ("§2B1.1(c)(2)", 20)


@pytest.mark.parametrize("arson,nested_loss,more,field", [
    # §2K1.4 of 2025 needs the §2B1.1 facts for its (a)(4)
    ('destroyed = "dwelling"', None, "",
     "offense.theft_fraud.cross_reference.arson.theft_fraud"),
    # the nested §2B1.1 facts may not cross back to §2K1.4
    ('destroyed = "dwelling"', "$1,000",
     '[offense.theft_fraud.cross_reference.arson.theft_fraud.cross_reference]\n'
     'ground = "arson_or_explosive_damage"\nguideline = "2K1.4"\noffense_level = 20\n',
     "offense.theft_fraud.cross_reference.arson.theft_fraud.cross_reference"),
    # a finding §2K1.4 of 2025 does not have (1987-1990)
    ("residence_destroyed = true", "$1,000", "",
     "offense.theft_fraud.cross_reference.arson.residence_destroyed"),
])
def test_2b1_1_nested_2k1_4_errors_name_the_field(tmp_path, capsys, arson, nested_loss, more,
                                                   field):
    path = _theft(tmp_path, "2025", "$3,000", 240, arson, nested_loss)
    path.write_text(path.read_text().replace("[criminal_history]", more + "[criminal_history]"))
    error = calc_refused(capsys, path)
    assert field in error and "Traceback" not in error


def test_2b1_1_arson_facts_with_another_guideline_or_a_level_are_refused(tmp_path, capsys):
    path = _theft(tmp_path, "2025", "$3,000", 240, 'destroyed = "dwelling"')
    path.write_text(path.read_text().replace('guideline = "2K1.4"\n',
                                             'guideline = "2K1.4"\noffense_level = 20\n'))
    error = calc_refused(capsys, path)
    assert "offense.theft_fraud.cross_reference" in error and "not both" in error
    path.write_text(path.read_text().replace('ground = "arson_or_explosive_damage"\n'
                                             'guideline = "2K1.4"\noffense_level = 20\n',
                                             'ground = "firearm_explosive_or_drug_taken"\n'
                                             'guideline = "2K2.1"\n'))
    error = calc_refused(capsys, path)
    assert "offense.theft_fraud.cross_reference" in error and "§2K1.4" in error


def test_2b1_1_c2_refused_in_the_theft_guideline(tmp_path, capsys):
    # the theft guideline of 1995-2001 has (c)(1) only (Amendment 512)
    error = calc_refused(capsys, _theft(tmp_path, "1998", "$3,000", 240,
                                        'destroyed = "dwelling"'))
    assert "offense.theft_fraud.cross_reference.ground" in error


# -- §2B1.3(c)(1), Nov. 1, 1990 - Oct. 31, 2001 -----------------------------------------------

def _damage(tmp_path: Path, manual: str, loss: str, arson: str, nested_loss: str | None,
            more: str = "") -> Path:
    nested = (f"[offense.property_damage.arson.property_damage]\nloss = \"{nested_loss}\"\n"
              if nested_loss else "")
    path = tmp_path / "damage.toml"
    path.write_text(f'manual = "{manual}"\n[offense]\nguideline = "2B1.3"\n'
                    f'[offense.property_damage]\nloss = "{loss}"\n{more}'
                    f"[offense.property_damage.arson]\n{arson}\n{nested}"
                    '[criminal_history]\ncategory = "I"\n')
    return path


@pytest.mark.parametrize("manual", ["1990-11-01", "1995", "2000"])
def test_2b1_3_c1_computed_worked(tmp_path, capsys, manual):
    # §2B1.3(a) 4; (b)(1) $20,000 through the §2B1.1 table of the same date ((F) more than
    # $10,000 +5) = 9. §2K1.4 (1990-2001): (a)(1)(B) a dwelling 24; (a)(4) 2 plus the same
    # §2B1.3 level 9 = 11, not the greatest; §2B1.3(c)(1) "apply §2K1.4": 24
    path = _damage(tmp_path, manual, "$20,000", 'destroyed = "dwelling"', "$20,000")
    assert _steps(capsys, path) == [
        ("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 9), ("§2K1.4(a)(1)", 24),
        ("§2K1.4(a)(4)", "not applied"), ("§2B1.3(c)(1)", 24)]
    result = calc_json(capsys, path)
    assert result["total_offense_level"] == 24
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}


def test_2b1_3_c1_applies_the_2k1_4_level_even_when_lower(tmp_path, capsys):
    # "apply §2K1.4" (no "if greater"): §2K1.4 (a)(4) 2 plus (4 + 0, loss $100) = 6, its
    # steps shown, replaces the §2B1.3 level 9
    path = _damage(tmp_path, "1995", "$20,000", "concealed_another_offense = false", "$100")
    assert _steps(capsys, path) == [
        ("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 9), ("§2B1.3(a)", 4), ("§2B1.3(b)(1)", 4),
        ("§2K1.4(a)(4)", 6), ("§2B1.3(c)(1)", 6)]


def test_2b1_3_c1_refused_before_amendment_313(tmp_path, capsys):
    error = calc_refused(capsys, _damage(tmp_path, "1989-11-01", "$20,000",
                                         "residence_destroyed = true", "$20,000"))
    assert "offense.property_damage.arson" in error and "Amendment 313" in error


@pytest.mark.parametrize("more,field", [
    ("arson_or_explosives_offense_level = 20\n", "offense.property_damage"),
])
def test_2b1_3_level_and_facts_together_are_refused(tmp_path, capsys, more, field):
    error = calc_refused(capsys, _damage(tmp_path, "1995", "$20,000", 'destroyed = "dwelling"',
                                         "$20,000", more))
    assert field in error and "not both" in error


def test_2b1_3_nested_facts_may_not_cross_back(tmp_path, capsys):
    path = _damage(tmp_path, "1995", "$20,000", 'destroyed = "dwelling"', "$20,000")
    path.write_text(path.read_text().replace(
        "[criminal_history]", "[offense.property_damage.arson.property_damage.arson]\n"
        'destroyed = "dwelling"\n[criminal_history]'))
    error = calc_refused(capsys, path)
    assert "offense.property_damage.arson.property_damage.arson" in error
