"""Audit of §2P1.2 (Providing or Possessing Contraband in Prison) before the 2016 Manual: each
amendment of its historical note that changed (a)-(c) (202, 203, 525, 769; 579 and 680 touch
only the commentary), the day before and the day of its effective date (the Manual in force on
the sentencing date).

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Supp = APPENDIX_C_Supplement.txt
  A202 Vol_I 3958-3963 (Nov. 1, 1989): (b)(1) from "while a correctional officer or other
       employee of the Department of Justice" to "a law enforcement or correctional officer or
       employee, or an employee of the Department of Justice"
  A203 Vol_I 3972-3976 (Nov. 1, 1989): (c)(1) "2 plus the offense level from §2D1.1, but in no
       event less than level 26" (§ 1791(a)(1), punishable under § 1791(b)(1))
  A525 Vol_I 17385-17401 (Nov. 1, 1995): methamphetamine in (a)(2) (13), not (a)(3) (6);
       (c)(1) "apply the offense level from §2D1.1", at least 26 under § 1791(b)(1)
  A514 Vol_I 16402-16404 (Nov. 1, 1995): §2D1.1(b)(3) +2, distribution in a prison
  A769 Supp 957-963 (Nov. 1, 2012): "a mobile phone or similar device" in (a)(3)
"""

from __future__ import annotations

from pathlib import Path

from tests.manual.ch2.chapter_two_cli import calc_json
from tests.manual.ch2.sentenced_on import (dated_case, level_on, refused_on,
                                           with_offense_keys)

G, KEY = "2P1.2", "prison_contraband"
STATUTE = ('object = "narcotic_drug"\nconvicted_under_1791_a_1 = true\n'
           "punishable_under_1791_b_1 = true")


def _heroin(grams: int) -> str:
    return f'[[offense.drugs]]\nsubstance = "heroin"\nquantity = "{grams} g"\n'


def test_amendment_202_nov_1_1989(capsys, tmp_path):
    """Vol_I 3959-3960: a law enforcement officer is not "a correctional officer or other
    employee of the Department of Justice" the day before (+0); Vol_I 3962-3963: +2 the day
    of."""
    facts = 'object = "narcotic_drug"\ndefendant_was = ["law_enforcement_officer"]'
    assert level_on(capsys, tmp_path, G, KEY, facts, "1989-10-31") == 13
    assert level_on(capsys, tmp_path, G, KEY, facts, "1989-11-01") == 15


def test_amendment_203_nov_1_1989(capsys, tmp_path):
    """Vol_I 3972-3976: (c)(1), refused the day before (no subsection (c)); the day of, 2 +
    §2D1.1's 20 for 50 g of heroin = 22, raised to 26."""
    assert "convicted_under_1791_a_1" in refused_on(capsys, tmp_path, G, KEY, STATUTE,
                                                    "1989-10-31", _heroin(50))
    assert level_on(capsys, tmp_path, G, KEY, STATUTE, "1989-11-01", _heroin(50)) == 26


def test_amendment_525_methamphetamine_nov_1_1995(capsys, tmp_path):
    """Vol_I 17385-17388: "methamphetamine," inserted in (a)(2) (13) and in (a)(3)'s
    exception: 6 the day before ((a)(3), a controlled substance other than LSD, PCP, or a
    narcotic drug), 13 the day of."""
    facts = 'object = "methamphetamine"'
    assert level_on(capsys, tmp_path, G, KEY, facts, "1995-10-31", category="VI") == 6
    assert level_on(capsys, tmp_path, G, KEY, facts, "1995-11-01") == 13


def _distribution(tmp_path: Path, day: str, grams: int, prison_distribution: bool) -> Path:
    path = dated_case(tmp_path, G, KEY, STATUTE + "\nobject_was_distribution = true", day,
                      _heroin(grams))
    return with_offense_keys(path, f"prison_distribution = {str(prison_distribution).lower()}")


def test_amendment_525_cross_reference_nov_1_1995(capsys, tmp_path):
    """200 g of heroin, §2D1.1 level 26. The day before (A203, Vol_I 3974-3975): 2 + 26 = 28.
    The day of (A525, Vol_I 17396-17401): §2D1.1's level, 26 (28 with A514's +2 for
    distribution in a prison, Vol_I 16402-16404); 50 g (20) is raised to 26 by the proviso."""
    assert level_on(capsys, tmp_path, G, KEY, STATUTE, "1995-10-31", _heroin(200)) == 28
    result = calc_json(capsys, _distribution(tmp_path, "1995-11-01", 200, False))
    assert result["total_offense_level"] == 26
    result = calc_json(capsys, _distribution(tmp_path, "1995-11-01", 200, True))
    assert result["total_offense_level"] == 28
    result = calc_json(capsys, _distribution(tmp_path, "1995-11-01", 50, False))
    assert result["total_offense_level"] == 26


def test_amendment_769_mobile_phone_nov_1_2012(capsys, tmp_path):
    """Supp 958-959: "a mobile phone or similar device," in (a)(3): 6 from Nov. 1, 2012; the
    day before the edition does not name it (refused: the court states (a)(4) if it so
    found)."""
    facts = 'object = "mobile_phone"'
    assert "object" in refused_on(capsys, tmp_path, G, KEY, facts, "2012-10-31")
    assert level_on(capsys, tmp_path, G, KEY, facts, "2012-11-01", category="VI") == 6
