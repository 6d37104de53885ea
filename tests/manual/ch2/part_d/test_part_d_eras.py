"""The Part D texts before the ones the 2016 Manual prints, rebuilt from Appendix C (each
table version `derived`, its `source` naming the amendment lines read): §2D1.12 from
Nov. 1, 1991 (tables/prohibited_equipment.toml) and §2D2.1 from Nov. 1, 1987
(tables/drug_possession.toml), with §2D1.7(b)(1)'s cross reference to §2D2.1.

The Drug Quantity Table rows used (heroin): Amendment 125's table, in force Nov. 1, 1989 -
Oct. 31, 2014 for these rows (../shared/reference/ussg/tables/drug_quantity_table/
DQT_1989-11-01_table_as_inserted_by_amendment_125.txt line 226 "(14) At least 10 G but less
than 20 G of Heroin Level 16", line 244 "(15) At least 5 G but less than 10 G of Heroin Level
14", line 262 "(16) Less than 5 G Heroin ... Level 12"). Cocaine base (for §2D2.1(b)(1)):
cocaine_base_thresholds_by_edition.csv, 1994-2007 "L26 5-20 g" (Amendment 505's table).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.case.test_impossible_facts import _refused
from tests.manual.ch2.part_d.test_drug_guidelines_part_d import _calc, _case, _chapter_two

EQUIPMENT = "statutory_maximum_months = 48"  # 21 U.S.C. § 843(d) (1991-2006: four years)
HEROIN_MAKING = 'manufacturing = true'


def _equipment(date: str, facts: str, drugs: list[tuple[str, str]] | None = None) -> str:
    return _case("2D1.12", drugs or [], date=date, statute="21 U.S.C. § 843(a)(6)",
                 extra=EQUIPMENT, facts=facts)


def _reason(result: dict, section: str) -> str:
    """The reason (the Manual's words) of the step of ``section``."""
    return next(s["reason"] for s in result["steps"] if s["section"] == section)


# §2D1.12 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("heroin, steps", [
    ("4.999 g", [("§2D1.12(a)", "= 12", 12), ("§2D1.12(b)(1)", "not applied", 12)]),
    ("5 g", [("§2D1.12(a)", "= 12", 12), ("§2D1.1(c)(15)", "= 14", 14),
             ("§2D1.12(b)(1)", "→ 14", 14)]),
])
def test_2d1_12_1991_text_12_and_the_cross_reference(tmp_path: Path, capsys, heroin: str,
                                                     steps: list) -> None:
    """The Nov. 1, 1991 text (Amendment 371; derived): "(a) Base Offense Level: 12" (Amendment
    520, APPENDIX_C_Vol_I.txt line 16961, "deleting \"12\""); "(b) Cross Reference (1) If the
    offense involved unlawfully manufacturing a controlled substance ... apply §2D1.1 ..., or
    §2D1.4 (Attempts and Conspiracies), as appropriate, if the resulting offense level is
    greater than that determined above" (Amendment 447, lines 12421-12422, deletes the words
    on §2D1.4; 558, line 20260, redesignates (b) as (c)). Heroin: <5 g level 12 (not greater
    than 12), 5 g level 14."""
    result = _calc(tmp_path, capsys, _equipment("1992-06-01", HEROIN_MAKING,
                                                [("heroin", heroin)]))
    assert _chapter_two(result) == steps
    assert result["total_offense_level"] == steps[-1][2]
    assert "or §2D1.4 (Attempts and Conspiracies), as appropriate," in _reason(
        result, "§2D1.12(b)(1)")


def test_2d1_12_1992_text_without_2d1_4(tmp_path: Path, capsys) -> None:
    """Nov. 1, 1992 (Amendment 447, lines 12421-12422): the cross reference without §2D1.4;
    (a) still 12."""
    result = _calc(tmp_path, capsys, _equipment("1993-06-01", HEROIN_MAKING,
                                                [("heroin", "10 g")]))
    assert _chapter_two(result)[-1] == ("§2D1.12(b)(1)", "→ 16", 16)  # line 226: level 16
    assert "§2D1.4" not in _reason(result, "§2D1.12(b)(1)")


@pytest.mark.parametrize("state, expected", [
    ("intended_or_knew", [("§2D1.12(a)(1)", "= 12", 12)]),
    ("reasonable_cause", [("§2D1.12(a)(2)", "= 9", 9)]),
])
def test_2d1_12_1995_text_12_or_9(tmp_path: Path, capsys, state: str, expected: list) -> None:
    """Nov. 1, 1995 (Amendment 520, APPENDIX_C_Vol_I.txt lines 16960-16966): "(1) 12, if the
    defendant intended to manufacture a controlled substance or knew or believed the
    prohibited equipment was to be used ...; or (2) 9, if the defendant had reasonable cause
    to believe the prohibited equipment was to be used ..."."""
    result = _calc(tmp_path, capsys, _equipment("1996-06-01", f'state_of_mind = "{state}"'))
    assert _chapter_two(result) == expected
    assert "prohibited equipment was" in _reason(result, expected[0][0])


