"""Second reading of §2L1.2's editions before Nov. 1, 2016 (audit of the pre-2015 editions):
the same prior record under the edition in force the day before each amendment to (a)-(b)
and under the edition it begins (``--manual`` names the date an edition or interim amendment
took effect; the day before an amendment the previous one is in force), each level worked by
hand from Appendix C (../shared/reference/ussg/appendix_c_2016/: APPENDIX_C_Vol_I.txt = "I",
Vol_II = "II", Vol_III = "III", Supplement = "S"), file and line cited at each case.

Amendments walked: 38 (Jan. 15, 1988), 193 (1989), 375 (1991), 523 (1995, commentary), 562
(1997), 632 (2001), 658 (2003), 709 (2007, commentary), 722 (2008, commentary: definitions
of "crime of violence" and "drug trafficking offense"), 740 (2010, commentary), 754 (2011),
764 (2012, commentary: "sentence imposed" and revocations), 787 and 795 (2014, 2015,
commentary), 802 (2016). The emergency and interim editions between (1991-11-27, 1994-09-23,
1997-05-01, 2000-05-01, 2000-12-16, 2001-05-01, 2003-01-25 ... 2003-10-27, 2005-10-24 ...
2008-05-01, 2016-08-01) do not touch §2L1.2 (Appendix C searched for "2L1.2"), so the day
before each amendment is the interim edition where there is one.
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.immigration_cli import calc
from tests.manual.ch2.s2l1_2.test_illegal_reentry import chapter_two, one_prior

EDGES = [
    # Amendment 375, Nov. 1, 1991 (I 9019-9026): "(2) If the defendant previously was deported
    # after a conviction for an aggravated felony, increase by 16 levels"; before, only
    # Amendment 193's "(b)(1) ... a felony, other than a felony involving violation of the
    # immigration laws, increase by 4 levels" (I 3839-3843).
    ("1990-11-01", ["aggravated_felony"], [("§2L1.2(b)(1)", 4, 12)]),
    ("1991-11-01", ["aggravated_felony"], [("§2L1.2(b)(2)", 16, 24)]),
    ("1991-11-27", ["aggravated_felony"], [("§2L1.2(b)(2)", 16, 24)]),
    ("1991-11-01", [], [("§2L1.2(b)(1)", 4, 12)]),
    # Amendment 562, Nov. 1, 1997 (I 20328-20345): "(B) If the conviction was for (i) any
    # other felony ... increase by 4 levels" -- no longer "other than a felony involving
    # violation of the immigration laws" (I 20330-20332, struck).
    ("1997-05-01", ["immigration_law_violation"], []),
    ("1997-11-01", ["immigration_law_violation"], [("§2L1.2(b)(1)(B)", 4, 12)]),
    ("1997-05-01", ["aggravated_felony"], [("§2L1.2(b)(2)", 16, 24)]),
    ("1997-11-01", ["aggravated_felony"], [("§2L1.2(b)(1)(A)", 16, 24)]),
    # Amendment 632, Nov. 1, 2001 (II 8882-8944; the text inserted is the one Amendment 802
    # struck, S 6689-6714, less 754 and with 658 undone): an aggravated felony that is none of
    # (A)(i)-(vii) falls from 16 to "(C) ... 8 levels"; a crime of violence stays 16.
    ("2001-05-01", ["aggravated_felony"], [("§2L1.2(b)(1)(A)", 16, 24)]),
    ("2001-11-01", ["aggravated_felony"], [("§2L1.2(b)(1)(C)", 8, 16)]),
    ("2001-11-01", ["crime_of_violence", "aggravated_felony"], [("§2L1.2(b)(1)(A)", 16, 24)]),
    ("2001-11-01", ["drug_trafficking_offense", "aggravated_felony"],
     [("§2L1.2(b)(1)(A)", 16, 24)]),  # sentence imposed 2 years: "exceeded 13 months"
    # Amendment 658, Nov. 1, 2003 (II 16369): "(vii) an alien smuggling offense committed for
    # profit" loses "committed for profit": 8 ((C), an aggravated felony) the day before
    # (the emergency edition of Oct. 27, 2003), 16 from.
    ("2003-10-27", ["alien_smuggling_offense", "aggravated_felony"],
     [("§2L1.2(b)(1)(C)", 8, 16)]),
    ("2003-11-01", ["alien_smuggling_offense", "aggravated_felony"],
     [("§2L1.2(b)(1)(A)", 16, 24)]),
    ("2003-11-01", ["alien_smuggling_offense"], [("§2L1.2(b)(1)(A)", 16, 24)]),
    # S 6708-6711 (as of 2016): (C) 8 and (D) 4 unchanged by 754
    ("2015-11-01", [], [("§2L1.2(b)(1)(D)", 4, 12)]),
]


@pytest.mark.parametrize("manual,kinds,expected", EDGES)
def test_amendment_edges(tmp_path, capsys, manual, kinds, expected):
    # a felony sentenced to 2 years on June 1, 2019, the defendant deported Jan. 1, 2020
    path = one_prior(tmp_path, "2 years", kinds)
    assert chapter_two(calc(capsys, path, "--manual", manual)) == [
        ("§2L1.2(a)", None, 8)] + expected


@pytest.mark.parametrize("manual,levels", [
    # Amendment 754, Nov. 1, 2011 (III 16878-16883): (A) "16 levels if the conviction receives
    # criminal history points under Chapter Four or by 12 levels if the conviction does not";
    # (B) 12 / 8. A conviction sentenced in 1994, outside every applicable time period.
    ("2010-11-01", (16, 12)),
    ("2011-11-01", (12, 8)),
])
def test_amendment_754_edge(tmp_path, capsys, manual, levels):
    a, b = levels
    cov = one_prior(tmp_path, "3 years", ["crime_of_violence"], committed="1993-01-01",
                    sentenced="1994-01-01", reentry="deported_on = [1998-01-01]", name="cov")
    assert chapter_two(calc(capsys, cov, "--manual", manual))[1:] == [
        ("§2L1.2(b)(1)(A)", a, 8 + a)]
    # (B): a drug trafficking felony, sentence "13 months or less"
    dto = one_prior(tmp_path, "13 months", ["drug_trafficking_offense"], committed="1993-01-01",
                    sentenced="1994-01-01", reentry="deported_on = [1998-01-01]", name="dto")
    assert chapter_two(calc(capsys, dto, "--manual", manual))[1:] == [
        ("§2L1.2(b)(1)(B)", b, 8 + b)]


@pytest.mark.parametrize("manual", ["2001-11-01", "2002-11-01", "2003-11-01", "2010-11-01"])
def test_suspended_part_not_in_the_sentence_imposed(tmp_path, capsys, manual):
    """2001-2003, comment. (n.1(A)(iv)) as Amendment 658 struck it (II 16371-16374): "If all
    or any part of a sentence of imprisonment was probated, suspended, deferred, or stayed,
    'sentence imposed' refers only to the portion that was not"; from 2003 the §4A1.2(b)
    "sentence of imprisonment" (the suspended part left out, §4A1.2(b)(2)). A drug trafficking
    felony sentenced to 20 months, 10 suspended: "13 months or less", (b)(1)(B) 12 -- not
    (A)'s 16 for "exceeded 13 months" (S 6695-6707)."""
    path = one_prior(tmp_path, "20 months", ["drug_trafficking_offense"])
    path.write_text(path.read_text().replace('imprisonment = "20 months"',
                                             'imprisonment = "20 months"\nsuspended = "10 months"'))
    assert chapter_two(calc(capsys, path, "--manual", manual))[1:] == [
        ("§2L1.2(b)(1)(B)", 12, 20)]
