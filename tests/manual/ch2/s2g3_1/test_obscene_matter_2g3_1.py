"""§2G3.1 (Importing, Mailing, or Transporting Obscene Matter; Transferring Obscene Matter to
a Minor; Misleading Domain Names) (tables/obscene_matter.toml).

Sources (../shared/reference/ussg/): Nov. 1, 2000: (b)(1) as Amendment 592 inserts it
(appendix_c_2016/APPENDIX_C_Vol_II.txt lines 1895-1910: (A) "the table in §2F1.1", (B)-(C) +5,
(D) +7, (E) +2), (a) 10 (Amendment 437, Vol_I line 11665); Nov. 1, 2001: §2B1.1's table
(Amendment 617, Vol_II lines 6624-6625); Nov. 1, 2004: Amendment 664 (Vol_III lines
2103-2118: (b)(1)(D) +6, (b)(2) misleading domain name, (b)(3) computer, (b)(4) portrayal);
Nov. 1, 2007: (b)(2) (A)/(B) (Amendment 701, Vol_III lines 8290-8298); Nov. 1, 2009: (c)(1)
without §2G2.4 (Amendment 736, Vol_III lines 14089-14092); from Nov. 1, 2016: the text of
manual_2016/GLM2016_fulltext.txt lines 6687-6715 and manual_2025/GLM2025_fulltext.txt lines
12071-12131. Before Nov. 1, 2000: refused (the (b)(1) Amendment 592 struck is not quoted).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

EDITIONS = ("2000-11-01", "2001-11-01", "2004-11-01", "2007-11-01", "2009-11-01", "2016",
            "2025")


def _case(manual: str, facts: dict) -> Case:
    return Case.model_validate({"manual": manual, "criminal_history": {"category": "I"},
                                "offense": {"guideline": "2G3.1", "obscene_matter": facts}})


def _levels(manual: str, facts: dict) -> list[tuple[str, int | None]]:
    return [(s.section, s.level) for s in computed(_case(manual, facts)).steps
            if s.chapter == "chapter_two"]


def _refused(manual: str, facts: dict) -> str:
    with pytest.raises(CaseError) as error:
        computed(_case(manual, facts))
    return str(error.value)


@pytest.mark.parametrize("manual", EDITIONS)
def test_base_offense_level_10(manual):
    assert _levels(manual, {}) == [("§2G3.1(a)", 10)]


@pytest.mark.parametrize("manual,key,clause,added", [
    ("2000-11-01", "valuable_consideration", "(B)", 5), ("2000-11-01", "to_minor", "(C)", 5),
    ("2000-11-01", "to_minor_for_prohibited_sexual_conduct", "(D)", 7),
    ("2000-11-01", "other_distribution", "(E)", 2),
    ("2004-11-01", "to_minor_for_illegal_activity", "(D)", 6),
    ("2004-11-01", "to_minor_for_prohibited_sexual_conduct", "(E)", 7),
    ("2004-11-01", "other_distribution", "(F)", 2),
    ("2016", "valuable_consideration", "(B)", 5), ("2016", "to_minor", "(C)", 5),
    ("2025", "to_minor_for_illegal_activity", "(D)", 6),
    ("2025", "to_minor_for_prohibited_sexual_conduct", "(E)", 7),
    ("2025", "other_distribution", "(F)", 2)])
def test_distribution_clauses_by_edition(manual, key, clause, added):
    assert _levels(manual, {"distribution": key}) == [
        ("§2G3.1(a)", 10), (f"§2G3.1(b)(1){clause}", 10 + added)]


@pytest.mark.parametrize("manual", ["2000-11-01", "2003-11-01"])
def test_illegal_activity_clause_refused_before_2004(manual):
    assert "to_minor_for_illegal_activity" in _refused(
        manual, {"distribution": "to_minor_for_illegal_activity"})


@pytest.mark.parametrize("manual,value,added", [
    # 2000: the §2F1.1 table (more than $20,000 add 4; $40,000 add 5; $70,000 add 6), at
    # least 5
    ("2000-11-01", "40000", 5), ("2000-11-01", "40001", 5), ("2000-11-01", "70000", 5),
    ("2000-11-01", "70001", 6),
    # 2001: §2B1.1's table of Amendment 617 (more than $10,000 add 4; $30,000 add 6)
    ("2001-11-01", "30000", 5), ("2001-11-01", "30001", 6),
    # 2016 and 2025: §2B1.1's table of Amendment 791 (more than $15,000 add 4; $40,000 add
    # 6; $95,000 add 8)
    ("2016", "40000", 5), ("2016", "40001", 6), ("2025", "95000", 6), ("2025", "95001", 8)])
def test_pecuniary_gain_reads_the_loss_table_of_the_date(manual, value, added):
    steps = computed(_case(manual, {"distribution": "pecuniary_gain",
                                    "retail_value": value})).steps
    step = next(s for s in steps if s.section == "§2G3.1(b)(1)(A)")
    assert step.level == 10 + added
    table = "§2F1.1(b)(1)" if manual == "2000-11-01" else "§2B1.1(b)(1)"
    assert table in step.reason


@pytest.mark.parametrize("levels,added", [(5, 5), (9, 9)])
def test_pecuniary_gain_levels_as_found(levels, added):
    assert _levels("2016", {"distribution": "pecuniary_gain",
                            "pecuniary_gain_levels": levels})[-1] == ("§2G3.1(b)(1)(A)",
                                                                      10 + added)


def test_pecuniary_gain_needs_one_amount():
    assert "exactly one" in _refused("2016", {"distribution": "pecuniary_gain"})
    assert "obscene_matter.retail_value" in _refused(
        "2016", {"distribution": "to_minor", "retail_value": "100"})


@pytest.mark.parametrize("manual,kinds,expected", [
    ("2004-11-01", ["misleading_domain_name"], 12), ("2007-11-01", ["embedded_words_or_images"], 12),
    ("2025", ["misleading_domain_name", "embedded_words_or_images"], 12)])
def test_deceiving_a_minor(manual, kinds, expected):
    assert _levels(manual, {"deceiving_minor": kinds}) == [("§2G3.1(a)", 10),
                                                            ("§2G3.1(b)(2)", expected)]


def test_embedded_words_refused_before_2007():
    assert "obscene_matter.deceiving_minor" in _refused(
        "2004-11-01", {"deceiving_minor": ["embedded_words_or_images"]})


@pytest.mark.parametrize("key,value", [("deceiving_minor", ["misleading_domain_name"]),
                                       ("computer", True)])
def test_2004_paragraphs_refused_before(key, value):
    message = _refused("2003-11-01", {key: value})
    assert f"obscene_matter.{key}" in message and "Amendment 664" in message


@pytest.mark.parametrize("manual,paragraph", [("2000-11-01", "(b)(2)"), ("2003-11-01", "(b)(2)"),
                                              ("2004-11-01", "(b)(4)"), ("2025", "(b)(4)")])
def test_portrayal_paragraph_by_edition(manual, paragraph):
    assert _levels(manual, {"portrays": ["sadistic_masochistic_or_violence"]}) == [
        ("§2G3.1(a)", 10), (f"§2G3.1{paragraph}", 14)]


def test_computer_2004_on():
    assert _levels("2009-11-01", {"computer": True}) == [("§2G3.1(a)", 10), ("§2G3.1(b)(3)", 12)]


@pytest.mark.parametrize("manual", ["1987-11-01", "1998-11-01", "2000-05-01"])
def test_refused_before_nov_2000(capsys, tmp_path: Path, manual):
    err = calc_refused(capsys, case_file(tmp_path, "2G3.1", "obscene_matter",
                                         'distribution = "to_minor"', manual))
    assert "§2G3.1" in err and "not entered" in err and "obscene_matter.toml" in err


def test_bad_distribution_names_file_and_field(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2G3.1", "obscene_matter",
                                         'distribution = "sale"', "2016"))
    assert "obscene_matter.toml" in err and "offense.obscene_matter.distribution" in err


def test_retail_value_float_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2G3.1", "obscene_matter",
                                         'distribution = "pecuniary_gain"\nretail_value = 1.5',
                                         "2016"))
    assert "offense.obscene_matter.retail_value" in err


@pytest.mark.parametrize("manual", ["2009-11-01", "2016", "2025"])
def test_cross_reference_to_2g2_4_refused_from_2009(manual):
    message = _refused(manual, {"child_pornography_possession": {"items": 12}})
    assert "obscene_matter.child_pornography_possession" in message and "§2G2.4" in message


def test_cross_reference_to_2g2_4_refused_once_2g2_4_is_deleted():
    # 2004-2009 (c)(1) still names §2G2.4 "as appropriate", but §2G2.4 was deleted the same day
    message = _refused("2005", {"child_pornography_possession": {"items": 12}})
    assert "obscene_matter.child_pornography_possession" in message and "2G2.4" in message


def test_cross_reference_to_2g2_4_in_2003():
    # §2G2.4 of Apr. 30, 2003: 15, (b)(2) ten or more items +2 = 17, applied in place of 15
    steps = _levels("2003-11-01", {"distribution": "to_minor",
                                    "child_pornography_possession": {"items": 12}})
    assert steps[:2] == [("§2G3.1(a)", 10), ("§2G3.1(b)(1)(C)", 15)]
    assert steps[-1] == ("§2G3.1(c)(1)", 17) and steps[-2] == ("§2G2.4(b)(2)", 17)


@pytest.mark.parametrize("manual,facts,expected", [
    # 2000 (§2F1.1's table, more than $70,000 add 6): 10 + 6 + (b)(2) 4 = 20
    ("2000-11-01", 'distribution = "pecuniary_gain"\nretail_value = "80000"\n'
     'portrays = ["sadistic_masochistic_or_violence"]',
     [("§2G3.1(a)", 10), ("§2G3.1(b)(1)(A)", 16), ("§2G3.1(b)(2)", 20)]),
    # 2007: 10 + (b)(1)(E) 7 + (b)(2) 2 + (b)(3) 2 = 21
    ("2007-11-01", 'distribution = "to_minor_for_prohibited_sexual_conduct"\n'
     'deceiving_minor = ["embedded_words_or_images"]\ncomputer = true',
     [("§2G3.1(a)", 10), ("§2G3.1(b)(1)(E)", 17), ("§2G3.1(b)(2)", 19), ("§2G3.1(b)(3)", 21)]),
])
def test_worked_case_through_the_cli(capsys, tmp_path: Path, manual, facts, expected):
    result = calc_json(capsys, case_file(tmp_path, "2G3.1", "obscene_matter", facts, manual))
    assert chapter_two_steps(result) == expected
    assert result["total_offense_level"] == expected[-1][1]


def test_cross_reference_through_the_cli(capsys, tmp_path: Path):
    # 2016: 10 + (b)(1)(C) 5 = 15; (c)(1) §2G2.2 of a § 2252A(a)(2) distribution to a minor:
    # 22 + (b)(3)(C) 5 = 27, applied
    path = case_file(tmp_path, "2G3.1", "obscene_matter", 'distribution = "to_minor"', "2016",
                     '[offense.obscene_matter.child_pornography]\n'
                     'convicted_under = "2252A(a)(2)"\ndistribution = "to_minor"\n')
    result = calc_json(capsys, path)
    steps = chapter_two_steps(result)
    assert steps[:2] == [("§2G3.1(a)", 10), ("§2G3.1(b)(1)(C)", 15)]
    assert ("§2G2.2(a)(2)", 22) in steps and ("§2G2.2(b)(3)(C)", 27) in steps
    assert steps[-1] == ("§2G3.1(c)(1)", 27) and result["total_offense_level"] == 27


def test_example_file(capsys):
    # examples/obscene-matter-2025.toml, worked by hand: 10 + 6 + 2 + 4 = 22; 41-51 months
    result = calc_json(capsys, EXAMPLES / "obscene-matter-2025.toml")
    assert chapter_two_steps(result) == [("§2G3.1(a)", 10), ("§2G3.1(b)(1)(A)", 16),
                                         ("§2G3.1(b)(3)", 18), ("§2G3.1(b)(4)", 22)]
    assert result["range"] == {"min_months": 41, "max_months": 51, "life": False}
