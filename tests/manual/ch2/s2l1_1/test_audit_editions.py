"""Second reading of §2L1.1's editions before Nov. 1, 2016 (audit of the pre-2015 editions):
the same facts under the edition in force the day before an amendment to (a)-(c) and the
edition it begins (``--manual`` names the date an edition or interim amendment took effect),
each level worked by hand from Appendix C (../shared/reference/ussg/appendix_c_2016/:
APPENDIX_C_Vol_I.txt = "I", Vol_III = "III"), line cited at each case.

Amendments walked: 35, 36, 37 (Jan. 15, 1988), 192 (1989), 335 (1990), 375 (1991), 450
(1992), 543 (May 1, 1997, emergency), 561 (Nov. 1, 1997), 686 and 692 (2006), 702 (2007), 730
(2009), 785 (2014, commentary), 802 (2016). The earlier edges (35, 192, 335, 375, 450) are
already cases of test_alien_smuggling_1987_1997.py; these add the edges of 543, 561, the
2006-2007 year (its own cases in test_2006_misprint.py), 702 and 730 as the day before / the day of.
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.s2l1_1.test_alien_smuggling import case_file, levels


@pytest.mark.parametrize("manual,aliens,expected", [
    # Amendment 543 (May 1, 1997; I 19268-19284): (a)(2) "9" -> "12"; (b)(2) "2" -> "3",
    # "4" -> "6", "6" -> "9". The day before: the edition of Nov. 1, 1996.
    ("1996-11-01", 6, [("§2L1.1(a)(2)", None, 9), ("§2L1.1(b)(2)(A)", 2, 11)]),
    ("1997-05-01", 6, [("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(2)(A)", 3, 15)]),
    ("1996-11-01", 100, [("§2L1.1(a)(2)", None, 9), ("§2L1.1(b)(2)(C)", 6, 15)]),
    ("1997-05-01", 100, [("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(2)(C)", 9, 21)]),
    ("1997-05-01", 5, [("§2L1.1(a)(2)", None, 12)]),
    # Amendment 561 (Nov. 1, 1997; I 20300-20303) repromulgated 543 changing only words of
    # (b)(1)(A): the same levels
    ("1997-11-01", 25, [("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(2)(B)", 6, 18)]),
    ("1997-11-01", 99, [("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(2)(B)", 6, 18)]),
])
def test_amendment_543_and_561_edges(tmp_path, capsys, manual, aliens, expected):
    assert levels(capsys, case_file(tmp_path, f"aliens = {aliens}"), "--manual", manual) \
        == expected


@pytest.mark.parametrize("manual,aggravated", [("1996-11-01", 20), ("1997-05-01", 23)])
def test_amendment_543_aggravated_felon_alien(tmp_path, capsys, manual, aggravated):
    # I 19268-19269: (a)(1) "20" -> "23"; (b)(1) never under (a)(1)
    path = case_file(tmp_path, 'convicted_1327 = "alien_deported_after_aggravated_felony"\n'
                     "other_than_for_profit = true")
    assert levels(capsys, path, "--manual", manual) == [("§2L1.1(a)(1)", None, aggravated)]


def test_last_edition_before_amendment_692(tmp_path, capsys):
    """The interim edition of Sept. 12, 2006 still applies the 1997 text: death "(4) Death
    add 8 levels" (I 19313-19316), base (a)(2) 12."""
    path = case_file(tmp_path, 'injury = "death"')
    assert levels(capsys, path, "--manual", "2006-09-12") == [
        ("§2L1.1(a)(2)", None, 12), ("§2L1.1(b)(6)(4)", 8, 20)]


def test_2007_edition_of_amendment_702(tmp_path, capsys):
    """Nov. 1, 2007 (Amendment 702 corrected (b)(1) to "(a)(3)", III 8735): Amendment 692's
    (b)(7)(D) death "10 levels" (III 7203-7205) and (b)(4) unaccompanied minor +2
    (III 7200-7202); (b)(1) -3 under (a)(3). The homicide level found, 10, is not greater
    ((c)(1), III 7214-7218)."""
    path = case_file(tmp_path, 'injury = "death"\nunaccompanied_minor = true\n'
                     "other_than_for_profit = true\nhomicide_offense_level = 10")
    assert levels(capsys, path, "--manual", "2007-11-01") == [
        ("§2L1.1(a)(3)", None, 12), ("§2L1.1(b)(1)", -3, 9), ("§2L1.1(b)(4)", 2, 11),
        ("§2L1.1(b)(7)(D)", 10, 21)]
