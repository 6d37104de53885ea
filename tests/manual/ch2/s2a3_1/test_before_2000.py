"""§2A3.1 (Criminal Sexual Abuse) before Nov. 1, 2000 (issue #15): the four versions rebuilt
from Appendix C (tables/criminal_sexual_abuse.toml: 1987, 1989, 1992, 1993), each paragraph's
levels and words through the real command line, a worked case per era, and the findings an
edition does not have refused (exit 2, the field named).

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A91  = APPENDIX_C_Vol_I.txt lines 1572-1575 ((b)(1) "criminal sexual abuse was accomplished
         as defined in 18 U.S.C. § 2241" -> "offense was committed by the means set forth in 18
         U.S.C. § 2241(a) or (b)", Nov. 1, 1989)
  A92  = APPENDIX_C_Vol_I.txt lines 1597-1599 ((b)(4)(C) +3 inserted, Nov. 1, 1989)
  A95  = APPENDIX_C_Vol_I.txt lines 1620-1627 (the 1987 §2A3.4(b)(1), the parenthetical's place)
  A444 = APPENDIX_C_Vol_I.txt lines 12218-12231 ((b)(3) "was a corrections employee" deleted;
         (c) Special Instruction inserted, §3A1.2(a), Nov. 1, 1992)
  A477 = APPENDIX_C_Vol_I.txt lines 13816-13825 ((c)(1) §2A1.1 cross reference inserted, (c)
         redesignated (d); (b)(2) "otherwise, (B) if the victim was under the age of sixteen"
         reworded, Nov. 1, 1993)
  A601 = APPENDIX_C_Vol_II.txt lines 3002-3003 ((b)(1)'s parenthetical struck, Nov. 1, 2000)
  A592 = APPENDIX_C_Vol_II.txt lines 1269-1274 ((b)(6) added, Nov. 1, 2000)
  A664 = APPENDIX_C_Vol_III.txt lines 474-496 (quotes "27", (c)(1), (d)(1) as in 2000-2004)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file
from tests.strategies import chapter_two_level

V1987 = ["1987-11-01", "1988-10-15"]  # original text
V1989 = ["1989-11-01", "1991-11-01"]  # A91, A92 (A392 of 1991: commentary only)
V1992 = ["1992-11-01"]  # A444
V1993 = ["1993-11-01", "1997-11-01", "1998-11-01"]  # A477 (A511, A545: commentary only)
EARLY = V1987 + V1989 + V1992 + V1993


def _case(tmp_path: Path, facts: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2A3.1", "criminal_sexual_abuse", facts, manual, more)


def _run_steps(capsys, tmp_path: Path, facts: str, manual: str, more: str = "") -> list[dict]:
    result = _run(capsys, _case(tmp_path, facts, manual, more))
    return [s for s in result["steps"] if s["chapter"] == "chapter_two"]


def _steps(capsys, tmp_path: Path, facts: str, manual: str,
           more: str = "") -> list[tuple[str, int]]:
    return [(s["section"], s["level"])
            for s in _run_steps(capsys, tmp_path, facts, manual, more)]


@pytest.mark.parametrize("manual", EARLY)
def test_base_offense_level_27(capsys, tmp_path, manual):
    # A664 quotes the "27" it struck; no amendment from 91 to 601 touched (a)
    assert _steps(capsys, tmp_path, "", manual) == [("§2A3.1(a)", 27)]


# Every version before 2000: (b)(1) +4, (b)(2)(A) +4, (B) +2, (b)(3) +2, (b)(4)(A) +4, (B) +2,
# (b)(5) +4 (the levels no amendment from 91 to 601 changed; A92 added (b)(4)(C) +3).
COMMON = [
    ("conduct_described_in_2241a_or_b = true", "(b)(1)", 4),
    ('victim_age = "under_twelve"', "(b)(2)(A)", 4),
    ('victim_age = "twelve_but_not_sixteen"', "(b)(2)(B)", 2),
    ('victim_custody = ["custody_care_or_supervisory_control"]', "(b)(3)", 2),
    ('victim_custody = ["held_in_correctional_facility"]', "(b)(3)", 2),
    ('bodily_injury = "permanent_or_life_threatening"', "(b)(4)(A)", 4),
    ('bodily_injury = "serious_bodily_injury"', "(b)(4)(B)", 2),
    ("abducted = true", "(b)(5)", 4),
]


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("facts,paragraph,levels", COMMON)
def test_characteristics(capsys, tmp_path, manual, facts, paragraph, levels):
    assert _steps(capsys, tmp_path, facts, manual)[-1] == (f"§2A3.1{paragraph}", 27 + levels)


@pytest.mark.parametrize("manual", V1987 + V1989)
def test_corrections_employee_in_b3_before_amendment_444(capsys, tmp_path, manual):
    # A444 quotes (b)(3)'s "..., was a corrections employee, or" as it deletes it; once
    assert _steps(capsys, tmp_path, 'victim_custody = ["corrections_employee", '
                  '"custody_care_or_supervisory_control"]', manual)[-1] == ("§2A3.1(b)(3)", 29)


@pytest.mark.parametrize("manual", V1992 + V1993 + ["2016"])
def test_corrections_employee_in_b3_refused_from_amendment_444(capsys, tmp_path, manual):
    err = _refused(capsys, _case(tmp_path, 'victim_custody = ["corrections_employee"]', manual))
    assert "offense.criminal_sexual_abuse.victim_custody" in err and "(b)(3)" in err


@pytest.mark.parametrize("manual", V1989 + V1992 + V1993)
def test_injury_between_serious_and_permanent_from_amendment_92(capsys, tmp_path, manual):
    # A92: "; or (C) if the degree of injury is between ..., increase by 3 levels"
    assert _steps(capsys, tmp_path, 'bodily_injury = "between_serious_and_permanent"',
                  manual)[-1] == ("§2A3.1(b)(4)(C)", 30)


@pytest.mark.parametrize("manual", V1987)
def test_injury_between_serious_and_permanent_refused_before_amendment_92(capsys, tmp_path,
                                                                          manual):
    err = _refused(capsys, _case(tmp_path, 'bodily_injury = "between_serious_and_permanent"',
                                 manual))
    assert "offense.criminal_sexual_abuse.bodily_injury" in err and "(b)(4)" in err


@pytest.mark.parametrize("manual", EARLY)
@pytest.mark.parametrize("injury", ["bodily_injury", "between_bodily_and_serious"])
def test_a_lesser_injury_adds_nothing(capsys, tmp_path, manual, injury):
    result = _run(capsys, _case(tmp_path, f'bodily_injury = "{injury}"', manual))
    step = next(s for s in result["steps"] if s["section"] == "§2A3.1(b)(4)")
    assert step["change"] == "no increase" and result["total_offense_level"] == 27


def _reason(capsys, tmp_path, facts: str, manual: str, section: str) -> str:
    return next(s["reason"] for s in _run_steps(capsys, tmp_path, facts, manual)
                if s["section"] == section)


def test_the_words_of_b1_in_each_era(capsys, tmp_path):
    means = "conduct_described_in_2241a_or_b = true"
    paren = "(including, but not limited to, the use or display of any dangerous weapon)"
    old = _reason(capsys, tmp_path, means, "1987-11-01", "§2A3.1(b)(1)")
    assert f"accomplished as defined in 18 U.S.C. § 2241 {paren}" in old  # A91, A95
    for manual in V1989 + V1992 + V1993:
        assert f"committed by the means set forth in 18 U.S.C. § 2241(a) or (b) {paren}" in \
            _reason(capsys, tmp_path, means, manual, "§2A3.1(b)(1)")  # A91, A601
    assert paren not in _reason(capsys, tmp_path, means, "2000-11-01", "§2A3.1(b)(1)")


def test_the_words_of_b2_before_and_after_amendment_477(capsys, tmp_path):
    age = 'victim_age = "twelve_but_not_sixteen"'
    assert "otherwise, (B) if the victim was under the age of sixteen" in \
        _reason(capsys, tmp_path, age, "1992-11-01", "§2A3.1(b)(2)(B)")
    assert "had attained the age of twelve years but had not attained the age of sixteen" in \
        _reason(capsys, tmp_path, age, "1993-11-01", "§2A3.1(b)(2)(B)")


@pytest.mark.parametrize("manual", V1993)
def test_murder_cross_reference_from_amendment_477(capsys, tmp_path, manual):
    # A477: "apply §2A1.1 (First Degree Murder)", with no "if greater" (A664 added it):
    # 27 + 4 + 4 + 2 + 4 + 4 = 45 comes down to 43
    many = ('conduct_described_in_2241a_or_b = true\nvictim_age = "under_twelve"\n'
            'victim_custody = ["custody_care_or_supervisory_control"]\n'
            'bodily_injury = "permanent_or_life_threatening"\nabducted = true\n')
    assert _steps(capsys, tmp_path, many + "victim_murdered = true", manual)[-2:] == [
        ("§2A3.1(b)(5)", 45), ("§2A3.1(c)(1)", 43)]
    assert _steps(capsys, tmp_path, "victim_murdered = true", manual)[-1] == \
        ("§2A3.1(c)(1)", 43)


@pytest.mark.parametrize("manual,paragraph", [("1992-11-01", "(c)(1)"), ("1993-11-01", "(d)(1)"),
                                              ("1998-11-01", "(d)(1)")])
def test_special_instruction_from_amendment_444(capsys, tmp_path, manual, paragraph):
    # A444 inserted it as (c); A477 redesignated (c) as (d): §3A1.2 subsection (a), "status"
    result = _run(capsys, _case(tmp_path, "prison_official_victim = true", manual,
                                '[adjustments.victim]\nofficial_victim = "status"\n'))
    assert any(s["section"] == f"§2A3.1{paragraph}" for s in result["steps"])
    assert any(s["section"] == "§3A1.2(a)" for s in result["steps"])
    # not stated: Chapter Three applies the deemed finding itself (test_deemed_official_victim)
    alone = _run(capsys, _case(tmp_path, "prison_official_victim = true", manual))
    assert alone["total_offense_level"] == result["total_offense_level"] == 27 + 3


REFUSED = [
    (V1987 + V1989 + V1992, "victim_murdered = true", "victim_murdered", "Amendment 477"),
    (V1987 + V1989, "prison_official_victim = true", "prison_official_victim",
     "Amendment 444"),
    (EARLY, 'minor_enticement = ["computer"]', "minor_enticement", "Amendment 592"),
    (EARLY, "production = {}", "production", "Amendment 664"),
    (EARLY, "convicted_under_2241c = true", "convicted_under_2241c", "Amendment 701"),
]


@pytest.mark.parametrize("manuals,facts,field,words", REFUSED)
def test_a_finding_the_edition_lacks_is_refused(capsys, tmp_path, manuals, facts, field,
                                                words):
    for manual in manuals:
        err = _refused(capsys, _case(tmp_path, facts, manual))
        assert f"offense.criminal_sexual_abuse.{field}" in err and words in err


def test_worked_case_1988(capsys, tmp_path):
    """June 15, 1988 Manual (original text): 27; accomplished as defined in § 2241 +4; victim
    under sixteen ("otherwise, (B)") +2; a corrections employee ((b)(3) before A444) +2;
    serious bodily injury +2; abducted +4: 27, 31, 33, 35, 37, 41 (324-405 months, I)."""
    result = _run(capsys, _case(tmp_path, 'conduct_described_in_2241a_or_b = true\n'
                                'victim_age = "twelve_but_not_sixteen"\n'
                                'victim_custody = ["corrections_employee"]\n'
                                'bodily_injury = "serious_bodily_injury"\nabducted = true',
                                "1988-06-15"))
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2A3.1(a)", 27), ("§2A3.1(b)(1)", 31), ("§2A3.1(b)(2)(B)", 33),
        ("§2A3.1(b)(3)", 35), ("§2A3.1(b)(4)(B)", 37), ("§2A3.1(b)(5)", 41)]
    assert result["range"] == {"min_months": 324, "max_months": 405, "life": False}


def test_worked_case_1990(capsys, tmp_path):
    """Nov. 1, 1990 Manual (A91, A92): 27; by the means of § 2241(a) +4; victim under twelve
    +4; injury between serious and permanent ((b)(4)(C), A92) +3: 27, 31, 35, 38."""
    assert _steps(capsys, tmp_path, 'conduct_described_in_2241a_or_b = true\n'
                  'victim_age = "under_twelve"\n'
                  'bodily_injury = "between_serious_and_permanent"', "1990-11-01") == [
        ("§2A3.1(a)", 27), ("§2A3.1(b)(1)", 31), ("§2A3.1(b)(2)(A)", 35),
        ("§2A3.1(b)(4)(C)", 38)]


def test_worked_case_1992(capsys, tmp_path):
    """Nov. 1, 1992 Manual (A444): 27; held in a correctional facility ((b)(3)(B)) +2; a
    corrections employee victim goes to the special instruction (c)(1): §3A1.2(a) +3 in
    Chapter Three: 27, 29, then 32."""
    result = _run(capsys, _case(tmp_path, 'victim_custody = ["held_in_correctional_facility"]'
                                '\nprison_official_victim = true', "1992-11-01",
                                '[adjustments.victim]\nofficial_victim = "status"\n'))
    levels = [(s["section"], s["level"]) for s in result["steps"] if s.get("level") is not None
              and s["chapter"] in ("chapter_two", "chapter_three")]
    assert levels[:2] == [("§2A3.1(a)", 27), ("§2A3.1(b)(3)", 29)]
    assert result["total_offense_level"] == 32


def test_worked_case_1995(capsys, tmp_path):
    """Nov. 1, 1995 Manual (A477): 27; by the means of § 2241(a) or (b) +4; victim twelve to
    sixteen +2; in the defendant's care +2; abducted +4: 27, 31, 33, 35, 39."""
    assert _steps(capsys, tmp_path, 'conduct_described_in_2241a_or_b = true\n'
                  'victim_age = "twelve_but_not_sixteen"\n'
                  'victim_custody = ["custody_care_or_supervisory_control"]\nabducted = true',
                  "1995-11-01") == [
        ("§2A3.1(a)", 27), ("§2A3.1(b)(1)", 31), ("§2A3.1(b)(2)(B)", 33),
        ("§2A3.1(b)(3)", 35), ("§2A3.1(b)(5)", 39)]


