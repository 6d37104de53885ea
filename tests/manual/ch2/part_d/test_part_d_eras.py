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

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines import calculate, parse_case
from ussg.guidelines.engine.editions import supported_dates
from ussg.guidelines.engine.errors import CaseError

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


# §2D2.1 -------------------------------------------------------------------------------------

def _possession(date: str, facts: str, drugs: list[tuple[str, str]] | None = None) -> str:
    """A § 844(a) count (the statute's terms stated: ussg has no table of § 844)."""
    return _case("2D2.1", drugs or [], date=date, statute="21 U.S.C. § 844(a)",
                 extra="statutory_maximum_months = 240", facts=facts)


@pytest.mark.parametrize("day, substance, expected", [
    # Nov. 1, 1987 text (derived: Amendment 24, APPENDIX_C_Vol_I.txt lines 349-352, put
    # back): "(1) 8, if the substance is heroin or any Schedule I or II opiate, or LSD, ...;
    # (2) 6, if the substance is cocaine or PCP; (3) 4, ... any other controlled substance"
    ("1987-12-01", "lsd", ("§2D2.1(a)(1)", 8)),
    ("1987-12-01", "cocaine_base", ("§2D2.1(a)(2)", 6)),
    ("1987-12-01", "flunitrazepam", ("§2D2.1(a)(3)", 4)),
    # Jan. 15, 1988 (Amendment 24): LSD moves to (a)(2), "cocaine, LSD, or PCP"
    ("1988-06-01", "lsd", ("§2D2.1(a)(2)", 6)),
    ("1988-06-01", "heroin_or_opiate", ("§2D2.1(a)(1)", 8)),
])
def test_2d2_1_original_texts(day: str, substance: str, expected: tuple) -> None:
    """The 1987-1989 texts (ussg carries no date of them to a range: the §5C1.1 table of
    those years is not entered), their level on a sheet of the edition."""
    from tests.manual.ch2.part_d.test_drug_guidelines_part_d import _level_on
    text = _possession(day, f'substance = "{substance}"')
    level, steps = _level_on(day, "2D2.1", text)
    assert (steps[0].section, level) == expected and len(steps) == 1


@pytest.mark.parametrize("cocaine_base, steps", [
    # "more than 5 grams": 5 g is not; Amendment 125's table (cocaine_base_thresholds_by_
    # edition.csv line 23): "At least 5 G but less than 20 G of Cocaine Base", (c)(9), 26
    ("5 g", [("§2D2.1(a)(2)", "= 6", 6), ("§2D2.1(b)(1)", "not applied", 6)]),
    ("5.001 g", [("§2D2.1(a)(2)", "= 6", 6), ("§2D1.1(c)(9)", "= 26", 26),
                 ("§2D2.1(b)(1)", "→ 26", 26)]),
])
def test_2d2_1_1989_text_cocaine_base_cross_reference(tmp_path: Path, capsys,
                                                      cocaine_base: str, steps: list) -> None:
    """Nov. 1, 1989 (Amendment 304, APPENDIX_C_Vol_I.txt lines 5578-5584): "(b) Cross
    Reference (1) If the defendant is convicted of possession of more than 5 grams of a
    mixture or substance containing cocaine base, apply §2D1.1 ... as if the defendant had
    been convicted of possession of that mixture or substance with intent to distribute";
    cocaine base is then "cocaine", (a)(2), 6."""
    result = _calc(tmp_path, capsys, _possession("1990-03-01", 'substance = "cocaine_base"',
                                                 [("cocaine base", cocaine_base)]))
    assert _chapter_two(result) == steps
    assert result["total_offense_level"] == steps[-1][2]


