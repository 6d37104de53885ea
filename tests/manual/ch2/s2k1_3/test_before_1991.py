"""§2K1.3 of Nov. 1, 1987 - Oct. 31, 1991 ("Unlawfully Trafficking In, Receiving, or
Transporting Explosives") through the real CLI, each level worked by hand from the text
Amendment 373 quotes as it deletes it (../shared/reference/ussg/appendix_c_2016/
APPENDIX_C_Vol_I.txt lines 8749-8775: (a) line 8750, (b) 8751-8752, (b)(1) 8753-8755,
(b)(2) 8756-8758, (b)(3) 8759-8767, (b)(4) 8768-8772, (b)(5) 8773-8775), which is the text of
Amendment 183 (Nov. 1, 1989; lines 3545-3548). The 1987 text is that quote with 183 undone:
(b) "If any of the following applies, use the greatest", (b)(5) "substantive firearm offense".
Edition dates: 1988-10-15 is in force the day before Nov. 1, 1989; 1990-11-01 the day before
Nov. 1, 1991 (`ussg editions`).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from tests.manual.ch2.s2k1_3.test_explosives_2k1_3 import explosives
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, run

EARLY = ("1987", "1988-10-15", "1989", "1990")
#: the 1987 Sentencing Table's cells of minimum 0 are refused (not known): category VI
VI = 'category = "VI"'


def steps(tmp_path, capsys, facts: str, manual: str) -> list[tuple[str, int]]:
    code, result = run(tmp_path, capsys, explosives(facts, manual, history=VI))
    assert code == 0, result
    return chapter_two(result)


def refused(tmp_path, capsys, facts: str, manual: str) -> str:
    code, err = run(tmp_path, capsys, explosives(facts, manual, history=VI))
    assert code == 2, err
    return err


SUBSTANTIVE = '\n[offense.explosives.concealed_substantive_offense]\nguideline = "other"\n' \
              'offense_level = {}'


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("facts,expected", [
    ("", [("§2K1.3(a)", 6)]),  # line 8750 "Base Offense Level: 6"
    # (b)(1) false statement, false record or misrepresented identification +4 (8753-8755)
    ("false_statement = true", [("§2K1.3(a)", 6), ("§2K1.3(b)(1)", 10)]),
    # (b)(2) stolen explosives +6 (8756-8758)
    ("stolen = true", [("§2K1.3(a)", 6), ("§2K1.3(b)(2)", 12)]),
    # (b)(3) to a person under twenty-one, barred by state law, or out-of-state +4 (8759-8767)
    ("distributed_to_barred_person = true", [("§2K1.3(a)", 6), ("§2K1.3(b)(3)", 10)]),
    # (b)(4) a person prohibited under 18 U.S.C. § 842(i), or distributed to one +10 (8768-8772)
    ("prohibited_person = true", [("§2K1.3(a)", 6), ("§2K1.3(b)(4)", 16)]),
    ("distributed_to_prohibited_person = true", [("§2K1.3(a)", 6), ("§2K1.3(b)(4)", 16)]),
    # "use the greatest" (8752): (1) 10, (2) 12, (3) 10 met: (2) alone applies
    ("false_statement = true\nstolen = true\ndistributed_to_barred_person = true",
     [("§2K1.3(a)", 6), ("§2K1.3(b)(2)", 12)]),
    # all of (1)-(4): (4) +10 alone, never cumulative (16, not 30)
    ("false_statement = true\nstolen = true\ndistributed_to_barred_person = true\n"
     "prohibited_person = true", [("§2K1.3(a)", 6), ("§2K1.3(b)(4)", 16)]),
])
def test_levels(tmp_path, capsys, manual, facts, expected):
    assert steps(tmp_path, capsys, facts, manual) == expected


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("stated,expected", [
    # (b)(5) (8773-8775) "apply the guideline for the substantive offense", one of (b)'s
    # alternatives: against (b)(4)'s 16, the greatest of the two levels
    (15, [("§2K1.3(a)", 6), ("§2K1.3(b)(4)", 16)]),  # below
    (16, [("§2K1.3(a)", 6), ("§2K1.3(b)(4)", 16)]),  # equal: the first in the text
    (17, [("§2K1.3(a)", 6), ("§2K1.3(b)(5)", 17)]),  # above
])
def test_substantive_offense_against_prohibited_person(tmp_path, capsys, manual, stated,
                                                      expected):
    assert steps(tmp_path, capsys, "prohibited_person = true" + SUBSTANTIVE.format(stated),
                 manual) == expected


def test_substantive_offense_alone_applies_its_guideline(tmp_path, capsys):
    # (b)(5) alone: nothing to compare, the substantive offense's guideline applies
    assert steps(tmp_path, capsys, SUBSTANTIVE.format(20), "1990") == [
        ("§2K1.3(a)", 6), ("§2K1.3(b)(5)", 20)]


def test_texts_of_1987_and_1989(tmp_path, capsys):
    # Amendment 183 (lines 3545-3548): "any of the following" -> "more than one"; (b)(5)
    # "firearm offense" -> "offense involving explosives"
    for manual, lead, b5 in (("1988-10-15", "If any of the following applies, use the greatest",
                              "substantive firearm offense"),
                             ("1989", "If more than one applies, use the greatest",
                              "substantive offense involving explosives")):
        code, result = run(tmp_path, capsys, explosives(SUBSTANTIVE.format(9), manual,
                                                       history=VI))
        assert code == 0, result
        step = [s for s in result["steps"] if s["section"] == "§2K1.3(b)(5)"][0]
        assert lead in step["reason"] and b5 in step["reason"], step
        assert step["source"].startswith("Amendment 183" if manual == "1989" else
                                         "§2K1.3 of Nov. 1, 1987"), step


@pytest.mark.parametrize("manual,section,level", [
    ("1990-11-01", "§2K1.3(a)", 6),  # the day before Amendment 373: base level 6
    ("1991", "§2K1.3(a)(4)", 12),  # Amendment 373: "12, otherwise" (the consolidated text)
])
def test_amendment_373_edge(tmp_path, capsys, manual, section, level):
    facts = "" if manual.startswith("1990") else "qualifying_prior_felony_convictions = 0"
    assert steps(tmp_path, capsys, facts, manual) == [(section, level)]


@pytest.mark.parametrize("key", ["false_statement = true", "distributed_to_barred_person = true",
                                 SUBSTANTIVE.format(20).strip()])
def test_early_keys_refused_from_1991(tmp_path, capsys, key):
    name = key.split("]")[0].split(".")[-1] if key.startswith("[") else key.split(" ")[0]
    for manual in ("1991", "2025"):
        err = refused(tmp_path, capsys, "qualifying_prior_felony_convictions = 0\n" + key, manual)
        assert f"offense.explosives.{name}" in err and "Amendment 373 deleted" in err, err


@pytest.mark.parametrize("key", ["qualifying_prior_felony_convictions = 1",
                                 'explosive_weight = "30 lb"', 'convicted_under = ["842(h)"]',
                                 "in_connection_with_another_felony = true",
                                 '[offense.explosives.other_offense]\nguideline = "other"\n'
                                 'offense_level = 20'])
def test_1991_keys_refused_before_1991(tmp_path, capsys, key):
    name = "other_offense" if key.startswith("[") else key.split(" ")[0]
    for manual in ("1987", "1990"):
        err = refused(tmp_path, capsys, key, manual)
        assert f"offense.explosives.{name}" in err and "has no such provision" in err, err


def test_substantive_guideline_not_computed_here(tmp_path, capsys):
    # a guideline with its own facts table is not computed inside §2K1.3: give the level
    err = refused(tmp_path, capsys, '[offense.explosives.concealed_substantive_offense]\n'
                  'guideline = "2K2.1"', "1990")
    assert "offense.explosives.concealed_substantive_offense.guideline" in err, err
    err = refused(tmp_path, capsys, '[offense.explosives.concealed_substantive_offense]\n'
                  'guideline = "2K1.3"', "1990")
    assert "concealed_substantive_offense" in err and "§2K1.3 itself" in err, err


def test_before_1987_refused(tmp_path, capsys):
    path = case_file(tmp_path, "2K1.3", "explosives", "stolen = true", "1987-10-31")
    assert "manual" in calc_refused(capsys, path)


def test_worked_case_1987(tmp_path, capsys):
    # Nov. 1, 1987 Manual: a licensee sold 40 lb of dynamite to a 19-year-old (b)(3) on a
    # falsified record (b)(1), knowing the buyer was under indictment for a felony (18 U.S.C.
    # § 842(i): comment. (n.1), line 8780-8785) (b)(4):
    #   (a) 6; (b) "If any of the following applies, use the greatest": (1) 10, (3) 10,
    #   (4) 16 -> (b)(4) +10 = 16. Category I: 21-27 months (the 1987 Sentencing Table).
    path = case_file(tmp_path, "2K1.3", "explosives", "false_statement = true\n"
                     "distributed_to_barred_person = true\ndistributed_to_prohibited_person = "
                     "true", "1987", more="")
    result = calc_json(capsys, path)
    assert chapter_two(result) == [("§2K1.3(a)", 6), ("§2K1.3(b)(4)", 16)]
    b4 = [s for s in result["steps"] if s["section"] == "§2K1.3(b)(4)"][0]
    assert "(1) level 10" in b4["input"] and "(3) level 10" in b4["input"], b4
    assert result["total_offense_level"] == 16


def test_example_1990(capsys):
    from tests.conftest import ROOT
    result = calc_json(capsys, ROOT / "examples" / "explosives-2k1.3-1990.toml")
    # worked in the example's comments: (a) 6; (b)(2) 12 against (b)(5) 18 (§2K1.6(a)(1)) -> 18
    assert chapter_two(result) == [("§2K1.3(a)", 6), ("§2K1.3(b)(5)", 18)]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(on=st.lists(st.sampled_from(["false_statement", "stolen", "distributed_to_barred_person",
                                    "prohibited_person", "distributed_to_prohibited_person"]),
                   unique=True),
       more=st.sampled_from(["false_statement", "stolen", "distributed_to_barred_person",
                             "prohibited_person"]),
       manual=st.sampled_from(EARLY))
def test_another_characteristic_never_lowers_the_level(tmp_path, capsys, on, more, manual):
    def total(keys) -> int:
        code, result = run(tmp_path, capsys, explosives(
            "\n".join(f"{k} = true" for k in keys), manual, history=VI))
        assert code == 0, result
        return result["total_offense_level"]
    before, after = total(on), total(set(on) | {more})
    assert 6 <= before <= after <= 16  # at most (a) 6 + (b)(4) 10
