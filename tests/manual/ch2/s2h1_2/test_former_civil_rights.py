"""The former civil rights guidelines §§2H1.2-2H1.5, each on the first and last day it was in
force and the day after: (a)'s level, N plus the underlying offense's level just below, at and
just above it, (b)(1), the §3B1.3 notes; the worked examples through the real command line;
the refusals; hypothesis: a finding added never lowers the level, which stays within 1-43.

Sources (under /work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
  A327 lines 6907-6922: §2H1.2 as deleted Nov. 1, 1990: "(1) 13; or (2) 2 plus ..."; (b)(1) +4
  A521 lines 17062-17082: §2H1.3: "(1) 10, if no injury occurred; or (2) 15, if injury
       occurred; or (3) 2 plus ..."; (b)(1) +4; lines 17093-17105: §2H1.4: "(1) 10; or (2) 6
       plus ..."; comment. (n.2); lines 17123-17138: §2H1.5: "(1) 6; or (2) 2 plus ..."; (b)(1)
  A166 lines 3301-3302 (Nov. 1, 1989): §2H1.4(a)(2) "2 plus" -> "6 plus"
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps

#: guideline: (facts key, first day, last day, level of (a)(1), paragraph of N plus)
GUIDELINES = {
    "2H1.2": ("civil_rights_conspiracy", "1987-11-01", "1990-10-31", 13, "(a)(2)"),
    "2H1.3": ("civil_rights_force", "1987-11-01", "1995-10-31", 10, "(a)(3)"),
    "2H1.4": ("civil_rights_color_of_law", "1987-11-01", "1995-10-31", 10, "(a)(2)"),
    "2H1.5": ("civil_rights_other", "1987-11-01", "1995-10-31", 6, "(a)(2)"),
}


def _case(guideline: str, facts: dict, day: str, adjustments: dict | None = None) -> Case:
    # category VI: the 1987 Sentencing Table's cells of 0-1 ... 0-6 months are not known
    # (tables/sentencing_table.toml); the offense level does not depend on the category
    data = {"sentencing_date": dt.date.fromisoformat(day),
            "criminal_history": {"category": "VI"},
            "offense": {"guideline": guideline, GUIDELINES[guideline][0]: facts}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


def _steps(guideline: str, facts: dict, day: str) -> list[tuple[str, int]]:
    computation = calculate(_case(guideline, facts, day))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(guideline: str, facts: dict, day: str, adjustments: dict | None = None) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(guideline, facts, day, adjustments))
    return str(error.value)


def _plus(guideline: str, day: str) -> int:
    """6 for §2H1.4 from Nov. 1, 1989 (A166), else 2."""
    return 6 if guideline == "2H1.4" and day >= "1989-11-01" else 2


@pytest.mark.parametrize("guideline", GUIDELINES)
def test_in_force_from_1987_and_refused_after_deletion(guideline):
    _, first, last, level, _ = GUIDELINES[guideline]
    assert _steps(guideline, {}, first) == [(f"§{guideline}(a)(1)", level)]
    assert _steps(guideline, {}, last) == [(f"§{guideline}(a)(1)", level)]
    after = (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()
    message = _refused(guideline, {}, after)
    assert "§2H1.1" in message and ("Amendment 327" if guideline == "2H1.2"
                                    else "Amendment 521") in message


@pytest.mark.parametrize("guideline", GUIDELINES)
@pytest.mark.parametrize("which", ["first", "last"])
def test_n_plus_the_underlying_offense_below_at_and_above(guideline, which):
    """N plus the underlying level replaces (a)(1) only if greater."""
    _, first, last, level, paragraph = GUIDELINES[guideline]
    day = first if which == "first" else last
    plus = _plus(guideline, day)

    def with_level(n):
        return _steps(guideline, {"underlying_guideline": "other",
                                  "underlying_offense_level": n}, day)
    below, at, above = (level - plus - 1, level - plus, level - plus + 1)
    assert with_level(below)[-1] == (f"§{guideline}{paragraph}", level)
    assert with_level(at)[-1] == (f"§{guideline}{paragraph}", level)
    assert with_level(above)[-1] == (f"§{guideline}{paragraph}", level + 1)


def test_amendment_166_six_plus_for_2h1_4():
    facts = {"underlying_guideline": "other", "underlying_offense_level": 20}
    assert _steps("2H1.4", facts, "1989-10-31")[-1] == ("§2H1.4(a)(2)", 22)
    assert _steps("2H1.4", facts, "1989-11-01")[-1] == ("§2H1.4(a)(2)", 26)


def test_2h1_3_injury():
    for day in ("1987-11-01", "1989-11-01", "1995-10-31"):
        assert _steps("2H1.3", {"injury": True}, day) == [("§2H1.3(a)(2)", 15)]
        facts = {"injury": True, "underlying_guideline": "other", "underlying_offense_level": 14}
        assert _steps("2H1.3", facts, day)[-1] == ("§2H1.3(a)(3)", 16)


@pytest.mark.parametrize("guideline", ["2H1.2", "2H1.3", "2H1.5"])
def test_public_official_and_the_3b1_3_note(guideline):
    _, first, last, level, _ = GUIDELINES[guideline]
    for day in (first, last):
        assert _steps(guideline, {"public_official": True}, day)[-1] == (
            f"§{guideline}(b)(1)", level + 4)
        message = _refused(guideline, {"public_official": True}, day,
                           {"role": {"abuse_of_trust": True}})
        assert "adjustments.role.abuse_of_trust" in message and "§3B1.3" in message
        # without (b)(1), §3B1.3 applies
        computation = calculate(_case(guideline, {}, day, {"role": {"abuse_of_trust": True}}))
        assert computation.result.total_offense_level == level + 2


def test_2h1_4_never_with_3b1_3_and_has_no_public_official_key():
    message = _refused("2H1.4", {}, "1990-11-01", {"role": {"special_skill": True}})
    assert "adjustments.role.special_skill" in message and "(n.2)" in message
    with pytest.raises(ValueError, match="public_official"):
        _case("2H1.4", {"public_official": True}, "1990-11-01")


def test_underlying_offense_computed_under_its_guideline():
    case = Case.model_validate({
        "sentencing_date": dt.date(1989, 11, 1), "criminal_history": {"category": "I"},
        "offense": {"guideline": "2H1.5", "civil_rights_other": {"underlying_guideline":
                                                                  "2A6.1"},
                    "threatening_communications": {"intent_to_carry_out_threat": True}}})
    steps = [(s.section, s.level) for s in calculate(case).steps if s.chapter == "chapter_two"]
    assert steps == [("§2H1.5(a)(1)", 6), ("§2A6.1(a)", 12), ("§2A6.1(b)(1)", 18),
                     ("§2H1.5(a)(2)", 20)]


@pytest.mark.parametrize("name,steps,total", [
    ("civil-rights-conspiracy-2h1.2-1989", [("§2H1.2(a)(1)", 13), ("§2A6.1(a)", 12),
                                            ("§2A6.1(b)(1)", 18), ("§2H1.2(a)(2)", 20)], 18),
    ("civil-rights-force-2h1.3-1993", [("§2H1.3(a)(2)", 15)], 13),
    ("civil-rights-color-of-law-2h1.4-1991", [("§2H1.4(a)(1)", 10), ("§2H1.4(a)(2)", 29)], 27),
    ("civil-rights-other-2h1.5-1994", [("§2H1.5(a)(1)", 6), ("§2H1.5(b)(1)", 10)], 8)])
def test_worked_examples_through_the_cli(capsys, name, steps, total):
    result = calc_json(capsys, ROOT / "examples" / f"{name}.toml")
    assert chapter_two_steps(result) == steps and result["total_offense_level"] == total


def test_unknown_key_and_deleted_guideline_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2H1.3", "civil_rights_force", "injured = true", "1990")
    assert "civil_rights_force.injured" in calc_refused(capsys, path)
    path = case_file(tmp_path, "2H1.2", "civil_rights_conspiracy", "public_official = true",
                     "1991")
    assert "Amendment 327" in calc_refused(capsys, path)


@settings(max_examples=40, deadline=None)
@given(guideline=st.sampled_from(sorted(GUIDELINES)), late=st.booleans(),
       level=st.sampled_from([None, 4, 8, 11, 13, 14, 20, 37]),
       official=st.booleans(), injury=st.booleans())
def test_a_finding_added_never_lowers_the_level(guideline, late, level, official, injury):
    _, first, last, _, _ = GUIDELINES[guideline]
    day = last if late else first
    facts: dict = {}
    levels = [_steps(guideline, facts, day)[-1][1]]
    additions = [("underlying", level is not None), ("public_official", official
                                                     and guideline != "2H1.4"),
                 ("injury", injury and guideline == "2H1.3")]
    for name, add in additions:
        if not add:
            continue
        if name == "underlying":
            facts |= {"underlying_guideline": "other", "underlying_offense_level": level}
        else:
            facts[name] = True
        levels.append(_steps(guideline, facts, day)[-1][1])
    assert levels == sorted(levels) and all(1 <= n <= 43 for n in levels)