@pytest.mark.parametrize("date, substance, cocaine_base, steps", [
    # Nov. 1, 1990 (Amendment 321, lines 6721-6722): "(1) 8, if the substance is heroin or any
    # Schedule I or II opiate, an analogue of these, or cocaine base"
    ("1991-06-01", "cocaine_base", "4 g", [("§2D2.1(a)(1)", "= 8", 8),
                                           ("§2D2.1(b)(1)", "not applied", 8)]),
    ("1991-06-01", "cocaine", None, [("§2D2.1(a)(2)", "= 6", 6)]),
    # Nov. 1, 1995 (Amendment 514): flunitrazepam still "any other controlled substance";
    # Amendment 505's table (csv line 37): 5-20 g of cocaine base, (c)(7), 26
    ("1996-06-01", "flunitrazepam", None, [("§2D2.1(a)(3)", "= 4", 4)]),
    ("1996-06-01", "cocaine_base", "6 g", [("§2D2.1(a)(1)", "= 8", 8),
                                           ("§2D1.1(c)(7)", "= 26", 26),
                                           ("§2D2.1(b)(1)", "→ 26", 26)]),
    # Nov. 1, 1997 (Amendments 556, 558, lines 20227, 20269): "(2) 6, ... cocaine,
    # flunitrazepam, LSD, or PCP"; "(3) 4, ... or a list I chemical"
    ("1998-06-01", "flunitrazepam", None, [("§2D2.1(a)(2)", "= 6", 6)]),
    ("1998-06-01", "list_i_chemical", None, [("§2D2.1(a)(3)", "= 4", 4)]),
    ("1998-06-01", "cocaine_flunitrazepam_lsd_or_pcp", None, [("§2D2.1(a)(2)", "= 6", 6)]),
    # Amendment 706's table (csv line 52): "At least 5 G but less than 20 G", (c)(8), 24
    ("2010-06-01", "cocaine_base", "5.001 g", [("§2D2.1(a)(1)", "= 8", 8),
                                               ("§2D1.1(c)(8)", "= 24", 24),
                                               ("§2D2.1(b)(1)", "→ 24", 24)]),
    # Nov. 1, 2010 (Amendment 748, APPENDIX_C_Vol_III.txt lines 15834-15841) strikes it
    ("2011-03-01", "cocaine_base", None, [("§2D2.1(a)(1)", "= 8", 8)]),
])
def test_2d2_1_each_era(tmp_path: Path, capsys, date: str, substance: str,
                        cocaine_base: str | None, steps: list) -> None:
    """Each §2D2.1 text from Nov. 1, 1990 through the real command line, every level."""
    drugs = [("cocaine base", cocaine_base)] if cocaine_base else []
    result = _calc(tmp_path, capsys, _possession(date, f'substance = "{substance}"', drugs))
    assert _chapter_two(result) == steps
    assert result["total_offense_level"] == steps[-1][2]


@pytest.mark.parametrize("date, facts, drugs, message", [
    ("1996-06-01", 'substance = "list_i_chemical"', [],
     "offense.possession.substance: §2D2.1 as it stood on Nov. 1, 1995 cannot place "
     "'list_i_chemical'"),
    ("1996-06-01", 'substance = "opiate_or_cocaine_base"', [],
     "offense.possession.substance: §2D2.1 as it stood on Nov. 1, 1995 cannot place "
     "'opiate_or_cocaine_base'"),
    ("1994-06-01", 'substance = "other"\nin_prison = false', [],
     "offense.possession.in_prison: §2D2.1 as it stood on Nov. 1, 1993 has no such fact"),
    ("1996-06-01", 'substance = "other"\nin_prison = true', [],
     "offense.possession.prison_contraband: §2D2.1(b)(2): “If the offense involved possession "
     "of a controlled substance in a prison"),
    ("1996-06-01", 'substance = "cocaine_base"', [],
     "offense.drugs: §2D2.1(b)(1): “If the defendant is convicted of possession of more than "
     "5 grams"),
    ("1996-06-01", 'substance = "cocaine_base"', [("heroin", "6 g")],
     "offense.drugs[0].substance: §2D2.1(b)(1) reads the cocaine base of the conviction"),
    ("1996-06-01", 'substance = "cocaine"', [("cocaine", "6 g")],
     "offense.drugs: §2D2.1 as it stood on Nov. 1, 1995 reads the drugs only for the cross "
     "reference on more than 5 grams of cocaine base"),
    ("2011-03-01", 'substance = "cocaine_base"', [("cocaine base", "6 g")],
     "offense.drugs: §2D2.1 as it stood on Nov. 1, 2010 reads the drugs only"),
])
def test_2d2_1_refusals_by_edition(tmp_path: Path, capsys, date: str, facts: str,
                                   drugs: list, message: str) -> None:
    """A substance the edition's (a) does not name (a list I chemical before Amendment 558;
    the 2010 category where cocaine base's cross reference needs the substance itself), a
    fact the edition lacks (in_prison before Amendment 514), and drugs the edition does not
    read: each an error naming the key."""
    assert message in _refused(tmp_path, capsys, _possession(date, facts, drugs))


# §2D1.7(b)(1) into §2D2.1 --------------------------------------------------------------------

