"""Second reading of §2K1.3's editions before Nov. 1, 2016 (audit of the pre-2015 editions):
the edition in force the day before each amendment to (a)-(c) and the one it begins
(``manual`` names the date an edition or interim amendment took effect), through the real
CLI, levels worked by hand from Appendix C (../shared/reference/ussg/appendix_c_2016/
APPENDIX_C_Vol_II.txt = "II", lines cited) and the 2016 Manual (GLM2016_fulltext.txt lines
7279-7320).

Amendments walked (2016 historical note, line 7361): 183 (1989) and 373 (1991; the text
before it: tests/manual/ch2/s2k1_3/test_before_1991.py), 471, 478, 534, 568 (commentary), 629 and 630
(2001), 646 (2002, commentary), 655 (2003), 700, 746, 747 (commentary).
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.s2k1_3.test_explosives_2k1_3 import NONE, explosives
from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, run


@pytest.mark.parametrize("manual", ["2001-05-01", "2001-11-01"])
def test_629_630_change_words_not_levels(tmp_path, capsys, manual):
    # II 8649-8656 (629): (a)(3) "16, if the defendant is a prohibited person" becomes "was a
    # prohibited person at the time the defendant committed the instant offense"; II 8708-8717
    # (630): (a)(1) 24 / (a)(2) 20 "committed any part of the instant offense subsequent to
    # sustaining"; the levels are the same on either side
    for facts, expected in (("prohibited_person = true", [("§2K1.3(a)(3)", 16)]),
                            ("qualifying_prior_felony_convictions = 2", [("§2K1.3(a)(1)", 24)]),
                            ("qualifying_prior_felony_convictions = 1", [("§2K1.3(a)(2)", 20)])):
        if "qualifying" not in facts:
            facts = NONE + facts
        code, result = run(tmp_path, capsys, explosives(facts, manual))
        assert code == 0, result
        assert chapter_two(result) == expected


@pytest.mark.parametrize("manual,expected", [
    # the day before Amendment 655 (the emergency edition of Oct. 27, 2003): a § 842(p)(2)
    # conviction has no level of its own, (a)(4) "12, otherwise"
    ("2003-10-27", [("§2K1.3(a)(4)", 12)]),
    # II 15772-15778 (655, Nov. 1, 2003): "(3) 18, if the defendant was convicted under 18
    # U.S.C. § 842(p)(2)"; (b)(3)(A) +4 = 22; (c)(1)(A) the other offense, stated 20 < 22
    ("2003-11-01", [("§2K1.3(a)(3)", 18), ("§2K1.3(b)(3)(A)", 22)]),
])
def test_amendment_655_edge(tmp_path, capsys, manual, expected):
    other = ("\n[offense.explosives.other_offense]\nguideline = \"other\"\noffense_level = 20"
             if manual == "2003-11-01" else "")
    code, result = run(tmp_path, capsys, explosives(
        NONE + 'convicted_under = ["842(p)(2)"]' + other, manual))
    assert code == 0, result
    assert chapter_two(result)[:len(expected)] == expected
    assert chapter_two(result)[-1][1] == expected[-1][1]
