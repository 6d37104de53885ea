"""Second reading of §§2L2.1-2L2.4's editions before Nov. 1, 2016 (audit of the pre-2015
editions): the edition in force the day before an amendment and the one it begins
(``--manual`` names the date an edition or interim amendment took effect), through the real
CLI, levels from Appendix C (../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt,
lines cited).

Amendments walked: §2L2.1: 195 (1989), 450 (1992), 481 (1993), 524 (1995), 544 (May 1, 1997,
emergency), 563 (Nov. 1, 1997, repromulgated), 692 (2006), 746 (2010, commentary). §2L2.2: 196
(1989), 450 and 481 (title and commentary), 524 (1995, cross reference), 544 (May 1, 1997),
564 (repromulgated without change, line 20440), 671 (2004), 692 (2006), 765 (2012). §2L2.3:
197, 450, deleted by 481. §2L2.4: 40 (commentary), 198, deleted by 481. The edges already
cases of test_documents_1987_1995.py, test_immigration_documents.py and
../s2l2_3/test_passport_guidelines.py are not repeated; these add Amendment 544's edge (the day
before is the edition of Nov. 1, 1996).
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.immigration_cli import calc, chapter_two
from tests.manual.ch2.s2l2_1.test_documents_1987_1995 import case_file


@pytest.mark.parametrize("manual,documents,expected", [
    # line 19384: §2L2.1(a) "9" -> "11"; lines 19394-19397: the (b)(2) column 2, 4, 6 -> 3, 6, 9
    ("1996-11-01", 6, [("§2L2.1(a)", None, 9), ("§2L2.1(b)(2)(A)", 2, 11)]),
    ("1997-05-01", 6, [("§2L2.1(a)", None, 11), ("§2L2.1(b)(2)(A)", 3, 14)]),
    ("1996-11-01", 100, [("§2L2.1(a)", None, 9), ("§2L2.1(b)(2)(C)", 6, 15)]),
    ("1997-05-01", 100, [("§2L2.1(a)", None, 11), ("§2L2.1(b)(2)(C)", 9, 20)]),
    ("1997-11-01", 25, [("§2L2.1(a)", None, 11), ("§2L2.1(b)(2)(B)", 6, 17)]),  # 563: same
])
def test_2l2_1_amendment_544_edge(tmp_path, capsys, manual, documents, expected):
    path = case_file(tmp_path, "2L2.1", f"documents = {documents}")
    assert chapter_two(calc(capsys, path, "--manual", manual), "§2L2.1") == expected


@pytest.mark.parametrize("manual,base", [("1996-11-01", 6), ("1997-05-01", 8),
                                         ("1997-11-01", 8)])
def test_2l2_2_amendment_544_edge(tmp_path, capsys, manual, base):
    # line 19428: §2L2.2(a) "6" -> "8"; (b)(1) +2 for a previously deported unlawful alien
    # (Amendment 196, lines 3881-3885) on either side
    path = case_file(tmp_path, "2L2.2", "previously_deported = true")
    assert chapter_two(calc(capsys, path, "--manual", manual), "§2L2.2") == [
        ("§2L2.2(a)", None, base), ("§2L2.2(b)(1)", 2, base + 2)]
