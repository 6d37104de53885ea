"""§2E3.1 (Gambling Offenses; Animal Fighting Offenses) by edition
(tables/gambling_offenses.toml).

Sources (../shared/reference/ussg/): Amendment 481 (appendix_c_2016/APPENDIX_C_Vol_I.txt lines
14124-14130: the 1987 title and "12" deleted, the 1993 (a) inserted); Amendment 721
(APPENDIX_C_Vol_III.txt lines 12589-12594); Amendment 800 (APPENDIX_C_Supplement.txt lines
6231-6243); manual_2016/GLM2016_fulltext.txt lines 6101-6111; manual_2025/GLM2025_fulltext.txt
lines 10796-10808.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed


def steps(manual: str, **facts) -> list[tuple[str, int]]:
    case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2E3.1", "gambling": facts}})
    return [(s.section, s.level) for s in computed(case).steps if s.chapter == "chapter_two"]


# 1987 (derived from Amendment 481's deletion, Vol I lines 14124-14126): "Base Offense Level: 12"
@pytest.mark.parametrize("manual", ["1987-11-01", "1992-11-01"])
@pytest.mark.parametrize("facts", [{}, {"gambling_conduct": "gambling_business"}])
def test_1987_engaging_in_a_gambling_business_is_12(manual, facts):
    assert steps(manual, **facts) == [("§2E3.1(a)", 12)]


@pytest.mark.parametrize("conduct,named", [("wagering_information", "§2E3.2"),
                                           ("commercial_gambling_operation", "§2E3.3")])
def test_1987_other_gambling_offenses_are_refused(capsys, tmp_path: Path, conduct, named):
    err = calc_refused(capsys, case_file(tmp_path, "2E3.1", "gambling",
                                         f'gambling_conduct = "{conduct}"', "1992-11-01"))
    assert "offense.gambling.gambling_conduct" in err and named in err and "481" in err


# 1993 (Amendment 481, Vol I lines 14127-14130): (1) 12 (A)-(C); (2) 6, otherwise
@pytest.mark.parametrize("manual", ["1993-11-01", "2007-11-01"])
@pytest.mark.parametrize("conduct,expected", [
    (None, [("§2E3.1(a)(2)", 6)]), ("gambling_business", [("§2E3.1(a)(1)", 12)]),
    ("wagering_information", [("§2E3.1(a)(1)", 12)]),
    ("commercial_gambling_operation", [("§2E3.1(a)(1)", 12)])])
def test_1993_twelve_or_six(manual, conduct, expected):
    facts = {"gambling_conduct": conduct} if conduct else {}
    assert steps(manual, **facts) == expected


@pytest.mark.parametrize("manual,key,amendment", [
    ("1987-11-01", "animal_fighting_venture", "721"), ("2007-11-01", "animal_fighting_venture", "721"),
    ("2007-11-01", "convicted_7_usc_2156_a_2_b", "800"),
    ("2015-11-01", "convicted_7_usc_2156_a_2_b", "800")])
def test_animal_fighting_refused_before_its_amendment(capsys, tmp_path: Path, manual, key,
                                                      amendment):
    err = calc_refused(capsys, case_file(tmp_path, "2E3.1", "gambling", f"{key} = true", manual))
    assert f"offense.gambling.{key}" in err and f"Amendment {amendment}" in err


# 2008 (Amendment 721, Vol III lines 12591-12594): (Apply the greatest) (1) 12, (2) 10, (3) 6
@pytest.mark.parametrize("manual", ["2008-11-01", "2015-11-01"])
@pytest.mark.parametrize("facts,expected", [
    ({}, [("§2E3.1(a)(3)", 6)]),
    ({"animal_fighting_venture": True}, [("§2E3.1(a)(2)", 10)]),
    ({"gambling_conduct": "gambling_business"}, [("§2E3.1(a)(1)", 12)]),
    ({"animal_fighting_venture": True, "gambling_conduct": "commercial_gambling_operation"},
     [("§2E3.1(a)(1)", 12)])])
def test_2008_the_greatest(manual, facts, expected):
    assert steps(manual, **facts) == expected


# 2016 (GLM2016 lines 6103-6111) and 2024/2025 (GLM2025 lines 10798-10808): 16, 12, 10, 6
@pytest.mark.parametrize("manual", ["2016-11-01", "2023-11-01", "2024-11-01", "2025"])
@pytest.mark.parametrize("facts,expected", [
    ({}, [("§2E3.1(a)(4)", 6)]),
    ({"animal_fighting_venture": True}, [("§2E3.1(a)(1)", 16)]),
    ({"gambling_conduct": "wagering_information"}, [("§2E3.1(a)(2)", 12)]),
    ({"convicted_7_usc_2156_a_2_b": True}, [("§2E3.1(a)(3)", 10)]),
    # "except as provided in subdivision (3)": the § 2156(a)(2)(B) conviction takes (1) away
    ({"animal_fighting_venture": True, "convicted_7_usc_2156_a_2_b": True}, [("§2E3.1(a)(3)", 10)]),
    ({"animal_fighting_venture": True, "convicted_7_usc_2156_a_2_b": True,
      "gambling_conduct": "gambling_business"}, [("§2E3.1(a)(2)", 12)]),
    ({"animal_fighting_venture": True, "gambling_conduct": "gambling_business"},
     [("§2E3.1(a)(1)", 16)])])
def test_2016_on(manual, facts, expected):
    assert steps(manual, **facts) == expected


def test_the_words_by_edition():
    def reason(manual: str) -> str:
        case = Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                    "offense": {"guideline": "2E3.1",
                                                "gambling": {"animal_fighting_venture": True}}})
        return next(s.reason for s in computed(case).steps if s.section.startswith("§2E3.1"))
    assert "except as provided in subdivision (3) below" in reason("2016")
    assert "except as provided in paragraph (3) below" in reason("2025")
    assert "(2) 10, if the offense involved an animal fighting venture; or (3) 6" in reason("2010")


def test_unknown_conduct_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2E3.1", "gambling",
                                         'gambling_conduct = "bookmaking"', "2016"))
    assert "offense.gambling.gambling_conduct" in err


def test_not_a_bool_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2E3.1", "gambling",
                                         'animal_fighting_venture = "yes"', "2016"))
    assert "offense.gambling.animal_fighting_venture" in err


@pytest.mark.parametrize("manual,facts,expected,months", [
    ("1990-11-01", "", [("§2E3.1(a)", 12)], (10, 16)),
    ("1995-11-01", 'gambling_conduct = "wagering_information"', [("§2E3.1(a)(1)", 12)], (10, 16)),
    ("2010-11-01", "animal_fighting_venture = true", [("§2E3.1(a)(2)", 10)], (6, 12)),
    ("2025", "convicted_7_usc_2156_a_2_b = true", [("§2E3.1(a)(3)", 10)], (6, 12))])
def test_a_worked_case_per_era(capsys, tmp_path: Path, manual, facts, expected, months):
    result = calc_json(capsys, case_file(tmp_path, "2E3.1", "gambling", facts, manual))
    assert chapter_two_steps(result) == expected
    assert (result["range"]["min_months"], result["range"]["max_months"]) == months


def test_example_file(capsys):
    # examples/gambling-2e3.1-2016.toml: (a)(1) 16 (greater than (a)(2) 12); 21-27 months
    result = calc_json(capsys, EXAMPLES / "gambling-2e3.1-2016.toml")
    assert chapter_two_steps(result) == [("§2E3.1(a)(1)", 16)]
    assert result["range"] == {"min_months": 21, "max_months": 27, "life": False}
