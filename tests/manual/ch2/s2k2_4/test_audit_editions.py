"""Second reading of §2K2.4's editions before Nov. 1, 2016 (audit of the pre-2015 editions):
the range rule of its note on the weapon enhancement, the day before and the day of each
amendment that changed it, through the real CLI (tests/data/firearm_924c/
cocaine-firearm-1992-proviso.toml: 200 kg of cocaine with a firearm, a § 924(c) count,
category I), each range worked by hand from Appendix C
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt, lines cited).

Amendments walked: 190 (1989: (b) fines, Notes 3-4), 332 (1990, Note 4 words), 348 (1990,
§3D1.2 note), 405 (Nov. 1, 1991: the proviso), 481 and 489 (Nov. 1, 1993: § 844(h); the
proviso replaced by an upward departure), 598-600 (2000), 642 (2002), 674 (2004), 696
(2006), 707 (2007), 748 (2010, emergency; repromulgated by 750, 2011), 760 (2011).

By hand (§2D1.1(c)(3) of 1989-1993: "At least 150 KG but less than 500 KG of Cocaine" 38;
the weapon's +2 withheld): level 38, category I, 235-293 months; unadjusted level 40,
292-365 months; 293 + 60 = 353 < 365.
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.s2k2_4.test_firearm_924c import CASE_1992, _calc, _range, _sections


@pytest.mark.parametrize("manual,proviso", [
    # before Amendment 405 (Vol. I lines 10772-10785, eff. Nov. 1, 1991, line 10811): no
    # proviso; the adjusted range 235-293 stands, 295-353 with the 60 months
    ("1990-11-01", False),
    # from it: "the guideline range applicable to the underlying offense absent such
    # adjustment is to be used after subtracting the term ... from both the minimum and
    # maximum": 292 - 60 = 232 to 365 - 60 = 305
    ("1991-11-01", True),
    ("1991-11-27", True),    # the interim amendment of Nov. 27, 1991 does not touch it
    ("1992-11-01", True),
    # Amendment 489 (Nov. 1, 1993; lines 14835-14884) deleted the proviso: an upward
    # departure "may be warranted", the range is the adjusted one
    ("1993-11-01", False),
])
def test_the_proviso_by_edition(manual, proviso):
    result = _calc(CASE_1992, "--manual", manual)
    assert result["total_offense_level"] == 38
    if proviso:
        assert _range(result["range"]) == (232, 305)
        assert _range(result["total_range"]) == (292, 365)
    else:
        assert _range(result["range"]) == (235, 293)
        assert _range(result["total_range"]) == (295, 353)
    # the fines instruction of (b)(1) from Amendment 190 (lines 3794-3800): level 40
    assert "§2K2.4(b)(1)" in _sections(result)


def test_1993_note_says_upward_departure_not_above_unadjusted_maximum():
    # Amendment 489's paragraph: "An upward departure under this paragraph shall not exceed
    # the maximum of the guideline range that would have resulted had there not been a count
    # of conviction under ... § 924(c)": 365 months (level 40, category I)
    result = _calc(CASE_1992, "--manual", "1993-11-01")
    step = next(s for s in result["steps"] if s["section"] == "§2K2.4, comment. (n.2)")
    assert step["change"] == "not above 365 months"
