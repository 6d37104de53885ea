"""§2K2.1 before the 1991 consolidation through the real CLI, each level worked by hand from
the texts Appendix C quotes (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
- Nov. 1, 1987: lines 3592-3603 (the §2K2.1 Amendment 189 deleted): (a) 9; (b)(1) stolen or
  altered serial number +1; (b)(2) solely for sport or recreation -4; (c)(1) the other offense;
- Nov. 1, 1989: lines 3617-3648 (the §2K2.1 Amendment 189 inserted): (a)(1) 16, (a)(2) 12,
  (a)(3) 6; (b)(1) lawful sporting or collection to level 6; (b)(2) +2; (c)(1) distribution to
  §2K2.2; (c)(2) §2X1.1;
- Nov. 1, 1990: lines 8818-8850 (the §2K2.1 Amendment 374 deleted; Amendment 333, line 7102):
  (a)(1) 18; (b)(1) "other than a firearm covered in 26 U.S.C. § 5845(a)".
Category VI throughout: the 1987 Sentencing Table's cells of minimum 0 are refused (not known).
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.manual.ch2.chapter_two_cli import calc_json
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, run

SIX = 'category = "VI"'


def early(facts: str, manual: str, extra: str = "") -> str:
    """Under ``manual``: an edition, or a date of sentencing ("on 1990-10-31"), whose Manual
    applies (§1B1.11(a))."""
    text = firearm_case(facts, manual=manual.removeprefix("on "), extra=extra, history=SIX)
    if manual.startswith("on "):
        text = text.replace(f'manual = "{manual[3:]}"', f"sentencing_date = {manual[3:]}")
    return text


def levels(tmp_path, capsys, facts: str, manual: str) -> list[tuple[str, int]]:
    code, result = run(tmp_path, capsys, early(facts, manual))
    assert code == 0, result
    return chapter_two(result)


def refused(tmp_path, capsys, facts: str, manual: str) -> str:
    code, err = run(tmp_path, capsys, early(facts, manual))
    assert code == 2, err
    return err


# -- Nov. 1, 1987 (to Oct. 31, 1989; the Manual as amended 1988-01-15 ... 1988-10-15) -------

@pytest.mark.parametrize("manual", ["1987", "1988-01-15", "1988-10-15", "on 1989-10-31"])
def test_1987_levels(tmp_path, capsys, manual):
    # line 3594 "(a) Base Offense Level: 9"; lines 3596-3597 (b)(1) "+1"; 3598-3599 (b)(2) "-4"
    assert levels(tmp_path, capsys, "", manual) == [("§2K2.1(a)", 9)]
    assert levels(tmp_path, capsys, "stolen = true", manual) == [("§2K2.1(a)", 9),
                                                                 ("§2K2.1(b)(1)", 10)]
    # stolen and an obliterated serial number: one increase ("stolen or had ...")
    both = "stolen = true\naltered_or_obliterated_serial_number = true"
    assert levels(tmp_path, capsys, both, manual)[-1] == ("§2K2.1(b)(1)", 10)
    assert levels(tmp_path, capsys, both + "\nsport_or_recreation = true", manual) == [
        ("§2K2.1(a)", 9), ("§2K2.1(b)(1)", 10), ("§2K2.1(b)(2)", 6)]
    # the statute of conviction does not change the 1987 level
    assert levels(tmp_path, capsys, 'convicted_under = ["922(g)"]', manual) == [("§2K2.1(a)", 9)]


def test_1987_cross_reference(tmp_path, capsys):
    # lines 3600-3603 (c)(1): "apply the guideline in respect to such other offense, or §2X1.1
    # ... if the resulting offense level is higher than that determined above"
    other = '[offense.firearms.other_offense]\nguideline = "other"\noffense_level = {}'
    higher = levels(tmp_path, capsys, "stolen = true\n" + other.format(11), "1987")
    assert higher[-1] == ("§2K2.1(c)(1)", 11)
    same = levels(tmp_path, capsys, "stolen = true\n" + other.format(10), "1987")
    assert same[-1] == ("§2K2.1(c)(1)", 10)  # not higher: a note, the level stays 10
    code, result = run(tmp_path, capsys, early("stolen = true\n" + other.format(10), "1987"))
    assert [s["change"] for s in result["steps"] if s["section"] == "§2K2.1(c)(1)"] == \
        ["not applied"]
    death = other.format(20) + "\ndeath_resulted = true\nhomicide_offense_level = 43"
    err = refused(tmp_path, capsys, death, "1987")
    assert "offense.firearms.other_offense.death_resulted" in err and "homicide" in err


@pytest.mark.parametrize("key", ["lawful_sporting_or_collection = true",
                                 "prior_felony_conviction = true", "nfa_firearm = true",
                                 "number_of_firearms = 3", "prohibited_person = true"])
def test_1987_refuses_facts_it_does_not_have(tmp_path, capsys, key):
    err = refused(tmp_path, capsys, key, "1987")
    assert f"offense.firearms.{key.split(' ')[0]}" in err and "has no such provision" in err


def test_1987_refuses_distribution(tmp_path, capsys):
    err = refused(tmp_path, capsys, "[offense.firearms.distribution]\nnumber_of_firearms = 3",
                  "1987")
    assert "offense.firearms.distribution" in err


# -- Nov. 1, 1989 and Nov. 1, 1990 -----------------------------------------------------------

@pytest.mark.parametrize("manual, nfa_level", [("1989", 16), ("on 1990-10-31", 16), ("on 1990-11-01", 18), ("1990", 18)])
def test_1989_base_levels(tmp_path, capsys, manual, nfa_level):
    # (a)(1) "16 [18 from Amendment 333], if the defendant is convicted under 18 U.S.C.
    # § 922(o) or 26 U.S.C. § 5861" (lines 3621-3622, 8822-8823)
    for statute in ("922(o)", "26 U.S.C. § 5861", "26 U.S.C. § 5861(h)"):
        facts = f'convicted_under = ["{statute}", "922(g)"]'
        assert levels(tmp_path, capsys, facts, manual) == [("§2K2.1(a)(1)", nfa_level)]
    # (a)(2) "12, if the defendant is convicted under 18 U.S.C. § 922(g), (h), or (n); or if
    # the defendant, at the time of the offense, had been convicted ..." (lines 3623-3627)
    for facts in ('convicted_under = ["922(g)"]', 'convicted_under = ["922(h)"]',
                  'convicted_under = ["922(n)"]', "prior_felony_conviction = true"):
        assert levels(tmp_path, capsys, facts, manual) == [("§2K2.1(a)(2)", 12)]
    # (a)(3) "6, otherwise" (line 3628)
    assert levels(tmp_path, capsys, 'convicted_under = ["922(a)(6)"]', manual) == \
        [("§2K2.1(a)(3)", 6)]


@pytest.mark.parametrize("manual", ["1989", "1990"])
def test_1989_characteristics(tmp_path, capsys, manual):
    # (b)(1) "decrease the offense level determined above to level 6"; (b)(2) +2
    felon = 'convicted_under = ["922(g)"]\n'
    assert levels(tmp_path, capsys, felon + "lawful_sporting_or_collection = true", manual) == [
        ("§2K2.1(a)(2)", 12), ("§2K2.1(b)(1)", 6)]
    assert levels(tmp_path, capsys, felon + "lawful_sporting_or_collection = true\n"
                  "stolen = true", manual) == [("§2K2.1(a)(2)", 12), ("§2K2.1(b)(1)", 6),
                                               ("§2K2.1(b)(2)", 8)]
    # already at 6: no change (a note)
    assert levels(tmp_path, capsys, "lawful_sporting_or_collection = true", manual) == [
        ("§2K2.1(a)(3)", 6), ("§2K2.1(b)(1)", 6)]
    err = refused(tmp_path, capsys, "sport_or_recreation = true", manual)
    assert "offense.firearms.sport_or_recreation" in err


def test_1990_sporting_not_for_a_5845a_firearm(tmp_path, capsys):
    # Amendment 333 (line 7104): ", other than a firearm covered in 26 U.S.C. § 5845(a),"
    facts = 'convicted_under = ["922(g)"]\nlawful_sporting_or_collection = true\nnfa_firearm = true'
    code, result = run(tmp_path, capsys, early(facts, "1990"))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(2)", 12), ("§2K2.1(b)(1)", 12)]
    assert [s["change"] for s in result["steps"] if s["section"] == "§2K2.1(b)(1)"] == \
        ["not applicable"]
    # in 1989 the text has no such exception, and no use for the fact: refused
    err = refused(tmp_path, capsys, facts, "1989")
    assert "offense.firearms.nfa_firearm" in err


@pytest.mark.parametrize("manual", ["1989", "1990"])
def test_1989_distribution_cross_reference(tmp_path, capsys, manual):
    # (c)(1) (lines 3638-3642): §2K2.2 "if the resulting offense level is greater": §2K2.2
    # (a)(2) 6, (b)(1)(C) 8 firearms +3, (b)(3)(A) § 922(d) +6 = 15 > 14 (12 + stolen 2)
    facts = ('convicted_under = ["922(g)", "922(d)"]\nstolen = true\n'
             '[offense.firearms.distribution]\nconvicted_under = ["922(d)"]\nnumber_of_firearms = 8')
    assert levels(tmp_path, capsys, facts, manual) == [
        ("§2K2.1(a)(2)", 12), ("§2K2.1(b)(2)", 14), ("§2K2.2(a)(2)", 6), ("§2K2.2(b)(1)(C)", 9),
        ("§2K2.2(b)(3)(A)", 15), ("§2K2.1(c)(1)", 15)]
    # 3 firearms, no § 922(d): 6 + 1 = 7, not greater than 14: not applied
    facts = ('convicted_under = ["922(g)"]\nstolen = true\n'
             '[offense.firearms.distribution]\nnumber_of_firearms = 3')
    assert levels(tmp_path, capsys, facts, manual) == [
        ("§2K2.1(a)(2)", 12), ("§2K2.1(b)(2)", 14), ("§2K2.1(c)(1)", 14)]


def test_1989_other_offense_cross_reference(tmp_path, capsys):
    # (c)(2) (lines 3643-3648): §2X1.1 in respect to that other offense, if greater
    other = ('prior_felony_conviction = true\n[offense.firearms.other_offense]\n'
             'guideline = "other"\noffense_level = 20')
    assert levels(tmp_path, capsys, other, "1989") == [("§2K2.1(a)(2)", 12),
                                                       ("§2X1.1(a)", 20), ("§2K2.1(c)(2)", 20)]


def test_consolidated_guideline_from_nov_1_1991_refuses_the_old_facts(tmp_path, capsys):
    # Amendment 374 (line 8816) replaced the guideline: the 1987-1991 facts are errors after
    for key, facts in (("sport_or_recreation", "sport_or_recreation = true"),
                       ("prior_felony_conviction", "prior_felony_conviction = true"),
                       ("distribution", "[offense.firearms.distribution]\nnumber_of_firearms = 3")):
        for manual in ("1991", "2025"):
            code, err = run(tmp_path, capsys, firearm_case(
                "qualifying_prior_felony_convictions = 0\n" + facts, manual=manual))
            assert code == 2 and f"offense.firearms.{key}" in err, err


def test_before_nov_1_1987_refused(tmp_path, capsys):
    code, err = run(tmp_path, capsys, early("", "on 1987-10-31"))
    assert code == 2 and "sentencing_date" in err, err


def test_the_1989_text_from_nov_1_1989(tmp_path, capsys):
    # the day Amendment 189 took effect: (a)(2) for a § 922(g) conviction, not (a) 9
    assert levels(tmp_path, capsys, 'convicted_under = ["922(g)"]', "on 1989-11-01") == [
        ("§2K2.1(a)(2)", 12)]


def test_example_1990(capsys):
    # examples/firearm-2k2.1-1990.toml, worked by hand in its comments
    result = calc_json(capsys, ROOT / "examples" / "firearm-2k2.1-1990.toml")
    assert chapter_two(result) == [
        ("§2K2.1(a)(2)", 12), ("§2K2.1(b)(2)", 14), ("§2K2.2(a)(2)", 6), ("§2K2.2(b)(1)(C)", 9),
        ("§2K2.2(b)(2)", 11), ("§2K2.2(b)(3)(A)", 17), ("§2K2.1(c)(1)", 17)]
    assert result["range"] == {"min_months": 30, "max_months": 37, "life": False}