GEAR = "statutory_maximum_months = 36"  # 21 U.S.C. § 863(b)


def _paraphernalia(date: str, facts: str, drugs: list[tuple[str, str]] | None = None) -> str:
    return _case("2D1.7", drugs or [], date=date, statute="21 U.S.C. § 863", extra=GEAR,
                 facts=facts)


@pytest.mark.parametrize("date", ["2025-12-15", "1996-06-01"])
def test_2d1_7_cross_reference_to_2d2_1(tmp_path: Path, capsys, date: str) -> None:
    """§2D1.7(b)(1) (Amendment 397, APPENDIX_C_Vol_I.txt lines 10550-10555): "apply §2D1.1
    ... or §2D2.1 (Unlawful Possession), as appropriate, if the resulting offense level is
    greater than that determined above": §2D2.1(a)(1), 8, is not greater than 12."""
    result = _calc(tmp_path, capsys, _paraphernalia(
        date, 'cross_reference = "2D2.1"\npossession_substance = "heroin_or_opiate"'))
    assert _chapter_two(result) == [("§2D1.7(a)", "= 12", 12),
                                    ("§2D1.7(b)(1)", "not applied", 12)]
    cross = next(s for s in result["steps"] if s["section"] == "§2D1.7(b)(1)")
    assert cross["input"] == "§2D2.1 level 8"


@pytest.mark.parametrize("date, facts, message", [
    ("2025-12-15", 'cross_reference = "2D2.1"',
     "offense.paraphernalia.possession_substance: the cross reference to §2D2.1 needs the "
     "substance"),
    ("2025-12-15", 'possession_substance = "cocaine"',
     "offense.paraphernalia.possession_substance: read only for the cross reference to §2D2.1"),
    ("1996-06-01", 'cross_reference = "2D2.1"\npossession_substance = "list_i_chemical"',
     "offense.paraphernalia.possession_substance: §2D2.1 as it stood on Nov. 1, 1995 cannot "
     "place 'list_i_chemical'"),
    ("1996-06-01", 'cross_reference = "2D2.1"\npossession_substance = "cocaine_base"',
     "offense.paraphernalia.possession_substance: §2D2.1(b)(1) as it stood on Nov. 1, 1995: "
     "“If the defendant is convicted of possession"),
])
def test_2d1_7_cross_reference_to_2d2_1_refusals(tmp_path: Path, capsys, date: str,
                                                 facts: str, message: str) -> None:
    """The substance is needed, and read only for §2D2.1; a substance the edition's §2D2.1
    does not name is an error on this table's key; §2D2.1's cocaine-base cross reference
    ("If the defendant is convicted of possession ...") is not decided for a §2D1.7
    conviction: refused."""
    assert message in _refused(tmp_path, capsys, _paraphernalia(date, facts))


# §2D1.2 before Nov. 1, 1989 ------------------------------------------------------------------
# The original Drug Quantity Table (in force to Oct. 31, 1989; ../shared/reference/ussg/
# tables/drug_quantity_table/DQT_1987-11-01_original_table_verbatim.txt): line 51 "60-79 G
# Heroin" Level 22; line 57 "40-59 G Heroin" Level 20; line 75 "5-9.9 G Heroin" Level 14;
# line 81 "Less than the following: 5 G Heroin" Level 12. ussg carries no date of these
# editions to a range (their §5C1.1 is not entered): the level is computed on a sheet of the
# edition, and through the real command line the refusal shows the guideline was read.

def _juveniles(day: str, facts: str, heroin: str = "20 g") -> tuple[int, list]:
    from tests.manual.ch2.part_d.test_drug_guidelines_part_d import SCHOOL, _level_on
    text = _case("2D1.2", [("heroin", heroin)], date="2025-12-15",
                 statute="21 U.S.C. § 845b", extra=SCHOOL, facts=facts)
    return _level_on(day, "2D1.2", text)