@pytest.mark.parametrize("heroin, last", [
    ("9.999 g", ("§2D1.12(c)(1)", "not applied", 14)),  # line 244: 5-10 g, level 14
    ("10 g", ("§2D1.12(c)(1)", "→ 16", 16)),            # line 226: 10-20 g, level 16
])
def test_2d1_12_1997_text_methamphetamine_and_c1(tmp_path: Path, capsys, heroin: str,
                                                 last: tuple) -> None:
    """Nov. 1, 1997 (Amendment 558, lines 20260-20266): "(b) Specific Offense Characteristic
    (1) If the defendant (A) intended to manufacture methamphetamine ... increase by 2 levels";
    the cross reference becomes (c)(1): 12 + 2 = 14, §2D1.1 applied only if greater."""
    result = _calc(tmp_path, capsys, _equipment(
        "1998-06-01", 'state_of_mind = "intended_or_knew"\nmethamphetamine = true\n'
        + HEROIN_MAKING, [("heroin", heroin)]))
    steps = _chapter_two(result)
    assert steps[:2] == [("§2D1.12(a)(1)", "= 12", 12), ("§2D1.12(b)(1)", "+2", 14)]
    assert steps[-1] == last


def test_2d1_12_2000_and_2001_texts(tmp_path: Path, capsys) -> None:
    """Nov. 1, 2000 (Amendment 605, APPENDIX_C_Vol_II.txt lines 3319-3324) adds (b)(2)
    "... hazardous waste, increase by 2 levels"; Nov. 1, 2001 (Amendment 626, lines
    8414-8416) reads "prohibited flask, equipment, chemical, product, or material"."""
    facts = ('state_of_mind = "reasonable_cause"\nmethamphetamine = true\n'
             'hazardous_release_or_waste = true')
    for date, words in (("2001-06-01", "prohibited equipment was"),
                        ("2002-06-01", "prohibited flask, equipment, chemical, product, or "
                                       "material was")):
        result = _calc(tmp_path, capsys, _equipment(date, facts))
        assert _chapter_two(result) == [("§2D1.12(a)(2)", "= 9", 9),
                                        ("§2D1.12(b)(1)", "+2", 11),
                                        ("§2D1.12(b)(2)", "+2", 13)]
        assert words in _reason(result, "§2D1.12(a)(2)")


@pytest.mark.parametrize("date, facts, message", [
    ("1992-06-01", 'state_of_mind = "intended_or_knew"',
     "offense.prohibited_equipment.state_of_mind: §2D1.12 as it stood on Nov. 27, 1991 has no "
     "such fact (its text does not ask it)"),
    ("1996-06-01", "manufacturing = false",
     "offense.prohibited_equipment.state_of_mind: §2D1.12(a) as it stood on Nov. 1, 1995 asks"),
    ("1996-06-01", 'state_of_mind = "intended_or_knew"\nmethamphetamine = true',
     "offense.prohibited_equipment.methamphetamine: §2D1.12 as it stood on Nov. 1, 1995 has "
     "no such fact"),
    ("1999-06-01", 'state_of_mind = "intended_or_knew"\nhazardous_release_or_waste = true',
     "offense.prohibited_equipment.hazardous_release_or_waste: §2D1.12 as it stood on Nov. 1, "
     "1998 has no such fact"),
    ("2002-12-01", 'state_of_mind = "intended_or_knew"\nanhydrous_ammonia = true',
     "offense.prohibited_equipment.anhydrous_ammonia: §2D1.12 as it stood on Nov. 1, 2002 has "
     "no such fact"),
    ("1991-06-01", "",
     "§2D1.12 is not in the Guidelines Manual in force on Nov. 1, 1990: §2D1.12 was added by "
     "Amendment 371, effective Nov. 1, 1991"),
])
def test_2d1_12_facts_not_in_the_edition(tmp_path: Path, capsys, date: str, facts: str,
                                         message: str) -> None:
    """A fact the edition's §2D1.12 does not ask is an error under it (the amendment that
    added it: 520, 558, 605, 667); before Amendment 371 the guideline does not exist."""
    assert message in _refused(tmp_path, capsys, _equipment(date, facts))
