"""§2G2.2 from Nov. 1, 1987 to Oct. 31, 2000 (issue #15), before Amendment 592 rewrote (b)(2),
through the real CLI: each version's base level and paragraphs, the one distribution increase
read on the §2F1.1 loss table ("but in no event [by] less than 5 levels"), every edge of it
that the 5-level floor does not hide, the refusals of findings an edition lacks, possession
before and after §2G2.4; hypothesis: a greater retail value never lowers the level.

Sources (under /work/shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt):
  A31  = lines 416-421: "a prepubescent minor or" inserted in (b)(1) (June 15, 1988)
  A325 = lines 6848-6859: (b)(3) sadistic +4, (c)(1) to §2G2.1 "if ... greater" (Nov. 1, 1990)
  A435 = lines 11615-11623: (a) "13" to "15"; (b)(4) pattern +5; "by" after "event" in (b)(2)
         (Nov. 27, 1991)
  A537 = lines 18246-18250: (a) "15" to "17"; (b)(5) computer +2 (Nov. 1, 1996)
  (b)(2) "If the offense involved distribution, increase by the number of levels from the
         table in §2F1.1 corresponding to the retail value of the material, but in no event by
         less than 5 levels." as United States v. Williams, 253 F.3d 789 (4th Cir. 2001)
         quotes the 1998 Manual (pages corpus: app.midpage.ai), A435 explaining the "by"
  §2F1.1 tables: A154 lines 3104-3117 (1987: "(F) $50,001-$100,000 add 5", "(G)
         $100,001-$200,000 add 6", "(H) $200,001-$500,000 add 7") and 3119-3138 (1989: "(F)
         More than $40,000 add 5", "(G) More than $70,000 add 6", "(H) More than $120,000 add 7")
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.s2g2_2.test_child_pornography import _case as _cp_case
from tests.strategies import chapter_two_level

BASES = [("1987-11-01", 13), ("1988-06-15", 13), ("1990-11-01", 13), ("1991-11-01", 13),
         ("1991-11-27", 15), ("1995-11-01", 15), ("1996-11-01", 17), ("1998-11-01", 17),
         ("2000-05-01", 17)]


def _case(tmp_path: Path, facts: str, manual: str, statute: str = "2252(a)(1)") -> Path:
    return _cp_case(tmp_path, facts, manual, statute)


def _levels(capsys, tmp_path: Path, facts: str, manual: str) -> list[tuple[str, int]]:
    steps = _run(capsys, _case(tmp_path, facts, manual))["steps"]
    return [(s["section"], s["level"]) for s in steps if s["chapter"] == "chapter_two"]


@pytest.mark.parametrize("manual,base", BASES)
def test_base_offense_level_and_prepubescent(capsys, tmp_path, manual, base):
    # (a) 13, 15 (A435), 17 (A537); (b)(1) +2 (in every version; A31 changed only its words)
    assert _levels(capsys, tmp_path, "", manual) == [("§2G2.2(a)", base)]
    assert _levels(capsys, tmp_path, "prepubescent_minor = true", manual) == [
        ("§2G2.2(a)", base), ("§2G2.2(b)(1)", base + 2)]


# the §2F1.1 table, over the floor of 5: the lines whose levels pass 5, below/at/above
EDGES_1987 = [("$2,001", 5), ("$100,000", 5), ("$100,001", 6), ("$200,000", 6), ("$200,001", 7),
              ("$500,001", 8)]
EDGES_1989 = [("$1", 5), ("$70,000", 5), ("$70,000.01", 6), ("$120,000", 6), ("$120,001", 7),
              ("$200,001", 8)]


@pytest.mark.parametrize("value,plus", EDGES_1987)
def test_distribution_1987_table(capsys, tmp_path, value, plus):
    facts = f'distribution = "pecuniary_gain"\nretail_value = "{value}"'
    assert _levels(capsys, tmp_path, facts, "1988-06-15") == [
        ("§2G2.2(a)", 13), ("§2G2.2(b)(2)", 13 + plus)]


@pytest.mark.parametrize("manual,base", [("1989-11-01", 13), ("1993-11-01", 15),
                                         ("1998-11-01", 17)])
@pytest.mark.parametrize("value,plus", EDGES_1989)
def test_distribution_1989_table(capsys, tmp_path, manual, base, value, plus):
    facts = f'distribution = "pecuniary_gain"\nretail_value = "{value}"'
    result = _run(capsys, _case(tmp_path, facts, manual))
    assert result["total_offense_level"] == base + plus
    step = next(s for s in result["steps"] if s["section"] == "§2G2.2(b)(2)")
    assert "§2F1.1(b)(1)" in str(step)


def test_distribution_levels_as_found_floor_of_five(capsys, tmp_path):
    facts = 'distribution = "pecuniary_gain"\npecuniary_gain_levels = 5'
    assert _levels(capsys, tmp_path, facts, "1995-11-01")[-1] == ("§2G2.2(b)(2)", 20)


@pytest.mark.parametrize("kind", ["valuable_consideration", "to_minor", "other_distribution"])
def test_other_kinds_of_distribution_refused(capsys, tmp_path, kind):
    err = _refused(capsys, _case(tmp_path, f'distribution = "{kind}"', "1995-11-01"))
    assert "offense.child_pornography.distribution" in err and "Amendment 592" in err
    assert "for pecuniary gain" in err


@pytest.mark.parametrize("facts,field,amendment,before,since", [
    ('portrays = ["sadistic_masochistic_or_violence"]', "portrays", "Amendment 325",
     "1989-11-01", "1990-11-01"),
    ("pattern_of_activity = true", "pattern_of_activity", "Amendment 435", "1991-11-01",
     "1991-11-27"),
    ('computer = "transmission_or_notice"', "computer", "Amendment 537", "1995-11-01",
     "1996-11-01"),
    ("production_offense_level = 30", "production", "Amendment 325", "1989-11-01",
     "1990-11-01"),
])
def test_paragraphs_from_their_amendments(capsys, tmp_path, facts, field, amendment, before,
                                          since):
    err = _refused(capsys, _case(tmp_path, facts, before))
    assert f"offense.child_pornography.{field}" in err and amendment in err
    assert len(_levels(capsys, tmp_path, facts, since)) == 2


def test_worked_1990(capsys, tmp_path):
    # (a) 13; (b)(3) +4 = 17; (c)(1) §2G2.1 as found, 25 > 17: 25; not greater: not applied
    facts = 'portrays = ["sadistic_masochistic_or_violence"]\nproduction_offense_level = 25'
    assert _levels(capsys, tmp_path, facts, "1990-11-01") == [
        ("§2G2.2(a)", 13), ("§2G2.2(b)(3)", 17), ("§2G2.2(c)(1)", 25)]
    facts = 'portrays = ["sadistic_masochistic_or_violence"]\nproduction_offense_level = 16'
    result = _run(capsys, _case(tmp_path, facts, "1990-11-01"))
    assert result["total_offense_level"] == 17


def test_worked_1998(capsys, tmp_path):
    # (a) 17; (b)(1) +2 = 19; (b)(2) $150,000 (1989 §2F1.1 "(H) More than $120,000 add 7")
    # = 26; (b)(3) +4 = 30; (b)(4) +5 = 35; (b)(5) +2 = 37
    facts = ('prepubescent_minor = true\ndistribution = "pecuniary_gain"\n'
             'retail_value = "$150,000"\nportrays = ["sadistic_masochistic_or_violence"]\n'
             'pattern_of_activity = true\ncomputer = "transmission_or_notice"')
    assert _levels(capsys, tmp_path, facts, "1998-11-01") == [
        ("§2G2.2(a)", 17), ("§2G2.2(b)(1)", 19), ("§2G2.2(b)(2)", 26), ("§2G2.2(b)(3)", 30),
        ("§2G2.2(b)(4)", 35), ("§2G2.2(b)(5)", 37)]


def test_possession_before_and_after_2g2_4(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "", "1990-11-01", "2252(a)(4)"))
    assert "offense.child_pornography.convicted_under" in err and 'guideline = "other"' in err
    err = _refused(capsys, _case(tmp_path, "", "1991-11-01", "2252(a)(4)"))
    assert 'guideline = "2G2.4"' in err


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from([m for m, _ in BASES]), dollars=st.integers(1, 3_000_000),
       more=st.integers(0, 3_000_000), prepubescent=st.booleans())
def test_greater_retail_value_never_lowers_the_level(manual, dollars, more, prepubescent):
    def level(value: int) -> int:
        return chapter_two_level(manual, "2G2.2", "child_pornography", {
            "convicted_under": "2252(a)(1)", "distribution": "pecuniary_gain",
            "retail_value": f"${value:,}", "prepubescent_minor": prepubescent})
    assert level(dollars) <= level(dollars + more)
