"""A career offender (§4B1.1) and an armed career criminal (§4B1.4) as the court found them,
through the real `ussg calc`: the status, with the statutory maximum or the court's level,
without the age or the prior record.

Hand-computed from the Nov. 1, 2016 Manual (reference: sections/2016/USSG_4B1.1_2016.txt;
manual_2016/GLM2016_fulltext.txt, §4B1.4 at line 11179):
  §2D1.1(c)(8): 600 g of cocaine -> 24; §3E1.1(a), (b): -3 -> 21 (category III stated).
  §4B1.1(b)(2): "25 years or more 34", "*If an adjustment from §3E1.1 ... applies, decrease the
    offense level by the number of levels corresponding" -> 31; Category VI: 188-235 months.
  §4B1.4(b)(3)(A) 34 / (B) 33, the same footnote -> 31 / 30; (c)(2) Category VI / (c)(3)
    Category IV: 31/VI 188-235, 30/IV 135-168 (Sentencing Table).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w

from tests.conftest import ROOT, run_ussg

AS_FOUND = ROOT / "tests" / "data" / "chapter_four" / "career-offender-as-found-2016.toml"
CO = "criminal_history.career_offender"


def _variant(tmp_path: Path, career: dict | None = None, armed: dict | None = None,
             **top: object) -> Path:
    case = tomllib.loads(AS_FOUND.read_text())
    if career is None:
        case["criminal_history"].pop("career_offender")
    else:
        case["criminal_history"]["career_offender"] = career
    if armed is not None:
        case["criminal_history"]["armed_career_criminal"] = armed
    case.update(top)
    path = tmp_path / "variant.toml"
    path.write_text(tomli_w.dumps(case))
    return path


def _result(path: Path, *args: str) -> dict:
    run = run_ussg("calc", path, "--format", "json", *args)
    assert run.code == 0, run.err
    (result,) = run.json_lines()
    return result


def _step(result: dict, section: str) -> dict:
    (step,) = [s for s in result["steps"] if s["section"] == section]
    return step


def test_status_and_statutory_maximum_without_age_or_record() -> None:
    result = _result(AS_FOUND)
    found = _step(result, "§4B1.1(a)")
    assert found["change"] == "career offender" and found["input"] == "as found by the court"
    assert not [s for s in result["steps"] if s["section"].startswith("§4B1.1(a)(")]
    level = _step(result, "§4B1.1(b)(2)")
    assert level["level"] == 31 and level["input"] == "offense statutory maximum 40 years"
    assert result["total_offense_level"] == 31
    assert result["criminal_history_category"] == "VI"
    assert result["range"] == {"min_months": 188, "max_months": 235, "life": False}
    text = run_ussg("calc", AS_FOUND)
    assert text.code == 0 and "188–235 months" in text.out


def test_the_courts_level_alone(tmp_path: Path) -> None:
    result = _result(_variant(tmp_path, {"career_offender": True, "offense_level": 34}))
    assert _step(result, "§4B1.1(b)(2)")["input"] == "level 34 as found by the court"
    assert result["range"] == {"min_months": 188, "max_months": 235, "life": False}
    # With the maximum as well, they must agree: 40 years is (b)(2), 34.
    result = _result(_variant(tmp_path, {"career_offender": True, "offense_level": 34,
                                         "offense_statutory_maximum": "40 years"}))
    assert result["total_offense_level"] == 31


def test_a_level_the_edition_does_not_have_is_refused(tmp_path: Path) -> None:
    run = run_ussg("calc", _variant(tmp_path, {"career_offender": True, "offense_level": 33}))
    assert run.code == 2 and "Traceback" not in run.err
    assert f"{CO}.offense_level: 33 is not a level of this edition's §4B1.1(b) table " \
           "(37, 34, 32, 29, 24, 17, 12)" in run.err
    # The original table (Nov. 1, 1987: 37, 34, 26, 19, 12, 4) has no level 32.
    path = _variant(tmp_path, {"career_offender": True, "offense_level": 32})
    assert _result(path)["total_offense_level"] == 29  # 32 - 3 under 2016
    run = run_ussg("calc", path, "--manual", "1987")
    assert run.code == 2 and "(37, 34, 26, 19, 12, 4)" in run.err


def test_a_level_that_disagrees_with_the_maximum_is_refused(tmp_path: Path) -> None:
    path = _variant(tmp_path, {"career_offender": True, "offense_level": 32,
                               "offense_statutory_maximum": "40 years"})
    run = run_ussg("calc", path)
    assert run.code == 2 and f"{CO}.offense_level: level 32, as found" in run.err
    assert "(34)" in run.err


def test_what_the_finding_still_needs(tmp_path: Path) -> None:
    run = run_ussg("calc", _variant(tmp_path, {"career_offender": True}))
    assert run.code == 2 and CO in run.err
    assert "needs offense_statutory_maximum or offense_level" in run.err
    run = run_ussg("calc", _variant(tmp_path, {"offense_statutory_maximum": "40 years"}))
    assert run.code == 2 and "instant_offense required" in run.err
    run = run_ussg("calc", _variant(tmp_path, {"career_offender": True, "offense_level": 34,
                                               "prior_felony_convictions": 1}))
    assert run.code == 2 and "§4B1.1(a)(3) needs at least two" in run.err
    run = run_ussg("calc", _variant(tmp_path, {"career_offender": 1,
                                               "offense_level": 34}))
    assert run.code == 2 and f"{CO}.career_offender" in run.err


def test_without_the_finding_the_criteria_are_decided(tmp_path: Path) -> None:
    """career_offender = false (the default) is ussg deciding §4B1.1(a): its criteria needed."""
    run = run_ussg("calc", _variant(tmp_path, {"career_offender": False, "offense_level": 34,
                                               "offense_statutory_maximum": "40 years"}))
    assert run.code == 2 and "offense_level is the level the court found: it needs " \
                             "career_offender = true" in run.err
    run = run_ussg("calc", _variant(tmp_path, {"career_offender": False,
                                               "instant_offense": "controlled_substance_offense",
                                               "offense_statutory_maximum": "40 years"}))
    assert run.code == 2 and "criminal_history.age_at_instant_offense" in run.err


def test_armed_career_criminal_as_found_with_the_courts_level(tmp_path: Path) -> None:
    """§4B1.4(a): subject to § 924(e) is the status; the level as found decides (b)(3) and
    (c)(2)/(c)(3) without firearm_in_connection."""
    result = _result(_variant(tmp_path, None, {"subject_to_924e": True,
                                               "offense_level": 34}))
    step = _step(result, "§4B1.4(b)(3)(A)")
    assert step["level"] == 31 and "as found by the court" in step["input"]
    assert result["criminal_history_category"] == "VI"
    assert result["range"] == {"min_months": 188, "max_months": 235, "life": False}
    result = _result(_variant(tmp_path, None, {"subject_to_924e": True,
                                               "offense_level": 33}))
    assert _step(result, "§4B1.4(b)(3)(B)")["level"] == 30
    assert result["criminal_history_category"] == "IV"
    assert result["range"] == {"min_months": 135, "max_months": 168, "life": False}


def test_armed_career_criminal_findings_are_checked(tmp_path: Path) -> None:
    where = "criminal_history.armed_career_criminal"
    for armed, words in [
        ({"subject_to_924e": True, "offense_level": 35},
         f"{where}.offense_level: 35 is not a §4B1.4(b)(3) level of this edition (34 under (A), "
         "33 under (B))"),
        ({"subject_to_924e": True, "offense_level": 34, "firearm_in_connection": False},
         "does not agree with firearm_in_connection = false"),
        ({"subject_to_924e": True, "offense_level": 33, "firearm_in_connection": True},
         "does not agree with firearm_in_connection = true"),
        ({"subject_to_924e": True, "offense_level": 34, "convicted_844h_924c_or_929a": True},
         "34 is the (b)(3)(A) level, which comment. (n.2) excludes"),
        ({"subject_to_924e": False, "offense_level": 34},
         "subject_to_924e = false: no §4B1.4 offense_level applies"),
        ({"offense_level": 34}, f"{where}.subject_to_924e"),
    ]:
        run = run_ussg("calc", _variant(tmp_path, None, armed))
        assert run.code == 2 and "Traceback" not in run.err, armed
        assert words in run.err, (armed, run.err)
    # Before Nov. 1, 1990 there is no §4B1.4 (Amendment 355): the finding is refused.
    path = _variant(tmp_path, None, {"subject_to_924e": True, "offense_level": 34})
    run = run_ussg("calc", path, "--manual", "1989")
    assert run.code == 2 and f"{where}: §4B1.4 (Armed Career Criminal) was added Nov. 1, " \
                             "1990 by Amendment 355" in run.err
