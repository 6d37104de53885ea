"""§2A6.1 (Threatening or Harassing Communications; Hoaxes; False Liens) in every edition: each
characteristic and the decrease the day before and the day an amendment changed them (the
Manual in force on the sentencing date), computed in-process; a worked case per era through
the real command line; the refusals; hypothesis: a finding added never lowers the level
except the decrease.

Sources (under /work/shared/reference/ussg/):
  S2016 = manual_2016/GLM2016_fulltext.txt lines 1929-1953 ((a) 1931-1935, (b)(1) 1939,
          (b)(2) 1941, (b)(3) 1943, (b)(4) 1945, (b)(5) 1947, (b)(6) 1949, (c)(1) 1953),
          comment. (n.2) line 1963
  S2025 = manual_2025/GLM2025_fulltext.txt lines 4111-4160 (the same words), (n.2) 4186-4187
  A480  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 13921-13924 (Nov. 1, 1993: "defendant
          engaged in" -> "offense involved"; "the defendant's conduct" -> "the offense")
  A549  = APPENDIX_C_Vol_I.txt lines 19656-19674 (Nov. 1, 1997: (a) "12" -> (a)(1) 12, (a)(2)
          6; (b)(2) more than two threats +2, (b)(3) court protection order +2; the decrease
          renumbered (b)(4), "If (A) subsection (a)(2) and subdivisions (1), (2), and (3) do not
          apply")
  A637  = APPENDIX_C_Vol_II.txt lines 9650-9656 (Nov. 1, 2002: (b)(4) substantial disruption
          +4; the decrease (b)(5), "(3), and (4)")
  A686  = APPENDIX_C_Vol_III.txt lines 6629-6638 (Nov. 1, 2006: (c)(1) §2M6.1 if greater)
  A718  = APPENDIX_C_Vol_III.txt lines 12297-12312 (Nov. 1, 2008: (b)(2)(B) false liens,
          comment. (n.2) § 1521: apply §3A1.2)
  A729  = APPENDIX_C_Vol_III.txt lines 13249-13256 (Nov. 1, 2009: (b)(5) § 115 public threat
          +2; the decrease (b)(6), "(4), and (5)")
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

KEY = "threatening_communications"
EXAMPLE = ROOT / "examples" / "threats-2025.toml"


def _case(facts: dict, day: str, adjustments: dict | None = None) -> Case:
    data = {"sentencing_date": day, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2A6.1", KEY: facts}}
    if adjustments:
        data["adjustments"] = adjustments
    data["sentencing_date"] = dt.date.fromisoformat(day)
    return Case.model_validate(data)


def _steps(facts: dict, day: str, adjustments: dict | None = None) -> list[tuple[str, int]]:
    computation = calculate(_case(facts, day, adjustments))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def _refused(facts: dict, day: str) -> str:
    with pytest.raises(CaseError) as error:
        calculate(_case(facts, day))
    return str(error.value)


# (b)(1) +6 and the decrease in every edition (A480's words change no level); the decrease
# not applied where (b)(1) applies (1987 (b)(2): "If specific offense characteristic
# §2A6.1(b)(1) does not apply"; S2016 (b)(6)(A)).
@pytest.mark.parametrize("day,decrease", [
    ("1988-01-15", "(b)(2)"), ("1993-10-31", "(b)(2)"), ("1993-11-01", "(b)(2)"),
    ("1997-10-31", "(b)(2)"), ("1997-11-01", "(b)(4)"), ("2002-10-31", "(b)(4)"),
    ("2002-11-01", "(b)(5)"), ("2009-10-31", "(b)(5)"), ("2009-11-01", "(b)(6)"),
    ("2023-11-01", "(b)(6)"), ("2025-11-01", "(b)(6)")])
def test_intent_and_the_decrease_in_every_edition(day, decrease):
    assert _steps({"intent_to_carry_out_threat": True}, day) == [
        (_base(day), 12), ("§2A6.1(b)(1)", 18)]
    assert _steps({"single_instance_little_deliberation": True}, day) == [
        (_base(day), 12), (f"§2A6.1{decrease}", 8)]
    assert _steps({"intent_to_carry_out_threat": True,
                   "single_instance_little_deliberation": True}, day) == [
        (_base(day), 12), ("§2A6.1(b)(1)", 18), (f"§2A6.1{decrease}", 18)]


def _base(day: str) -> str:
    return "§2A6.1(a)" if day < "1997-11-01" else "§2A6.1(a)(1)"


def test_amendment_549_base_level_6_and_new_characteristics():
    """A549: (a)(2) 6, (b)(2) +2, (b)(3) +2; refused the day before."""
    facts = {"convicted_47_usc_223_without_threat": True}
    assert "Amendment 549" in _refused(facts, "1997-10-31")
    assert _steps(facts, "1997-11-01") == [("§2A6.1(a)(2)", 6)]
    # the decrease needs (a)(2) not to apply (A549 line 19674)
    facts["single_instance_little_deliberation"] = True
    assert _steps(facts, "1997-11-01") == [("§2A6.1(a)(2)", 6), ("§2A6.1(b)(4)", 6)]
    for name in ("more_than_two_threats", "protection_order_violation"):
        assert f"{KEY}.{name}" in _refused({name: True}, "1997-10-31")
        assert _steps({name: True}, "1997-11-01")[-1][1] == 14
        # each bars the decrease (A549: "subdivisions (1), (2), and (3) do not apply")
        assert _steps({name: True, "single_instance_little_deliberation": True},
                      "1997-11-01")[-1] == ("§2A6.1(b)(4)", 14)


def test_amendment_637_disruption():
    """A637: (b)(4) +4 once for (A) or (B); it bars the decrease, now (b)(5)."""
    facts = {"disruption": ["substantial_disruption", "substantial_expenditure"]}
    assert f"{KEY}.disruption" in _refused(facts, "2002-10-31")
    assert _steps(facts, "2002-11-01") == [("§2A6.1(a)(1)", 12), ("§2A6.1(b)(4)", 16)]
    facts["single_instance_little_deliberation"] = True
    assert _steps(facts, "2002-11-01")[-1] == ("§2A6.1(b)(5)", 16)


def test_amendment_686_cross_reference_to_2m6_1_if_greater():
    """A686: (c)(1) "apply §2M6.1 ..., if the resulting offense level is greater": 19 over 18
    adopted, 18 over 18 not."""
    facts = {"intent_to_carry_out_threat": True, "wmd_threat_offense_level": 19}
    assert f"{KEY}.wmd_threat_offense_level" in _refused(facts, "2006-10-31")
    assert _steps(facts, "2006-11-01")[-1] == ("§2A6.1(c)(1)", 19)
    facts["wmd_threat_offense_level"] = 18
    steps = calculate(_case(facts, "2006-11-01")).steps
    step = next(s for s in steps if s.section == "§2A6.1(c)(1)")
    assert step.change == "not applied" and step.level == 18


def test_amendment_718_false_liens_and_the_official_victim_note():
    """A718: (b)(2)(B) +2 with a § 1521 conviction; comment. (n.2): §3A1.2 must be stated."""
    facts = {"convicted_under_1521": True, "more_than_two_false_liens": True}
    assert "Amendment 718" in _refused(facts, "2008-10-31")
    assert "adjustments.victim.official_victim" in _refused(facts, "2008-11-01")
    victim = {"victim": {"official_victim": "status_person_offense"}}
    assert _steps(facts, "2008-11-01", victim) == [
        ("§2A6.1(a)(1)", 12), ("§2A6.1(b)(2)", 14), ("§2A6.1, comment. (n.2)", 14)]
    computation = calculate(_case(facts, "2008-11-01", victim))
    assert computation.result.total_offense_level == 20  # §3A1.2(b): +6 (Part A guideline)


def test_false_liens_without_a_1521_conviction_is_refused():
    with pytest.raises(ValueError, match="convicted_under_1521"):
        _case({"more_than_two_false_liens": True}, "2016-11-01")


def test_amendment_729_public_threat():
    """A729: (b)(5) +2; it bars the decrease, now (b)(6)."""
    facts = {"public_threat_inciting_115": True}
    assert f"{KEY}.public_threat_inciting_115" in _refused(facts, "2009-10-31")
    assert _steps(facts, "2009-11-01") == [("§2A6.1(a)(1)", 12), ("§2A6.1(b)(5)", 14)]
    facts["single_instance_little_deliberation"] = True
    assert _steps(facts, "2009-11-01")[-1] == ("§2A6.1(b)(6)", 14)


def test_the_versions_and_their_verification():
    table = load_table("threatening_communications")
    got = [(str(v.effective), v.verification) for v in table.versions]
    assert got == [("1987-11-01", "derived"), ("1993-11-01", "derived"),
                   ("1997-11-01", "derived"), ("2002-11-01", "derived"),
                   ("2006-11-01", "derived"), ("2008-11-01", "derived"),
                   ("2009-11-01", "verbatim"), ("2023-11-01", "derived"),
                   ("2025-11-01", "verbatim")]


def test_worked_case_2025(capsys):
    """examples/threats-2025.toml, worked by hand in its comments from S2025."""
    result = calc_json(capsys, EXAMPLE)
    assert chapter_two_steps(result) == [("§2A6.1(a)(1)", 12), ("§2A6.1(b)(1)", 18),
                                         ("§2A6.1(b)(2)", 20), ("§2A6.1(b)(3)", 22)]
    assert result["total_offense_level"] == 19  # 22 - 3 (§3E1.1(a) and (b))
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv): level 19, I
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}


def test_worked_case_1990_era(capsys, tmp_path):
    """The Nov. 1, 1989 Manual (A549's quoted (a) 12; (b)(2) as A549 and A480 quote it): a
    single letter with little deliberation: 12 - 4 = 8."""
    path = case_file(tmp_path, "2A6.1", KEY, "single_instance_little_deliberation = true",
                     "1989-11-01")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A6.1(a)", 12), ("§2A6.1(b)(2)", 8)]


def test_worked_case_2003_era(capsys, tmp_path):
    """The Nov. 1, 2002 Manual (A637): an anthrax hoax letter that closed a post office:
    12 + 4 ((b)(4)(A)) = 16, the decrease barred."""
    path = case_file(tmp_path, "2A6.1", KEY, 'disruption = ["substantial_disruption"]\n'
                     "single_instance_little_deliberation = true", "2002-11-01")
    result = calc_json(capsys, path)
    assert chapter_two_steps(result) == [("§2A6.1(a)(1)", 12), ("§2A6.1(b)(4)", 16),
                                         ("§2A6.1(b)(5)", 16)]


def test_a_fact_the_edition_lacks_is_refused_through_the_cli(capsys, tmp_path):
    path = case_file(tmp_path, "2A6.1", KEY, "protection_order_violation = true", "1995")
    err = calc_refused(capsys, path)
    assert f"offense.{KEY}.protection_order_violation" in err and "Amendment 549" in err


DAYS = ["1988-01-15", "1993-11-01", "1997-11-01", "2002-11-01", "2006-11-01", "2008-11-01",
        "2009-11-01", "2023-11-01", "2025-11-01"]
RAISING = ["intent_to_carry_out_threat", "more_than_two_threats", "protection_order_violation",
           "public_threat_inciting_115"]


@settings(max_examples=40, deadline=None)
@given(day=st.sampled_from(DAYS), found=st.sets(st.sampled_from(RAISING)),
       added=st.sampled_from(RAISING), single=st.booleans())
def test_a_characteristic_found_never_lowers_the_level(day, found, added, single):
    def level(names: set[str]) -> int:
        facts = {name: True for name in names}
        facts["single_instance_little_deliberation"] = single
        try:
            result = calculate(_case(facts, day)).result
        except CaseError:
            return -1  # a characteristic the edition lacks: refused, never computed
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    before, after = level(found), level(found | {added})
    if before != -1 and after != -1:
        assert before <= after
