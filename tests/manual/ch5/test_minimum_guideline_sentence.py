"""The six-month minimum guideline sentence of Chapter Two's special instructions (issue #15),
through the real CLI: §2F1.1(c)(1) and §2B1.3(d)(1) (Nov. 1, 1997 - Oct. 31, 2001, Amendment
551) and §2B1.1(d)(1) (Nov. 1, 2001 - Oct. 31, 2002, struck by Amendment 637): "If the
defendant is convicted under 18 U.S.C. § 1030(a)(4) [§2B1.3: (a)(5); §2B1.1: (a)(4) or (5)],
the minimum guideline sentence, notwithstanding any other adjustment, shall be six months'
imprisonment."

Sources (/work/shared/reference/ussg/appendix_c_2016/): Vol. I lines 19928-19932 (§2B1.3(d)),
19970-19974 (§2F1.1(c)); Vol. II lines 5793-5797 and 5917-5921 (617 quotes both as struck),
9701-9704 (637 quotes §2B1.1(d) as struck). The Sentencing Table of Nov. 1, 1992 on (Amendment
462): category I levels 1-8 "0-6", 9 "4-10", 10 "6-12", 11 "8-14"; category II level 6 "1-7",
8 "4-10", 9 "6-12".

The range's minimum is raised to six months where it is lower (below), kept where it is six
(at) or more (above); the step sits after the Sentencing Table and before §5G1.1; the zone is
the table's, the step saying the Manual has no note on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file

#: a §2B1.3 loss for each offense level (base 4; the 1989 theft table: "More than $100 add
#: 1", "$1,000 add 2", "$2,000 add 3", "$5,000 add 4", "$10,000 add 5", "$20,000 add 6",
#: "$40,000 add 7")
LOSS = {4: "$100", 5: "$101", 6: "$1,001", 7: "$2,001", 8: "$5,001", 9: "$10,001",
        10: "$20,001", 11: "$40,001"}


def _damage(tmp_path: Path, level: int, category: str, subsection: str = "(a)(5)",
            manual: str = "1997-11-01", more: str = "") -> Path:
    path = case_file(tmp_path, "2B1.3", "property_damage",
                     f'loss = "{LOSS[level]}"\nconvicted_under_1030_subsection = "{subsection}"',
                     manual, more)
    path.write_text(path.read_text().replace('category = "I"', f'category = "{category}"'))
    return path


def _range(result: dict) -> tuple[int, int]:
    return result["range"]["min_months"], result["range"]["max_months"]


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["chapter"] == "chapter_five"
                and s["section"] == section)


@pytest.mark.parametrize("level,category,table,raised", [
    (4, "I", "0–6 months", (6, 6)), (5, "I", "0–6 months", (6, 6)),
    (6, "I", "0–6 months", (6, 6)), (7, "I", "0–6 months", (6, 6)),
    (8, "I", "0–6 months", (6, 6)),  # below: 0 raised to 6
    (6, "II", "1–7 months", (6, 7)), (8, "II", "4–10 months", (6, 10)),
    (9, "I", "4–10 months", (6, 10)),
])
def test_a_minimum_below_six_months_is_raised(capsys, tmp_path, level, category, table,
                                              raised):
    result = calc_json(capsys, _damage(tmp_path, level, category))
    assert result["total_offense_level"] == level
    assert _range(result) == raised
    step = _step(result, "§2B1.3(d)(1)")
    assert step["input"] == f"range {table}" and "raised to 6 months" in step["reason"]
    assert "before the statutory limits (§5G1.1)" in step["reason"]
    assert "the Manual has no note" in step["reason"] and f"Zone {result['zone']}" in step["reason"]
    sections = [s["section"] for s in result["steps"]]
    assert sections[sections.index("Ch.5 Pt.A") + 1] == "§2B1.3(d)(1)"


@pytest.mark.parametrize("level,category,minimum", [(10, "I", 6), (9, "II", 6),
                                                    (11, "I", 8)])
def test_a_minimum_of_six_months_or_more_is_kept(capsys, tmp_path, level, category, minimum):
    result = calc_json(capsys, _damage(tmp_path, level, category))
    assert result["range"]["min_months"] == minimum
    step = _step(result, "§2B1.3(d)(1)")
    assert step["change"] == "no change" and f"{minimum} months, is not less" in step["reason"]


def test_another_subsection_of_1030_is_not_the_instruction(capsys, tmp_path):
    result = calc_json(capsys, _damage(tmp_path, 6, "I", subsection="(a)(2)"))
    assert _range(result) == (0, 6)
    special = next(s for s in result["steps"] if s["section"] == "§2B1.3(d)(1)")
    assert special["change"] == "not applied"
    assert not [s for s in result["steps"] if s["chapter"] == "chapter_five"
                and s["section"] == "§2B1.3(d)(1)"]


def test_the_statutory_maximum_below_six_months_then_caps_it(capsys, tmp_path):
    # §5G1.1(a) after the instruction: a maximum of 4 months stated is the guideline sentence
    path = _damage(tmp_path, 6, "I")
    path.write_text(path.read_text().replace(
        '[offense]\n', '[offense]\nstatute = "18 U.S.C. § 1030(a)(5)(C)"\n'
                       'statutory_maximum_months = 4\n'))
    result = calc_json(capsys, path)
    assert _range(result) == (6, 6)
    assert result["statutory_range"] == {"min_months": 4, "max_months": 4, "life": False}
    assert "six months" in result["sentence_options"]["imprisonment"] or \
        "6 months' imprisonment" in result["sentence_options"]["imprisonment"]


def _fraud(tmp_path: Path, manual: str, loss: str, category: str = "I") -> Path:
    path = case_file(tmp_path, "2F1.1", "fraud_deceit",
                     f'loss = "{loss}"\nconvicted_under_1030_a4 = true', manual)
    path.write_text(path.read_text().replace('category = "I"', f'category = "{category}"'))
    return path


@pytest.mark.parametrize("manual", ["1997-11-01", "2000-11-01"])
@pytest.mark.parametrize("loss,category,level,table", [
    ("$2,000", "I", 6, (0, 6)),  # "(A) $2,000 or less no increase": 0-6, below
    ("$5,001", "I", 8, (0, 6)),  # "(C) More than $5,000 add 2": 0-6, below
    ("$10,001", "II", 9, (6, 12)),  # "(D) More than $10,000 add 3": 6-12, at
    ("$40,001", "I", 11, (8, 14)),  # "(F) More than $40,000 add 5": 8-14, above
])
def test_2f1_1_c1_the_same_for_a_1030_a4_conviction(capsys, tmp_path, manual, loss, category,
                                                    level, table):
    # §2F1.1 (a) 6 and its table from Nov. 1, 1989 (617 quotes it, Vol. II lines 5836-5855)
    result = calc_json(capsys, _fraud(tmp_path, manual, loss, category))
    assert result["total_offense_level"] == level
    assert _range(result) == (max(table[0], 6), table[1])
    step = _step(result, "§2F1.1(c)(1)")
    assert ("raised to 6 months" in step["reason"]) == (table[0] < 6)
    assert (step["change"] == "no change") == (table[0] >= 6)


@pytest.mark.parametrize("manual", ["1987-11-01", "1996-11-01"])
def test_2f1_1_c1_refused_before_amendment_551(capsys, tmp_path, manual):
    error = calc_refused(capsys, _fraud(tmp_path, manual, "$3,000", "VI"))
    assert "offense.fraud_deceit.convicted_under_1030_a4" in error and "Amendment 551" in error


def _theft(tmp_path: Path, manual: str, subsection: str, loss: str = "$3,000",
           category: str = "II") -> Path:
    path = case_file(tmp_path, "2B1.1", "theft_fraud",
                     f'loss = "{loss}"\nconvicted_under_1030_subsection = "{subsection}"', manual)
    path.write_text(path.read_text().replace('category = "I"', f'category = "{category}"'))
    return path


@pytest.mark.parametrize("subsection", ["(a)(4)", "(a)(5)"])
def test_2b1_1_d1_of_2001(capsys, tmp_path, subsection):
    # 2001: (a) 6, "(A) $5,000 or less no increase" (617's table): level 6, category II 1-7
    result = calc_json(capsys, _theft(tmp_path, "2001-11-01", subsection))
    assert result["total_offense_level"] == 6 and _range(result) == (6, 7)
    assert "raised to 6 months" in _step(result, "§2B1.1(d)(1)")["reason"]
    result = calc_json(capsys, _theft(tmp_path, "2001-11-01", "(a)(2)"))
    assert _range(result) == (1, 7)


@pytest.mark.parametrize("manual,why", [("2002-11-01", "Amendment 637"),
                                        ("2000-11-01", "§2F1.1"), ("2003-01-25", "637")])
def test_2b1_1_d_refused_in_the_other_editions(capsys, tmp_path, manual, why):
    error = calc_refused(capsys, _theft(tmp_path, manual, "(a)(4)"))
    assert "offense.theft_fraud.convicted_under_1030_subsection" in error and why in error
