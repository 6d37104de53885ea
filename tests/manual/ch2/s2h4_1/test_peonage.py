"""§2H4.1 (Peonage, Involuntary Servitude, Slave Trade, and Child Soldiers) in every edition
from Nov. 1, 1987: (a) and each characteristic the day before and the day an amendment
changed them, each threshold of (b)(3) just below, at and just above, (b)(4)'s greater of two
and its ceiling, computed in-process; a worked case per era through the real command line;
the refusals; hypothesis: a finding added never lowers the level, which stays within 1-43.

Sources (under /work/shared/reference/ussg/):
  A542  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 19214-19235 (May 1, 1997: deletes
          "(Apply the greater): (1) 15; or (2) 2 plus the offense level applicable to any
          underlying offense."; (a) 22; inserts (b)(1)-(4))
  A612  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 4679-4689 (May 1, 2001: (a)(2) 18 for
          § 1592; (b)(2)(A) used +4, (B) brandished or threatened +2)
  A730  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 13304-13310 (Nov. 1, 2009: (a)(2)(B)
          § 1593A based on § 1592)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 6955-6973 ((a)(1) 6957, (a)(2) 6959,
          (b)(1) 6963, (b)(2) 6965, (b)(3) 6967, (b)(4) 6969-6973)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 12569-12607 (the same words)
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

KEY = "peonage"
EXAMPLE = ROOT / "examples" / "peonage-2016.toml"
D = dt.date.fromisoformat
#: days under each version with (b) (tables/peonage.toml): its first day and the day before
#: the next
B_DAYS = ["1997-05-01", "2001-04-30", "2001-05-01", "2009-10-31", "2009-11-01", "2025-10-31",
          "2025-11-01"]


def _case(facts: dict, day: str, more: dict | None = None) -> Case:
    return Case.model_validate({
        "sentencing_date": D(day), "criminal_history": {"category": "I"},
        "offense": {"guideline": "2H4.1", KEY: facts, **(more or {})}})


def _steps(facts: dict, day: str, more: dict | None = None) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, more))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day))
    return str(error.value)


def _other(level: int) -> dict:
    return {"other_offense_guideline": "other", "other_offense_level": level}


def test_1987_greater_of_15_and_2_plus_the_underlying_offense():
    """A542's quotation: (a)(1) 15; (a)(2) 2 plus the underlying offense's level, if greater:
    12 -> 14 (15 kept), 13 -> 15 (not greater: 15 kept), 14 -> 16."""
    for day in ("1988-01-01", "1995-11-01", "1997-04-30"):
        assert _steps({}, day) == [("§2H4.1(a)(1)", 15)]
        assert _steps(_other(12), day) == [("§2H4.1(a)(1)", 15), ("§2H4.1(a)(2)", 15)]
        assert _steps(_other(13), day) == [("§2H4.1(a)(1)", 15), ("§2H4.1(a)(2)", 15)]
        assert _steps(_other(14), day) == [("§2H4.1(a)(1)", 15), ("§2H4.1(a)(2)", 16)]


@pytest.mark.parametrize("name,value", [
    ("bodily_injury", "serious_bodily_injury"), ("weapon", "used"),
    ("held_from", D("2000-01-01"))])
def test_characteristics_refused_before_amendment_542(name, value):
    facts = {name: value}
    if name == "held_from":
        facts["held_until"] = D("2001-01-01")
    message = _refused(facts, "1997-04-30")
    assert f"{KEY}.{name}" in message and "Amendment 542" in message


def test_amendment_542_base_22_and_the_underlying_offense_in_b4():
    assert _steps({}, "1997-05-01") == [("§2H4.1(a)", 22)]
    assert _steps(_other(22), "1997-05-01") == [("§2H4.1(a)", 22), ("§2H4.1(b)(4)(A)", 24)]


@pytest.mark.parametrize("day", B_DAYS)
def test_b1_bodily_injury(day):
    """(b)(1) (A) +4, (B) +2; a lesser degree, no increase."""
    base = _steps({}, day)[0]
    assert _steps({"bodily_injury": "permanent_or_life_threatening"}, day) == [
        base, ("§2H4.1(b)(1)(A)", base[1] + 4)]
    assert _steps({"bodily_injury": "serious_bodily_injury"}, day) == [
        base, ("§2H4.1(b)(1)(B)", base[1] + 2)]
    assert _steps({"bodily_injury": "bodily_injury"}, day) == [base, ("§2H4.1(b)(1)", base[1])]


def test_b2_weapon_by_edition():
    """A542: "If a dangerous weapon was used, increase by 2 levels."; A612: (A) +4, (B) +2."""
    assert _steps({"weapon": "used"}, "2001-04-30") == [("§2H4.1(a)", 22), ("§2H4.1(b)(2)", 24)]
    message = _refused({"weapon": "brandished_or_threatened"}, "2001-04-30")
    assert f"{KEY}.weapon" in message
    for day in ("2001-05-01", "2016-11-01", "2025-11-01"):
        assert _steps({"weapon": "used"}, day) == [("§2H4.1(a)(1)", 22), ("§2H4.1(b)(2)(A)", 26)]
        assert _steps({"weapon": "brandished_or_threatened"}, day) == [
            ("§2H4.1(a)(1)", 22), ("§2H4.1(b)(2)(B)", 24)]


@pytest.mark.parametrize("day", B_DAYS)
@pytest.mark.parametrize("start,end,clause,levels", [
    # (C) "more than 30 days but less than 180 days" (S2016 line 6967)
    ("2015-01-01", "2015-01-31", None, 0),            # 30 days
    ("2015-01-01", "2015-02-01", "(C)", 1),           # 31 days
    ("2015-01-01", "2015-06-29", "(C)", 1),           # 179 days
    # (B) "between 180 days and one year"
    ("2015-01-01", "2015-06-30", "(B)", 2),           # 180 days
    ("2015-01-01", "2016-01-01", "(B)", 2),           # one year
    ("2016-01-01", "2017-01-01", "(B)", 2),           # one year, 366 days (a leap year)
    # (A) "more than one year"
    ("2015-01-01", "2016-01-02", "(A)", 3),           # one year and a day
    ("2016-02-29", "2017-02-28", "(B)", 2),           # Feb. 29: one year is Feb. 28
    ("2016-02-29", "2017-03-01", "(A)", 3)])
def test_b3_time_held_edges(day, start, end, clause, levels):
    base = _steps({}, day)[0]
    steps = _steps({"held_from": D(start), "held_until": D(end)}, day)
    assert steps == [base, (f"§2H4.1(b)(3){clause or ''}", base[1] + levels)]


@pytest.mark.parametrize("day", ["1997-05-01", "2009-11-01", "2025-11-01"])
def test_b4_the_greater_of_two_and_the_ceiling(day):
    """(b)(4): (A) 2 plus the level above, or (B) 2 plus the other offense's, at most 43;
    a tie keeps (A)."""
    base = _steps({}, day)[0]
    assert _steps(_other(21), day)[-1] == ("§2H4.1(b)(4)(A)", 24)
    assert _steps(_other(22), day)[-1] == ("§2H4.1(b)(4)(A)", 24)
    assert _steps(_other(23), day) == [base, ("§2H4.1(b)(4)(B)", 25)]
    assert _steps(_other(41), day)[-1] == ("§2H4.1(b)(4)(B)", 43)
    assert _steps(_other(42), day)[-1] == ("§2H4.1(b)(4)(B)", 43)  # in no event greater


def test_b4_other_offense_computed_under_its_guideline():
    more = {"aggravated_assault": {"weapon": "firearm_discharged",
                                   "bodily_injury": "permanent_or_life_threatening"}}
    steps = _steps({"other_offense_guideline": "2A2.2"}, "2016-11-01", more)
    # §2A2.2: 14 + 5 + 7, the cumulative 12 capped at 10 -> 24; (B) 2 + 24 = 26 > 2 + 22
    assert steps == [("§2H4.1(a)(1)", 22), ("§2A2.2(a)", 14), ("§2A2.2(b)(2)(A)", 19),
                     ("§2A2.2(b)(3)(C)", 26), ("§2A2.2(b)(3)", 24), ("§2H4.1(b)(4)(B)", 26)]


def test_conviction_levels_by_edition():
    """A612: (a)(2) 18 for § 1592 (refused before); A730: also § 1593A based on § 1592."""
    assert "Amendment 612" in _refused({"convicted_under_1592": True}, "2001-04-30")
    assert _steps({"convicted_under_1592": True}, "2001-05-01") == [("§2H4.1(a)(2)", 18)]
    facts = {"convicted_under_1593a_based_on_1592": True}
    message = _refused(facts, "2009-10-31")
    assert f"{KEY}.convicted_under_1593a_based_on_1592" in message and "730" in message
    for day in ("2009-11-01", "2025-11-01"):
        assert _steps(facts, day) == [("§2H4.1(a)(2)", 18)]
        assert _steps({"convicted_under_1592": True}, day) == [("§2H4.1(a)(2)", 18)]


def test_inconsistent_facts_refused():
    with pytest.raises(ValueError, match="held_until"):
        _case({"held_from": D("2015-01-01")}, "2016-11-01")
    with pytest.raises(ValueError, match="other_offense_level"):
        _case({"other_offense_guideline": "other"}, "2016-11-01")
    with pytest.raises(ValueError, match="give weapon"):
        _case({"weapon_was_firearm": True}, "2016-11-01")


def test_worked_example_2016_through_the_cli(capsys):
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [
        ("§2H4.1(a)(1)", 22), ("§2H4.1(b)(1)(B)", 24), ("§2H4.1(b)(2)(B)", 26),
        ("§2H4.1(b)(3)(B)", 28), ("§2H4.1(b)(4)(A)", 30)]
    assert result["total_offense_level"] == 27
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (70, 87)


def test_worked_case_1987_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2H4.1", KEY, 'other_offense_guideline = "other"\n'
                     "other_offense_level = 20", "1987")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2H4.1(a)(1)", 15), ("§2H4.1(a)(2)", 22)]


def test_worked_case_1997_and_unknown_key_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2H4.1", KEY, 'weapon = "used"\n'
                     "held_from = 1996-01-01\nheld_until = 1997-06-01", "1997")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2H4.1(a)", 22), ("§2H4.1(b)(2)", 24),
                                         ("§2H4.1(b)(3)(A)", 27)]
    path = case_file(tmp_path, "2H4.1", KEY, "child_soldier = true", "2016")
    assert f"{KEY}.child_soldier" in calc_refused(capsys, path)
    path = case_file(tmp_path, "2H4.1", KEY, 'weapon = "brandished_or_threatened"', "1997")
    assert f"{KEY}.weapon" in calc_refused(capsys, path)


_TABLE = load_table("peonage")
#: the thresholds of the table's own (b)(3) rows, each just below, at and just above
_DAYS = sorted({d + k for v in _TABLE.versions if v["held"].get("exists", True)
                for c in v["held"]["clauses"]
                for d in (c.get("at_least_days"), c.get("more_than_days"), 365) if d
                for k in (-1, 0, 1)})
_FINDINGS = {
    "bodily_injury": st.sampled_from(["serious_bodily_injury", "permanent_or_life_threatening"]),
    "weapon": st.sampled_from(["used", "brandished_or_threatened"]),
    "held_days": st.sampled_from(_DAYS),
    "other": st.integers(min_value=1, max_value=43),
}


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(B_DAYS[2:]), data=st.data(),
       names=st.lists(st.sampled_from(sorted(_FINDINGS)), unique=True, min_size=1))
def test_a_finding_added_never_lowers_the_level(day, data, names):
    facts: dict = {}
    levels = [_steps(facts, day)[-1][1]]
    for name in names:
        value = data.draw(_FINDINGS[name])
        if name == "held_days":
            facts |= {"held_from": D("2010-01-01"),
                      "held_until": D("2010-01-01") + dt.timedelta(days=value)}
        elif name == "other":
            facts |= _other(value)
        else:
            facts[name] = value
        levels.append(_steps(facts, day)[-1][1])
    assert levels == sorted(levels) and all(1 <= n <= 43 for n in levels)


def test_drug_facts_without_2d1_1_are_refused():
    with pytest.raises(CaseError, match="other_offense_guideline"):
        calculate(_case({}, "2016-11-01", {"drugs": [{"substance": "cocaine",
                                                      "quantity": "10 g"}]}))
