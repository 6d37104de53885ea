"""§2J1.2 (Obstruction of Justice) through the real CLI (tables/obstruction_of_justice.toml).

Sources, by version (../shared/reference/ussg/):
- 1987 (derived): (a) 12; (b)(1) +8, (b)(2) +3; (c)(1) (appendix_c_2016/APPENDIX_C_Vol_I.txt
  lines 3393-3409, Amendment 172 quoting the words it replaced);
- 1989 (Amendment 172): the same levels, reworded;
- Jan. 25, 2003 (Amendment 647, APPENDIX_C_Vol_II.txt lines 12120-12128): (a) 14, (b)(3) +2;
- Oct. 24, 2005 (Amendment 676, APPENDIX_C_Vol_III.txt lines 5553-5590): (b)(1) "(Apply the
  greater)": (A) +8, (B) terrorism +12;
- Nov. 1, 2007 (Amendment 701, Vol. III lines 8303-8334): "(Apply the greatest)": (A) sex
  offense +4, (B) +8, (C) terrorism +12;
- 2016 Manual lines 7041-7061 and 2025 Manual lines 12742-12786: the same (a)-(c).
Comment. (n.2) (2016 line 7081, 2025 line 12819): §3C1.1 "does not apply, unless the defendant
obstructed the investigation, prosecution, or sentencing of the obstruction of justice count".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from tests.strategies import computed

#: one Manual per version of the table, with its base level and (b)(1)'s injury paragraph
ERAS = [("1988-01-15", 12, "(b)(1)"), ("1990-11-01", 12, "(b)(1)"), ("2003-01-25", 14, "(b)(1)"),
        ("2003-11-01", 14, "(b)(1)"), ("2005-10-24", 14, "(b)(1)(A)"),
        ("2006-11-01", 14, "(b)(1)(A)"), ("2007-11-01", 14, "(b)(1)(B)"),
        ("2011-11-01", 14, "(b)(1)(B)"), ("2016", 14, "(b)(1)(B)"), ("2025", 14, "(b)(1)(B)")]


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2J1.2", "obstruction", facts, manual, more)


def _chapter_two(result: dict) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["section"] == section)


@pytest.mark.parametrize("manual,base,injury", ERAS)
def test_base_injury_and_interference_per_era(capsys, tmp_path, manual, base, injury):
    result = calc_json(capsys, _case(tmp_path, "injury_or_property_damage = true\n"
                                     "substantial_interference = true", manual))
    assert _chapter_two(result) == [("§2J1.2(a)", base), (f"§2J1.2{injury}", base + 8),
                                    ("§2J1.2(b)(2)", base + 11)]


@pytest.mark.parametrize("manual,base", [("2002-11-01", 12), ("2003-01-25", 14),
                                         ("2003-04-30", 14), ("2025", 14)])
def test_base_level_12_then_14_from_amendment_647(capsys, tmp_path, manual, base):
    # the edition before, the day of and the one after Amendment 647 (Jan. 25, 2003)
    result = calc_json(capsys, _case(tmp_path, "", manual))
    assert result["total_offense_level"] == base


@pytest.mark.parametrize("manual", ["2003-01-25", "2016", "2025"])
def test_records_or_extensive_plus_2(capsys, tmp_path, manual):
    result = calc_json(capsys, _case(tmp_path, "records_or_extensive = true", manual))
    assert _chapter_two(result) == [("§2J1.2(a)", 14), ("§2J1.2(b)(3)", 16)]


@pytest.mark.parametrize("manual,fact,amendment", [
    ("2002-11-01", "records_or_extensive", "Amendment 647"),
    ("2004-11-01", "terrorism_false_statement", "Amendment 676"),
    ("2007-05-01", "sex_offense_false_statement", "Amendment 701")])
def test_fact_before_its_paragraph_is_refused(capsys, tmp_path, manual, fact, amendment):
    err = calc_refused(capsys, _case(tmp_path, f"{fact} = true", manual))
    assert f"offense.obstruction.{fact}" in err and amendment in err


@pytest.mark.parametrize("manual,where", [("2005-10-24", "(b)(1)(B)"), ("2025", "(b)(1)(C)")])
def test_terrorism_is_the_greater_alternative(capsys, tmp_path, manual, where):
    # "(Apply the greater/greatest)": +12 over +8; the +8 shown as not applied
    result = calc_json(capsys, _case(tmp_path, "injury_or_property_damage = true\n"
                                     "terrorism_false_statement = true", manual))
    assert _chapter_two(result)[-1] == (f"§2J1.2{where}", 26)
    assert result["total_offense_level"] == 26 + 0
    injury = "(b)(1)(A)" if manual == "2005-10-24" else "(b)(1)(B)"
    assert _step(result, f"§2J1.2{injury}")["change"] == "not applied"


def test_sex_offense_alone_plus_4_and_below_injury(capsys, tmp_path):
    result = calc_json(capsys, _case(tmp_path, "sex_offense_false_statement = true", "2025"))
    assert _chapter_two(result) == [("§2J1.2(a)", 14), ("§2J1.2(b)(1)(A)", 18)]
    result = calc_json(capsys, _case(tmp_path, "sex_offense_false_statement = true\n"
                                     "injury_or_property_damage = true", "2025"))
    assert result["total_offense_level"] == 22


def test_terrorism_with_3a1_4_is_not_applied(capsys, tmp_path):
    # comment. (n.2(B)): "If §3A1.4 (Terrorism) applies, do not apply subsection (b)(1)(C)"
    result = calc_json(capsys, _case(tmp_path, "terrorism_false_statement = true", "2025",
                                     "[adjustments.victim]\nterrorism = true\n"))
    step = _step(result, "§2J1.2(b)(1)(C)")
    assert step["change"] == "not applied" and "§3A1.4" in step["reason"]
    assert _chapter_two(result) == [("§2J1.2(a)", 14), ("§2J1.2(b)(1)(C)", 14)]


@pytest.mark.parametrize("manual,quantity,dqt", [
    # 2025 §2D1.1(c): cocaine 15-50 kg -> 32 (GLM2025 line 7980); 5-15 kg -> 30 (line 8002)
    ("2025", "15 kg", 32), ("2025", "5 kg", 30),
    # 2016: the same rows (GLM2016 lines 3809, 3847)
    ("2016", "15 kg", 32)])
def test_cross_reference_over_a_drug_offense(capsys, tmp_path, manual, quantity, dqt):
    # (c)(1): §2X3.1 in respect to the drug offense: dqt - 6, adopted if greater than 25
    result = calc_json(capsys, _case(
        tmp_path, "injury_or_property_damage = true\nsubstantial_interference = true\n"
        'obstructed_offense = { guideline = "2D1.1" }', manual,
        f'[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "{quantity}"\n'))
    accessory = dqt - 6
    expected = max(25, accessory)
    assert result["total_offense_level"] == expected
    step = _step(result, "§2J1.2(c)(1)")
    if accessory > 25:
        assert step["level"] == accessory and ("§2X3.1(a)(1)", accessory) in _chapter_two(result)
    else:
        assert step["change"] == "not applied"


@pytest.mark.parametrize("manual,base", [("1988-01-15", 12), ("1995-11-01", 12), ("2025", 14)])
@pytest.mark.parametrize("above", [5, 6, 7])
def test_cross_reference_edge_over_the_base(capsys, tmp_path, manual, base, above):
    # §2X3.1 at (base + above) - 6: below (base - 1), at (base: "greater" fails), above
    # (base + 1, adopted); the base 12 (1987 - Jan. 24, 2003) or 14
    result = calc_json(capsys, _case(tmp_path, 'obstructed_offense = { guideline = "other", '
                                     f'offense_level = {base + above} }}', manual))
    accessory = base + above - 6
    assert result["total_offense_level"] == max(base, accessory)
    step = _step(result, "§2J1.2(c)(1)")
    assert (step["change"] == "not applied") == (accessory <= base)


def test_chapter_three_obstruction_is_refused_unless_the_count_was_obstructed(capsys, tmp_path):
    err = calc_refused(capsys, _case(tmp_path, "", "2025",
                                     "[adjustments.obstruction]\nobstructed_justice = true\n"))
    assert "adjustments.obstruction.obstructed_justice" in err and "does not apply" in err
    result = calc_json(capsys, _case(tmp_path, "obstructed_the_obstruction_count = true", "2025",
                                     "[adjustments.obstruction]\nobstructed_justice = true\n"))
    assert result["total_offense_level"] == 16  # 14 + §3C1.1's 2


@pytest.mark.parametrize("manual,reached", [("2012-11-01", True), ("2025", False)])
def test_the_note_reaches_part_c_until_2013(capsys, tmp_path, manual, reached):
    # before Amendment 777 (Nov. 1, 2013) the note names "Chapter Three, Part C": §3C1.2 too
    path = _case(tmp_path, "", manual,
                 "[adjustments.obstruction]\nreckless_endangerment_during_flight = true\n")
    if reached:
        err = calc_refused(capsys, path)
        assert "adjustments.obstruction.reckless_endangerment_during_flight" in err
    else:
        assert calc_json(capsys, path)["total_offense_level"] == 16


def test_example_file(capsys):
    # examples/obstruction-2j1.2-2025.toml, worked by hand in its comments: 26, 63-78 months
    result = calc_json(capsys, EXAMPLES / "obstruction-2j1.2-2025.toml")
    assert _chapter_two(result) == [("§2J1.2(a)", 14), ("§2J1.2(b)(1)(B)", 22),
                                    ("§2J1.2(b)(2)", 25), ("§2D1.1(c)(4)", 32),
                                    ("§2X3.1(a)(1)", 26), ("§2J1.2(c)(1)", 26)]
    assert result["total_offense_level"] == 26


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from([m for m, _, _ in ERAS[1:]]), injury=st.booleans(),
       interference=st.booleans(), level=st.integers(1, 59), more=st.integers(1, 20))
def test_a_greater_obstructed_offense_never_lowers_the_level(manual, injury, interference,
                                                             level, more):
    def total(obstructed: int) -> int:
        case = Case.model_validate({
            "manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2J1.2", "obstruction": {
                "injury_or_property_damage": injury, "substantial_interference": interference,
                "obstructed_offense": {"guideline": "other", "offense_level": obstructed}}}})
        result = computed(case).result
        assert 12 <= result.total_offense_level <= 43
        return result.total_offense_level
    assert total(level) <= total(min(level + more, 60))