@pytest.mark.parametrize("day, age, level, paragraph", [
    # Jan. 15, 1988 text (Amendment 135 quotes it, APPENDIX_C_Vol_I.txt lines 2788-2798):
    # "(1) ... triple the drug amount ..., for involving an individual fourteen years of age or
    # less; or (2) ... double the drug amount ..., at least fifteen years of age and less than
    # eighteen": 14 -> 60 g (22), 15 -> 40 g (20)
    ("1988-06-01", 14, 22, "(a)(1)"),
    ("1988-06-01", 15, 20, "(a)(2)"),
    # Nov. 1, 1987 text (Amendment 22, lines 319-321, put back): "less than fourteen years of
    # age" / "at least fourteen years of age": 13 -> triple, 14 -> double
    ("1987-12-01", 13, 22, "(a)(1)"),
    ("1987-12-01", 14, 20, "(a)(2)"),
])
def test_2d1_2_involving_juveniles_age_edges(day: str, age: int, level: int,
                                             paragraph: str) -> None:
    result, steps = _juveniles(day, f"individual_age = {age}")
    assert result == level
    assert [s.section for s in steps][-1] == f"§2D1.2{paragraph}"
    assert steps[0].section.startswith("§2D1.1(a)") or steps[0].section.startswith("§2D1.1(c)")


@pytest.mark.parametrize("heroin, age, level, floor_shown", [
    ("1 g", 10, 13, True),    # 3 g: "Less than ... 5 G", 12; "in no event less than level 13"
    ("2 g", 10, 14, False),   # 6 g: "5-9.9 G", 14
    ("1 g", 16, 12, False),   # (a)(2) has no floor: 2 g, 12
])
def test_2d1_2_involving_juveniles_level_13(heroin: str, age: int, level: int,
                                            floor_shown: bool) -> None:
    result, steps = _juveniles("1988-06-01", f"individual_age = {age}", heroin)
    assert result == level
    assert ("not less than 13" in steps[-1].reason) is floor_shown


def test_2d1_2_involving_juveniles_note_1() -> None:
    """Application Note 1 (line 2799): "double or triple the drug amounts for those offenses
    involving juveniles before totalling": 20 g, of which 10 g involved the juvenile (14,
    triple): 10 + 3 x 10 = 40 g, "40-59 G", level 20."""
    result, _ = _juveniles("1988-06-01", 'individual_age = 14\ndirectly_involved_drugs = '
                                         '[{ substance = "heroin", quantity = "10 g" }]')
    assert result == 20


@pytest.mark.parametrize("day, facts, message", [
    ("1988-06-01", "person_under_18 = true",
     "offense.protected_location.person_under_18: §2D1.2 as it stood on Jan. 15, 1988 has no "
     "such fact"),
    ("1988-06-01", "directly_involved_drugs = [{ substance = \"heroin\", quantity = \"10 g\" }]",
     "offense.protected_location.individual_age: §2D1.2 as it stood on Jan. 15, 1988"),
])
def test_2d1_2_involving_juveniles_refusals(day: str, facts: str, message: str) -> None:
    with pytest.raises(CaseError) as refused:
        _juveniles(day, facts)
    assert message in str(refused.value)


def test_2d1_2_age_refused_from_nov_1989(tmp_path: Path, capsys) -> None:
    """From Nov. 1, 1989 (Amendment 135) the guideline asks no age."""
    from tests.manual.ch2.part_d.test_drug_guidelines_part_d import SCHOOL
    err = _refused(tmp_path, capsys, _case("2D1.2", [("heroin", "20 g")], date="1990-03-01",
                                           statute="21 U.S.C. § 860", extra=SCHOOL,
                                           facts="individual_age = 14"))
    assert "offense.protected_location.individual_age: §2D1.2 as it stood on Nov. 1, 1989 " \
           "has no such fact" in err


# Properties ---------------------------------------------------------------------------------

COCAINE_BASE_ERA = [day for day in supported_dates()
                    if dt.date(1989, 11, 1) <= day < dt.date(2010, 11, 1)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.sampled_from(COCAINE_BASE_ERA),
       milligrams=st.integers(1, 2_000_000), more=st.integers(0, 2_000_000))
def test_more_cocaine_base_never_lowers_the_possession_level(day: dt.date, milligrams: int,
                                                             more: int) -> None:
    """Under every §2D2.1 text with the cocaine-base cross reference, more cocaine base
    never lowers the level (5 g or less: (a), 6 or 8; more: §2D1.1), and the level for the
    Sentencing Table stays within 1-43."""
    def level(mg: int) -> tuple[int, int]:
        text = _possession(day.isoformat(), 'substance = "cocaine_base"',
                           [("cocaine base", f"{mg} mg")])
        result = calculate(parse_case(text)).result
        return result.total_offense_level, result.table_offense_level
    low, low_table = level(milligrams)
    high, high_table = level(milligrams + more)
    assert high >= low
    assert 1 <= low_table <= 43 and 1 <= high_table <= 43
