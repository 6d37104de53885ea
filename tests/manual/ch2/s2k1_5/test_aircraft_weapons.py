"""§2K1.5 (Possessing Dangerous Weapons or Materials While Boarding or Aboard an Aircraft) in
every edition: (a) 9, each of (b)(1)-(3) alone and together (the greatest), the (c)(1) cross
reference (completed, attempted, stated, possessed before and after Amendment 404) computed
in-process; a worked case per era through the real command line; the refusals.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 7415-7439 ((a) 7417, (b) 7421, (b)(1) 7423,
          (b)(2) 7425, (b)(3) 7427, (c)(1) 7431); S2025 = manual_2025/GLM2025_fulltext.txt
          lines 13494-13538 (the same words)
  A404  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 10765-10766 (Nov. 1, 1991: "or possessed")
  A443  = APPENDIX_C_Vol_I.txt lines 12207-12214 (Nov. 1, 1992: (b)(1) as it stood and as
          it became)
  A534  = APPENDIX_C_Vol_I.txt lines 17897-17898 (Nov. 1, 1995: (b)(3) "§ 46505")
"""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.tables import load_table

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

EXAMPLE = ROOT / "examples" / "aircraft-weapon-2025.toml"
EDITIONS = ["1987-11-01", "1989-11-01", "1991-11-01", "1992-11-01", "1995-11-01",
            "2025-11-01"]


def _case(facts: dict, day: str, offense: dict | None = None) -> Case:
    return Case.model_validate({
        "sentencing_date": dt.date.fromisoformat(day), "criminal_history": {"category": "I"},
        "offense": {"guideline": "2K1.5", "aircraft_weapons": facts, **(offense or {})}})


def _steps(facts: dict, day: str, offense: dict | None = None) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, offense))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


B = [("disregard_for_safety_of_human_life", "(b)(1)", 15),
     ("prohibited_by_other_federal_law", "(b)(2)", 2),
     ("lawful_but_for_46505_mere_negligence", "(b)(3)", -3)]


@pytest.mark.parametrize("day", EDITIONS)
@pytest.mark.parametrize("key,paragraph,levels", B)
def test_each_characteristic_in_each_edition(day, key, paragraph, levels):
    """9 (S2016 line 7417), then +15, +2 or -3 (lines 7423-7427; no amendment changed them).
    Level 6 under the 1987 Sentencing Table is refused (a cell Amendment 270 rewrote, not at
    hand): there a (c)(1) level 10 is stated so that the range can be read."""
    facts = {key: True}
    if day < "1989-11-01" and levels == -3:
        facts |= {"other_offense_guideline": "other", "other_offense_level": 10}
    steps = _steps(facts, day)
    assert steps[:2] == [("§2K1.5(a)", 9), (f"§2K1.5{paragraph}", 9 + levels)]


@pytest.mark.parametrize("day", ["1987-11-01", "2025-11-01"])
def test_the_greatest(day):
    """(b): "If more than one applies, use the greatest" ("If any of the following applies"
    before Nov. 1, 1989)."""
    both = {"prohibited_by_other_federal_law": True, "lawful_but_for_46505_mere_negligence":
            True}
    assert _steps(both, day)[-1] == ("§2K1.5(b)(2)", 11)
    every = {k: True for k, _, _ in B}
    assert _steps(every, day)[-1] == ("§2K1.5(b)(1)", 24)


@pytest.mark.parametrize("stated,applied", [(24, False), (25, True)])
def test_other_offense_if_greater(stated, applied):
    facts = {"disregard_for_safety_of_human_life": True, "other_offense_guideline": "other",
             "other_offense_level": stated}
    assert _steps(facts, "2025-11-01")[-1] == ("§2K1.5(c)(1)", stated if applied else 24)


@pytest.mark.parametrize("day,applied", [("1991-10-31", False), ("1991-11-01", True)])
def test_possessed_only_before_and_after_amendment_404(day, applied):
    facts = {"other_offense_guideline": "other", "other_offense_level": 20,
             "possessed_only": True}
    assert _steps(facts, day)[-1] == ("§2K1.5(c)(1)", 20 if applied else 9)


def test_other_offense_computed_and_attempted():
    """§2A2.2 (2025): 14, a dangerous weapon otherwise used +4, serious bodily injury +5 = 23;
    attempted: §2X1.1 in respect to it, 3 lower = 20."""
    assault = {"weapon": "dangerous_weapon_otherwise_used",
               "bodily_injury": "serious_bodily_injury"}
    offense = {"aggravated_assault": assault}
    steps = _steps({"other_offense_guideline": "2A2.2"}, "2025-11-01", offense)
    assert steps[-1] == ("§2K1.5(c)(1)", 23) and ("§2A2.2(a)", 14) in steps
    steps = _steps({"other_offense_guideline": "2A2.2", "other_offense_attempted": True},
                   "2025-11-01", offense)
    assert steps[-1] == ("§2K1.5(c)(1)", 20)


def test_example_2025(capsys):
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2K1.5(a)", 9), ("§2K1.5(b)(1)", 24)]
    assert result["total_offense_level"] == 21


def test_1988_worked_case(capsys, tmp_path):
    """1987 guideline: 9, (b)(2) +2 = 11; (c)(1) the other offense (used), level 13 as
    determined, greater: 13."""
    path = case_file(tmp_path, "2K1.5", "aircraft_weapons",
                     'prohibited_by_other_federal_law = true\nother_offense_guideline = "other"'
                     '\nother_offense_level = 13', "1988-06-15")
    assert chapter_two_steps(calc_json(capsys, path)) == [
        ("§2K1.5(a)", 9), ("§2K1.5(b)(2)", 11), ("§2K1.5(c)(1)", 13)]


def test_unknown_fact_refused(capsys, tmp_path):
    path = case_file(tmp_path, "2K1.5", "aircraft_weapons", "flew_the_plane = true", "2025")
    assert "offense.aircraft_weapons.flew_the_plane" in calc_refused(capsys, path)


def test_attempt_without_other_offense_refused(capsys, tmp_path):
    path = case_file(tmp_path, "2K1.5", "aircraft_weapons", "other_offense_attempted = true",
                     "2025")
    assert "offense.aircraft_weapons" in calc_refused(capsys, path)


def test_every_version_sourced_and_texts_by_edition():
    versions = load_table("aircraft_weapons").versions
    assert [v["effective"] for v in versions][0] == dt.date(1987, 11, 1)
    texts = {v["effective"].year: v["disregard"]["text"] for v in versions}
    assert "is convicted under 49 U.S.C. § 1472(l)(2)" in texts[1989]  # A443's quotation
    assert texts[1992].startswith("If the offense was committed willfully")  # A443, S2016 7423
    assert "§ 46505" in versions[-1]["negligence"]["text"]  # A534
