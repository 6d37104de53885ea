"""§2A1.4 (Involuntary Manslaughter): every subdivision of (a) in each version of
tables/involuntary_manslaughter.toml, the day it begins and the day before the next; the
reckless operation of a means of transportation and the special instruction refused before
Nov. 1, 2004 (naming the field, exit 2 through the real command line), applied from then; the
conduct required; a worked case per era through the real command line; hypothesis: within each
version the levels never fall from criminally negligent to reckless to the reckless operation
of a means of transportation, within 1-43.

Sources (under /work/shared/reference/ussg/):
  A652  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 15117-15118 ((a)(1) "10" -> "12", (a)(2)
          "14" -> "18", Nov. 1, 2003)
  A663  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 95-108 ((a)(1) "conduct was criminally
          negligent" struck; "(2) 18, if the conduct was reckless." struck and (a)(2)(A) 18,
          (B) 22 inserted; (b)(1) added, Nov. 1, 2004)
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1201-1213 ((a)(1) 12 line 1203, (a)(2)(A) 18
          line 1207, (a)(2)(B) 22 line 1209, (b)(1) line 1213)
  S2025 = manual_2025/GLM2025_fulltext.txt lines 2655-2677 (the same)
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.engine.tables import load_table
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import (calc_json, calc_refused, case_file,
                                              chapter_two_steps)
from tests.manual.ch2.s2a1_1.homicide_cases import case, chapter_two, refused, steps

KEY = "involuntary_manslaughter"
NEGLIGENT, RECKLESS = "criminally_negligent", "reckless"
TRANSPORT = "reckless_operation_of_means_of_transportation"

LEVELS = [
    # A652 lines 15117-15118: "10" and "14" before Nov. 1, 2003
    ("1987-11-01", NEGLIGENT, "§2A1.4(a)(1)", 10), ("1987-11-01", RECKLESS, "§2A1.4(a)(2)", 14),
    ("2003-10-31", NEGLIGENT, "§2A1.4(a)(1)", 10), ("2003-10-31", RECKLESS, "§2A1.4(a)(2)", 14),
    # A652: "12", "18"; A663 line 97 quotes "(2) 18, if the conduct was reckless."
    ("2003-11-01", NEGLIGENT, "§2A1.4(a)(1)", 12), ("2003-11-01", RECKLESS, "§2A1.4(a)(2)", 18),
    ("2004-10-31", NEGLIGENT, "§2A1.4(a)(1)", 12), ("2004-10-31", RECKLESS, "§2A1.4(a)(2)", 18),
    # A663 lines 95-101; S2016 lines 1203, 1207, 1209
    ("2004-11-01", NEGLIGENT, "§2A1.4(a)(1)", 12), ("2004-11-01", RECKLESS, "§2A1.4(a)(2)(A)", 18),
    ("2004-11-01", TRANSPORT, "§2A1.4(a)(2)(B)", 22),
    # S2025 lines 2657, 2661, 2669
    ("2025-11-01", NEGLIGENT, "§2A1.4(a)(1)", 12), ("2025-11-01", RECKLESS, "§2A1.4(a)(2)(A)", 18),
    ("2025-11-01", TRANSPORT, "§2A1.4(a)(2)(B)", 22),
]


@pytest.mark.parametrize("day,conduct,section,level", LEVELS)
def test_base_offense_level_by_conduct(day, conduct, section, level):
    assert steps("2A1.4", day, KEY, {"conduct": conduct}) == [(section, level)]


def test_the_greater_of_a2_is_shown():
    """S2016 line 1205: "(2) (Apply the greater):" (A) 18 and (B) 22 both apply to a reckless
    driver: (B)."""
    (step,) = chapter_two("2A1.4", "2016", KEY, {"conduct": TRANSPORT})
    assert "“(Apply the greater):” (A) 18 for reckless conduct, (B) 22" in step.reason


@pytest.mark.parametrize("day", ["1987-11-01", "2003-11-01", "2004-10-31"])
def test_means_of_transportation_refused_before_amendment_663(day):
    field, message = refused("2A1.4", day, KEY, {"conduct": TRANSPORT})
    assert field == "offense.involuntary_manslaughter.conduct"
    assert "Amendment 663, eff. Nov. 1, 2004" in message and 'give conduct = "reckless"' in message


@pytest.mark.parametrize("day", ["1987-11-01", "2004-10-31"])
def test_special_instruction_refused_before_amendment_663(day):
    field, message = refused("2A1.4", day, KEY, {"conduct": RECKLESS,
                                                 "more_than_one_person": True})
    assert field == "offense.involuntary_manslaughter.more_than_one_person"
    assert "added by Amendment 663" in message


@pytest.mark.parametrize("day", ["2004-11-01", "2025-11-01"])
def test_special_instruction_from_amendment_663(day):
    """A663 lines 104-108, S2016 line 1213: shown and warned of, the level unchanged."""
    computation = calculate(case("2A1.4", day, KEY, {"conduct": RECKLESS,
                                                     "more_than_one_person": True}))
    shown = [(s.section, s.level, s.change) for s in computation.steps
             if s.chapter == "chapter_two"]
    assert shown == [("§2A1.4(a)(2)(A)", 18, "= 18"),
                     ("§2A1.4(b)(1)", 18, "each person a count")]
    assert any(w.startswith("§2A1.4(b)(1): more than one person") for w in computation.warnings)


def test_conduct_is_required(capsys, tmp_path):
    err = calc_refused(capsys, case_file(tmp_path, "2A1.4", KEY, "", "2025"))
    assert "offense.involuntary_manslaughter.conduct" in err


def test_means_of_transportation_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2A1.4", KEY, f'conduct = "{TRANSPORT}"', "1995")
    assert "offense.involuntary_manslaughter.conduct" in calc_refused(capsys, path)


def test_example_manslaughter_2025(capsys):
    """examples/manslaughter-2025.toml: (a)(2)(B) 22, category I: 41-51 months."""
    result = calc_json(capsys, EXAMPLES / "manslaughter-2025.toml")
    assert chapter_two_steps(result) == [("§2A1.4(a)(2)(B)", 22)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (41, 51)


def test_worked_case_1995(capsys, tmp_path):
    """1995 (A652's "14"): a reckless homicide, 14, category I: 15-21 months."""
    result = calc_json(capsys, case_file(tmp_path, "2A1.4", KEY, 'conduct = "reckless"', "1995"))
    assert chapter_two_steps(result) == [("§2A1.4(a)(2)", 14)]
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (15, 21)


_ROWS = [(v.effective.isoformat(), b["conduct"]) for v in load_table(KEY).versions
         for b in v["base_levels"]]
_ORDER = [NEGLIGENT, RECKLESS, TRANSPORT]


@settings(max_examples=30, deadline=None)
@given(row=st.sampled_from(_ROWS))
def test_more_culpable_conduct_never_lowers_the_level(row):
    day, conduct = row
    names = [c for c in _ORDER if any(r == (day, c) for r in _ROWS)]
    levels = [steps("2A1.4", day, KEY, {"conduct": c})[-1][1] for c in names]
    assert levels == sorted(levels) and all(1 <= level <= 43 for level in levels)
    assert conduct in names
