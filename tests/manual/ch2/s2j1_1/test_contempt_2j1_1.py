"""§2J1.1 (Contempt) (tables/contempt.toml).

Sources (../shared/reference/ussg/): Nov. 1, 1987 - Oct. 31, 1989: the guideline as Amendment
170 deleted it (appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3374-3377); from Nov. 1, 1989
"Apply §2X5.1 (Other Offenses)." and Note 1's sentence on §2J1.2 as Amendment 170 inserts them
(lines 3378-3383; manual_2016/GLM2016_fulltext.txt lines 7025, 7033; manual_2025/
GLM2025_fulltext.txt lines 12703, 12712-12717). §3C1.1's note: (n.4) as Amendment 347 quotes
it (Vol. I lines 7383-7388), (n.6) as it inserts it (lines 7464-7470), Amendment 496's
", prosecution, or sentencing" (lines 15845-15849), (n.7) and "if" (Amendments 579 and 581,
APPENDIX_C_Vol_II.txt lines 341-342, 517-519; GLM2016_fulltext.txt line 10317).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError
from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file, chapter_two_steps
from tests.strategies import computed

# an edition under each version from 1989, §3C1.1's note and its words
EDITIONS = {"1989-11-01": ("comment. (n.4)", "except where a significant further obstruction "
                           "occurred during the investigation or prosecution of"),
            "1990-11-01": ("comment. (n.6)", "except where a significant further obstruction "
                           "occurred during the investigation or prosecution of"),
            "1993-11-01": ("comment. (n.6)", "except where a significant further obstruction "
                           "occurred during the investigation, prosecution, or sentencing"),
            "1998-11-01": ("comment. (n.7)", "except if a significant further obstruction "
                           "occurred during the investigation, prosecution, or sentencing"),
            "2016": ("comment. (n.7)", "except if"),
            "2025": ("comment. (n.7)", "except if")}


def _case(manual: str, facts: dict, adjustments: dict | None = None, **offense) -> Case:
    data = {"manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2J1.1", "contempt": facts, **offense}}
    if adjustments:
        data["adjustments"] = adjustments
    return Case.model_validate(data)


def _other(level: int, **more) -> dict:
    return {"analogous_guideline": "other", "analogous_offense_level": level, **more}


@pytest.mark.parametrize("manual", EDITIONS)
@pytest.mark.parametrize("level", [9, 12, 43])
def test_applies_2x5_1_with_the_most_analogous_level(manual, level):
    computation = computed(_case(manual, _other(level)))
    assert computation.result.total_offense_level == level
    steps = [s for s in computation.steps if s.chapter == "chapter_two"]
    assert steps[0].section == "§2J1.1" and steps[0].change == "applies §2X5.1"
    assert "Apply §2X5.1 (Other Offenses)." in steps[0].reason
    assert (steps[-1].section, steps[-1].level) == ("§2X5.1", level)


@pytest.mark.parametrize("manual", ["1987-11-01", "1988-06-15", "1988-10-15"])
def test_before_nov_1989_no_guideline_range(capsys, tmp_path: Path, manual):
    # Amendment 170 (Vol. I lines 3375-3377) quotes the words it deleted: refused, exit 2
    err = calc_refused(capsys, case_file(tmp_path, "2J1.1", "contempt",
                                         'analogous_guideline = "other"\n'
                                         'analogous_offense_level = 12', manual))
    assert "offense.guideline" in err and "§3553(a)(2)" in err.replace("§ ", "§")
    assert "contempt.toml" in err


@pytest.mark.parametrize("manual", EDITIONS)
def test_the_obstruction_adjustment_needs_a_further_obstruction(manual):
    note, words = EDITIONS[manual]
    with pytest.raises(CaseError) as error:
        computed(_case(manual, _other(12), {"obstruction": {"obstructed_justice": True}}))
    assert "adjustments.obstruction.obstructed_justice" in str(error.value)
    assert note in str(error.value) and words in str(error.value)
    assert "offense.contempt.further_obstruction" in str(error.value)
    computation = computed(_case(manual, _other(12, further_obstruction=True),
                                 {"obstruction": {"obstructed_justice": True}}))
    assert computation.result.total_offense_level == 14  # 12 + 2 (§3C1.1)
    assert any(s.section == f"§3C1.1, {note}" and s.change == "applies"
               for s in computation.steps)


@pytest.mark.parametrize("manual,refused", [("2005-11-01", False), ("2006-11-01", True)])
def test_class_a_misdemeanor_follows_2x5_1(manual, refused):
    # §2X5.1 covers "a felony or Class A misdemeanor" until Oct. 31, 2006 (Amendment 685)
    case = _case(manual, _other(6, class_a_misdemeanor=True))
    if refused:
        with pytest.raises(CaseError) as error:
            computed(case)
        assert "offense.contempt.class_a_misdemeanor" in str(error.value)
        assert "§2X5.2" in str(error.value)
    else:
        assert computed(case).result.total_offense_level == 6


def test_no_sufficiently_analogous_guideline_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2J1.1", "contempt",
                                         'analogous_guideline = "none"', "2016"))
    assert "offense.contempt.analogous_guideline" in err and "18 U.S.C. § 3553" in err


def test_other_without_level_is_refused(capsys, tmp_path: Path):
    err = calc_refused(capsys, case_file(tmp_path, "2J1.1", "contempt",
                                         'analogous_guideline = "other"', "2025"))
    assert "analogous_offense_level" in err and "contempt.toml" in err


def test_example_file(capsys):
    # examples/contempt-2j1.1-2025.toml, worked by hand: §2B1.1 6 + 4 = 10; 6-12 months
    result = calc_json(capsys, EXAMPLES / "contempt-2j1.1-2025.toml")
    assert chapter_two_steps(result) == [("§2J1.1", None), ("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)(C)", 10),
                                         ("§2X5.1", 10)]
    assert result["range"] == {"min_months": 6, "max_months": 12, "life": False}


@pytest.mark.parametrize("manual,edition_words", [
    ("1989-11-01", "18 U.S.C. § 3553(b) shall control."),
    ("2016", "shall remain applicable.")])
def test_worked_obstruction_contempt_through_the_cli(capsys, tmp_path: Path, manual,
                                                     edition_words):
    # comment. (n.1): "In certain cases, the offense conduct will be sufficiently analogous to
    # §2J1.2 (Obstruction of Justice) for that guideline to apply": §2J1.2(a) 12 (1989,
    # derived in tables/obstruction_of_justice.toml) or 14 (2016, GLM2016 line 7043)
    path = case_file(tmp_path, "2J1.1", "contempt", 'analogous_guideline = "2J1.2"', manual,
                     "[offense.obstruction]\n")
    result = calc_json(capsys, path)
    base = 12 if manual == "1989-11-01" else 14
    assert chapter_two_steps(result) == [("§2J1.1", None), ("§2J1.2(a)", base), ("§2X5.1", base)]
    contempt = next(s for s in result["steps"] if s["section"] == "§2J1.1")
    assert "sufficiently analogous to §2J1.2" in contempt["reason"]
    assert edition_words in next(s for s in result["steps"] if s["section"] == "§2X5.1")["reason"]
    assert result["total_offense_level"] == base