@settings(max_examples=40, deadline=None)
@given(manual=st.sampled_from(V1989 + V1992 + V1993), found=st.lists(st.booleans(), min_size=3,
                                                                      max_size=3),
       extra=st.integers(0, 2), age=st.sampled_from([None, "under_twelve",
                                                      "twelve_but_not_sixteen"]),
       injury=st.sampled_from([None, "serious_bodily_injury", "between_serious_and_permanent",
                               "permanent_or_life_threatening"]))
def test_a_further_finding_never_lowers_the_level(manual, found, extra, age, injury):
    """Before Nov. 1, 1993 there is no cross reference: adding a finding never lowers the
    level (the murder cross reference of 1993-2004, which can lower it, is left out)."""
    names = ["conduct_described_in_2241a_or_b", "abducted"]

    def level(flags: set[str]) -> int:
        facts: dict = {name: True for name in flags}
        facts |= {"victim_age": age} if age else {}
        facts |= {"bodily_injury": injury} if injury else {}
        if found[2]:
            facts["victim_custody"] = ["custody_care_or_supervisory_control"]
        return chapter_two_level(manual, "2A3.1", "criminal_sexual_abuse", facts)
    some = {name for name, on in zip(names, found[:2]) if on}
    assert level(some) <= level(some | {names[extra % len(names)]})
