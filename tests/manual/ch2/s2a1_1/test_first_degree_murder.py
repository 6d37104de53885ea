"""§2A1.1 (First Degree Murder): 43 in every version of tables/first_degree_murder.toml, the
day each begins and the day before the next, each citing its version; the same level as
tables/murder_base_levels.toml (which the murder cross references of other guidelines read)
on every date either table changes; §2X3.1 reaching it as the underlying offense; the example
that reaches it through §2A1.5(c)(1) through the real command line; hypothesis: on every
date, first degree murder >= second degree murder >= voluntary manslaughter >= involuntary
manslaughter (reckless >= criminally negligent), each within 1-43.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt line 1155 ("(a) Base Offense Level: 43"), 1173
          (historical note: 82, 310, 476, 637, 663, 685, 699, 700, 746: commentary only)
  S2025 = manual_2025/GLM2025_fulltext.txt line 2578 (the same), 2611-2617 (+ Amendment 836)
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.engine.tables import load_table
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, chapter_two_steps
from tests.manual.ch2.s2a1_1.homicide_cases import chapter_two, steps

OLD = "text of the Nov. 1, 2016 Manual ((a) unamended since Nov. 1, 1987)"
NEW = "text of the Nov. 1, 2025 Manual"


# S2016 line 1155 and S2025 line 2578: "(a) Base Offense Level: 43" from 1987 (derived back
# through the historical note) to Oct. 31, 2025, and in the 2025 Manual (Amendment 836).
@pytest.mark.parametrize("day,citation", [
    ("1987-11-01", OLD), ("1990-11-01", OLD), ("2004-11-01", OLD), ("2016", OLD),
    ("2025-10-31", OLD), ("2025-11-01", NEW)])
def test_base_offense_level_43_in_each_version(day, citation):
    (step,) = chapter_two("2A1.1", day)
    assert (step.section, step.level, step.source) == ("§2A1.1(a)", 43, citation)
    assert step.reason == "“Base Offense Level: 43”"


def _days_either_table_changes() -> list[dt.date]:
    days = set()
    for name in ("first_degree_murder", "second_degree_murder", "murder_base_levels"):
        for version in load_table(name).versions:
            days |= {version.effective, version.effective - dt.timedelta(days=1)}
    return sorted(d for d in days if d >= dt.date(1987, 11, 1))


@pytest.mark.parametrize("day", _days_either_table_changes(), ids=str)
def test_murder_base_levels_agree_with_the_guidelines_tables(day):
    """The cross references of §§2D1.1(d)(1), 2B3.1(c)(1), ... read murder_base_levels: the
    same 43 and 33/38 as §§2A1.1 and 2A1.2 on every date (A663, APPENDIX_C_Vol_III.txt line
    80: 33 -> 38 on Nov. 1, 2004)."""
    levels = load_table("murder_base_levels").in_force(day)["levels"]
    assert levels["§2A1.1"] == load_table("first_degree_murder").in_force(day)["base_level"]
    assert levels["§2A1.2"] == load_table("second_degree_murder").in_force(day)["base_level"]


def test_accessory_after_the_fact_to_first_degree_murder():
    """§2X3.1(a): 6 levels below §2A1.1's 43, not more than 30 (2025)."""
    assert steps("2X3.1", "2025", "accessory", {"underlying_guideline": "2A1.1"}) == [
        ("§2A1.1(a)", 43), ("§2X3.1(a)(1)", 37), ("§2X3.1(a)(3)(A)", 30)]


def test_example_murder_for_hire_reaches_2a1_1(capsys):
    """examples/murder-for-hire-2025.toml, worked in its comments: 33, +4, §2A1.1 43: life."""
    result = calc_json(capsys, EXAMPLES / "murder-for-hire-2025.toml")
    assert chapter_two_steps(result) == [("§2A1.5(a)", 33), ("§2A1.5(b)(1)", 37),
                                         ("§2A1.1(a)", 43), ("§2A1.5(c)(1)", 43)]
    assert result["total_offense_level"] == 43 and result["range"]["life"]


def _days() -> list[dt.date]:
    days = set()
    for name in ("first_degree_murder", "second_degree_murder", "voluntary_manslaughter",
                 "involuntary_manslaughter"):
        days |= {v.effective for v in load_table(name).versions}
    return sorted(days)


@settings(max_examples=20, deadline=None)
@given(day=st.sampled_from(_days()))
def test_homicide_levels_are_ordered_on_every_date(day):
    manual = day.isoformat()

    def level(guideline, key=None, facts=None):
        (*_, (_, found)) = steps(guideline, manual, key, facts)
        assert 1 <= found <= 43
        return found

    negligent = level("2A1.4", "involuntary_manslaughter", {"conduct": "criminally_negligent"})
    reckless = level("2A1.4", "involuntary_manslaughter", {"conduct": "reckless"})
    assert level("2A1.1") >= level("2A1.2") >= level("2A1.3") >= reckless >= negligent
