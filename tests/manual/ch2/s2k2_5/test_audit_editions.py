"""Second reading of §2K2.5's and §2K2.6's editions before Nov. 1, 2016 (audit of the
pre-2015 editions): the day before and the day of each amendment that made or changed them
(``manual`` names the date an edition or interim amendment took effect), through the real
CLI, levels from Appendix C (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt,
lines cited) and the 2016 Manual (GLM2016_fulltext.txt lines 7703-7716, 7741-7746).

§2K2.5, amendments walked: 191 (1989, inserted), 374 (1991, replaced), 661 (2003) and 746
(2010), commentary only. §2K2.6: 670 (2004, inserted); no later amendment (2016 historical
note, line 7767).
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, run
from tests.manual.ch2.s2k2_5.test_firearms_2k2_5_2k2_6 import facility


@pytest.mark.parametrize("manual,facts,expected", [
    # Amendment 191 (I 3819-3826; the text is what Amendment 374 deleted, I 8985-8998):
    # "(a) Base Offense Level: 6", no characteristic
    ("1989-11-01", "", [("§2K2.5(a)", 6)]),
    ("1990-11-01", "", [("§2K2.5(a)", 6)]),
    # Amendment 374 (Nov. 1, 1991; I 8999-9001, the 2016 words): (b)(1) +2 in a federal court
    # facility or a school zone
    ("1991-11-01", "school_zone = true", [("§2K2.5(a)", 6), ("§2K2.5(b)(1)(B)", 8)]),
    ("1991-11-27", "federal_court_facility = true", [("§2K2.5(a)", 6), ("§2K2.5(b)(1)(A)", 8)]),
])
def test_2k2_5_edges(tmp_path, capsys, manual, facts, expected):
    code, result = run(tmp_path, capsys, facility(facts, manual))
    assert code == 0, result
    assert [(s, lv) for s, lv in chapter_two(result)] == expected


@pytest.mark.parametrize("manual,field", [
    ("1988-10-15", "offense.guideline"),             # before Amendment 191: no §2K2.5
    ("1990-11-01", "offense.federal_facility.school_zone"),  # before Amendment 374
])
def test_2k2_5_refused_before(tmp_path, capsys, manual, field):
    code, err = run(tmp_path, capsys, facility("school_zone = true", manual))
    assert code == 2 and field in err, err


@pytest.mark.parametrize("manual,ok", [("2003-11-05", False), ("2004-11-01", True)])
def test_2k2_6_from_amendment_670(tmp_path, capsys, manual, ok):
    # 2016 Manual lines 7741-7746: "(a) Base Offense Level: 10"; "(b) ... used the body
    # armor in connection with another felony offense, increase by 4 levels"; inserted
    # Nov. 1, 2004 (line 7767); the day before, the interim edition of Nov. 5, 2003
    code, result = run(tmp_path, capsys, firearm_case(
        "used_in_connection_with_another_felony = true", manual=manual, guideline="2K2.6",
        table="body_armor_felon"))
    if ok:
        assert code == 0, result
        assert [lv for _, lv in chapter_two(result)] == [10, 14]
    else:
        assert code == 2 and "offense.guideline" in result, result
