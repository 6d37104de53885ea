"""§2A1.5 (Conspiracy or Solicitation to Commit Murder): refused before Nov. 1, 1990 (Amendment
311 inserted it; before, §2A2.1 covered it); (a) in each version of
tables/conspiracy_solicitation_murder.toml the day it begins and the day before the next;
(b)(1); the cross references (c)(1) to §2A1.1 and (c)(2) to §2A2.1 computed through the
registry (a §2A2.1 finding the edition lacks refused at its nested field; both refused
together); a worked case per era through the real command line; hypothesis: (b)(1) never
lowers the level and (c)(1) always gives 43.

Sources (under /work/shared/reference/ussg/):
  A311  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 6289-6290, 6369-6370 (§2A1.5 inserted,
          Nov. 1, 1990; "Conspiracy or Solicitation to Commit Murder;" deleted from §2A2.1)
  A663  = appendix_c_2016/APPENDIX_C_Vol_III.txt line 143 ("Section 2A1.5(a) is amended by
          striking "28" and inserting "33"", Nov. 1, 2004)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1231-1243 ((a) 33 line 1233; (b)(1) +4 line
          1237; (c)(1) line 1241; (c)(2) line 1243); historical note line 1249
  S2025 = manual_2025/GLM2025_fulltext.txt lines 2711-2740 (the same)
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.engine.tables import load_table
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, chapter_two_steps
from tests.manual.ch2.s2a1_1.homicide_cases import refused, steps

KEY = "murder_conspiracy_or_solicitation"
PAY = {"offer_or_receipt_of_pecuniary_value": True}


@pytest.mark.parametrize("day", ["1987-11-01", "1989-11-01", "1990-10-31"])
def test_refused_before_amendment_311(day):
    field, message = refused("2A1.5", day, KEY, {})
    assert field == "offense.guideline"
    assert "inserted by Amendment 311, eff. Nov. 1, 1990" in message and '"2A2.1"' in message


def test_refused_before_amendment_311_through_the_cli(capsys, tmp_path):
    path = tmp_path / "solicitation.toml"
    path.write_text('manual = "1989"\n[offense]\nguideline = "2A1.5"\n'
                    f'[offense.{KEY}]\n[criminal_history]\ncategory = "I"\n')
    assert "offense.guideline" in calc_refused(capsys, path)


@pytest.mark.parametrize("day,level", [
    ("1990-11-01", 28), ("2004-10-31", 28),  # A663 line 143: the "28" it struck
    ("2004-11-01", 33), ("2025-11-01", 33),  # A663: "33"; S2016 line 1233; S2025 line 2713
])
def test_base_offense_level_and_pecuniary_value(day, level):
    assert steps("2A1.5", day, KEY, {}) == [("§2A1.5(a)", level)]
    # S2016 line 1237: (b)(1) "increase by 4 levels"
    assert steps("2A1.5", day, KEY, PAY) == [("§2A1.5(a)", level), ("§2A1.5(b)(1)", level + 4)]


@pytest.mark.parametrize("day,level", [("1990-11-01", 28), ("2025-11-01", 33)])
def test_death_applies_2a1_1(day, level):
    """S2016 line 1241: "(1) If the offense resulted in the death of a victim, apply §2A1.1"."""
    assert steps("2A1.5", day, KEY, {**PAY, "death_resulted": True}) == [
        ("§2A1.5(a)", level), ("§2A1.5(b)(1)", level + 4), ("§2A1.1(a)", 43),
        ("§2A1.5(c)(1)", 43)]


def test_attempted_murder_applies_2a2_1_2025():
    """S2016 line 1243: (c)(2) "apply §2A2.1": 2025 §2A2.1 (a)(1) 33, (b)(1)(B) +2, (b)(2) +4."""
    attempted = {"object_first_degree_murder": True, "bodily_injury": "serious_bodily_injury",
                 "offer_or_receipt_of_pecuniary_value": True}
    assert steps("2A1.5", "2025", KEY, {**PAY, "attempted_murder": attempted}) == [
        ("§2A1.5(a)", 33), ("§2A1.5(b)(1)", 37), ("§2A2.1(a)(1)", 33),
        ("§2A2.1(b)(1)(B)", 35), ("§2A2.1(b)(2)", 39), ("§2A1.5(c)(2)", 39)]


def test_attempted_murder_applies_2a2_1_even_if_lower_1995():
    """(c)(2) says "apply", not "if the resulting offense level is greater": 1995 §2A2.1
    (a)(2) 22 (A311, APPENDIX_C_Vol_I.txt line 6319) replaces §2A1.5's 28 + 4."""
    assert steps("2A1.5", "1995", KEY, {**PAY, "attempted_murder": {}}) == [
        ("§2A1.5(a)", 28), ("§2A1.5(b)(1)", 32), ("§2A2.1(a)(2)", 22), ("§2A1.5(c)(2)", 22)]


def test_a_2a2_1_finding_the_edition_lacks_is_refused_at_its_nested_field():
    """A311: §2A2.1(b)(2) weapon deleted Nov. 1, 1990."""
    field, message = refused("2A1.5", "1995", KEY,
                             {"attempted_murder": {"weapon": "firearm_discharged"}})
    assert field == "offense.murder_conspiracy_or_solicitation.attempted_murder.weapon"
    assert "Amendment 311" in message


def test_death_and_attempted_murder_together_refused():
    field, message = refused("2A1.5", "2025", KEY, {"death_resulted": True,
                                                    "attempted_murder": {}})
    assert field == "offense.murder_conspiracy_or_solicitation.attempted_murder"
    assert "§2A1.5(c)(1)" in message


def test_worked_case_1995(capsys, tmp_path):
    """1995: (a) 28 (A663 line 143's struck "28"), (b)(1) +4: 32, category I: 121-151 months."""
    path = tmp_path / "solicitation-1995.toml"
    path.write_text('manual = "1995"\n[offense]\nguideline = "2A1.5"\n'
                    f'[offense.{KEY}]\noffer_or_receipt_of_pecuniary_value = true\n'
                    '[criminal_history]\ncategory = "I"\n')
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A1.5(a)", 28), ("§2A1.5(b)(1)", 32)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (121, 151)


def test_example_murder_for_hire_2025(capsys):
    result = calc_json(capsys, EXAMPLES / "murder-for-hire-2025.toml")
    assert chapter_two_steps(result) == [("§2A1.5(a)", 33), ("§2A1.5(b)(1)", 37),
                                         ("§2A1.1(a)", 43), ("§2A1.5(c)(1)", 43)]


_DAYS = [v.effective.isoformat() for v in load_table("conspiracy_solicitation_murder").versions
         if v.get("exists", True)]


@settings(max_examples=10, deadline=None)
@given(day=st.sampled_from(_DAYS), pay=st.booleans())
def test_pecuniary_value_never_lowers_and_death_gives_43(day, pay):
    without = steps("2A1.5", day, KEY, {})[-1][1]
    found = steps("2A1.5", day, KEY, {"offer_or_receipt_of_pecuniary_value": pay})[-1][1]
    assert found >= without and 1 <= found <= 43
    death = {"offer_or_receipt_of_pecuniary_value": pay, "death_resulted": True}
    assert steps("2A1.5", day, KEY, death)[-1][1] == 43
