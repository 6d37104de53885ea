"""Second reading of Chapter Two, Part D other than §§2D1.1 and 2D1.11, before Nov. 1, 2015
(round 7 audit): each amendment that changed a level, the day before and the day it took
effect. From Nov. 1, 1989 through the real CLI with a case file sentenced on that day (the
Manual in force on the date, §1B1.11(a)); the earlier days on a sheet of the edition in force
(`_level_on`: ussg carries no 1987-1989 date to a range, the §5C1.1 table of those years not
being entered).

Sources (under /work/shared/reference/ussg/appendix_c_2016/):
  A66  = APPENDIX_C_Vol_I.txt lines 1043-1061: §2D1.5 "(1) 32, for the first conviction ...;
         (2) 38, for the second ...; (3) 43" deleted; line 1076 effective Oct. 15, 1988
  A139 = APPENDIX_C_Vol_I.txt lines 2902-2907: §2D1.5 "(a) Base Offense Level: 36" replaced by
         "(1) 4 plus the offense level from §2D1.1 ...; or (2) 38"; line 2920 eff. Nov. 1, 1989
  A135 = APPENDIX_C_Vol_I.txt lines 2786-2860: §2D1.2 (Involving Juveniles) and §2D1.3
         deleted, a replacement §2D1.2 inserted; line 2866 effective Nov. 1, 1989
  A319 = APPENDIX_C_Vol_I.txt lines 6668-6674: §2D1.2(a)(1) "applicable to the quantity ...
         directly involving", new (a)(2) "1 plus the offense level from §2D1.1 applicable to
         the total quantity"; effective Nov. 1, 1990 (line 6692)
  A320 = APPENDIX_C_Vol_I.txt lines 6693-6694: §2D1.6 "12" to "the offense level applicable to
         the underlying offense" (line 6692, the same date as A319)
  A394 = APPENDIX_C_Vol_I.txt lines 10191-10192: §2D1.8(b)(1) "during commission of the
         offense" deleted; line 10196 effective Nov. 1, 1991
  A397 = APPENDIX_C_Vol_I.txt lines 10550-10555: §2D1.7(b)(1) cross reference added;
         line 10573 effective Nov. 1, 1991
  A448 = APPENDIX_C_Vol_I.txt lines 12460-12476: §2D1.8 "(a) Base Offense Level: 16 (b) ...
         firearm ... 2 levels" replaced by (a)(1) the §2D1.1 level, (a)(2) "4 levels less ...
         but not greater than level 16"; line 12502 effective Nov. 1, 1992
  A520 = APPENDIX_C_Vol_I.txt lines 16960-16966: §2D1.12(a) "12" to "(1) 12, if ... intended
         ... or knew or believed ...; or (2) 9, if ... reasonable cause to believe"; line 16980
         effective Nov. 1, 1995
  A558 = APPENDIX_C_Vol_I.txt lines 20260-20266: §2D1.12(b)(1) methamphetamine +2; line 20276
         effective Nov. 1, 1997
  A605 = APPENDIX_C_Vol_II.txt lines 3319-3324: §2D1.12(b)(2) hazardous substance or waste +2;
         line 3444 effective Nov. 1, 2000
  A608 = APPENDIX_C_Vol_II.txt lines 3515-3527: §2D1.10(b)(1)(A) "increase by 3 levels. If the
         resulting offense level is less than level 27, increase to level 27"; line 3631
         effective Dec. 16, 2000
  A640 = APPENDIX_C_Vol_II.txt line 10811: §2D1.8(a)(2) "16" to "26"; line 10886 effective
         Nov. 1, 2002
  A667 = APPENDIX_C_Vol_III.txt lines 3558-3564: §2D1.12(b)(3) mass-marketing +2, (b)(4)
         anhydrous ammonia +6; line 3701 effective Nov. 1, 2004
  A700 = APPENDIX_C_Vol_III.txt lines 7757-7771: §2D1.14 added; line 8024 effective Nov. 1,
         2007
  Drug Quantity Table (../shared/reference/ussg/tables/drug_quantity_table/
  DQT_1989-11-01_table_as_inserted_by_amendment_125.txt, the heroin rows in force Nov. 1, 1989 -
  Oct. 31, 2014): line 90 "(6) At least 1 KG but less than 3 KG of Heroin Level 32", line 72
  "(5) At least 3 KG ... Level 34", line 206 "(13) At least 20 G but less than 40 G of Heroin
  Level 18", line 226 "(14) At least 10 G but less than 20 G of Heroin Level 16", line 244
  "(15) At least 5 G but less than 10 G of Heroin Level 14".
"""

from __future__ import annotations

import pytest

from tests.case.test_impossible_facts import _refused
from tests.manual.ch2.part_d.test_drug_guidelines_part_d import (
    CCE, LAB, PHONE, PREMISES, SCHOOL, _calc, _case, _chapter_two, _level_on)
from tests.manual.ch2.part_d.test_part_d_eras import EQUIPMENT, GEAR


def _levels(result: dict) -> list[tuple[str, int]]:
    return [(section, level) for section, _, level in _chapter_two(result)]


# §2D1.2 -------------------------------------------------------------------------------------

def test_2d1_2_a135_nov_1_1989_juveniles_to_protected_locations(tmp_path, capsys):
    # the day before: "Involving Juveniles", 20 g tripled for an individual of 14 = 60 g,
    # the original table's "60-79 G Heroin" level 22 (DQT_1987 line 51)
    text = _case("2D1.2", [("heroin", "20 g")], date="1989-10-31",
                 statute="21 U.S.C. § 845b", extra=SCHOOL, facts="individual_age = 14")
    assert _level_on("1989-10-31", "2D1.2", text)[0] == 22
    # the day of: A135's §2D1.2, (a)(1) "2 plus the offense level from §2D1.1" (A319 quotes
    # it): 20 g level 18 (line 206) + 2 = 20; the age is no longer asked
    assert "offense.protected_location.individual_age" in _refused(
        tmp_path, capsys, text.replace("1989-10-31", "1989-11-01"))
    result = _calc(tmp_path, capsys, _case("2D1.2", [("heroin", "20 g")], date="1989-11-01",
                                           statute="21 U.S.C. § 860", extra=SCHOOL))
    assert result["total_offense_level"] == 20


def test_2d1_2_a319_nov_1_1990_directly_involved(tmp_path, capsys):
    facts = 'directly_involved_drugs = [{ substance = "heroin", quantity = "5 g" }]'
    assert "offense.protected_location.directly_involved_drugs" in _refused(
        tmp_path, capsys, _case("2D1.2", [("heroin", "15 g")], date="1990-10-31",
                                statute="21 U.S.C. § 860", extra=SCHOOL, facts=facts))
    # the day before: 2 + 16 (15 g, line 226) = 18
    result = _calc(tmp_path, capsys, _case("2D1.2", [("heroin", "15 g")], date="1990-10-31",
                                           statute="21 U.S.C. § 860", extra=SCHOOL))
    assert result["total_offense_level"] == 18
    # the day of: (a)(1) 2 + 14 (5 g, line 244) = 16; (a)(2) 1 + 16 = 17 (A319's own example)
    result = _calc(tmp_path, capsys, _case("2D1.2", [("heroin", "15 g")], date="1990-11-01",
                                           statute="21 U.S.C. § 860", extra=SCHOOL,
                                           facts=facts))
    assert _levels(result)[-3:] == [("§2D1.2(a)(2)", 17), ("§2D1.2(a)(1)", 17),
                                    ("§2D1.2(a)(4)", 17)]
    assert result["total_offense_level"] == 17


# §2D1.5 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("day, level", [("1988-10-14", 32), ("1988-10-15", 36),
                                        ("1989-10-31", 36)])
def test_2d1_5_a66_oct_15_1988(day, level):
    text = _case("2D1.5", [], date=day, statute="21 U.S.C. § 848", extra=CCE)
    assert _level_on(day, "2D1.5", text)[0] == level


def test_2d1_5_a139_nov_1_1989(tmp_path, capsys):
    # 3 kg of heroin, level 34 (line 72): 4 + 34 = 38; 1 kg, 32 (line 90): 36 < 38
    for heroin, chosen in (("3 kg", "(a)(1)"), ("2.999 kg", "(a)(2)")):
        result = _calc(tmp_path, capsys, _case("2D1.5", [("heroin", heroin)],
                                               date="1989-11-01", statute="21 U.S.C. § 848",
                                               extra=CCE))
        assert result["total_offense_level"] == 38
        assert [s for s in _chapter_two(result) if s[0].startswith("§2D1.5")][0][0] == \
            f"§2D1.5{chosen}"


# §2D1.6 -------------------------------------------------------------------------------------

def test_2d1_6_a320_nov_1_1990(tmp_path, capsys):
    before = _calc(tmp_path, capsys, _case("2D1.6", [], date="1990-10-31",
                                           statute="21 U.S.C. § 843(b)", extra=PHONE))
    assert _levels(before) == [("§2D1.6(a)", 12)]
    # the underlying offense: 15 g of heroin, level 16 (line 226)
    after = _calc(tmp_path, capsys, _case("2D1.6", [("heroin", "15 g")], date="1990-11-01",
                                          statute="21 U.S.C. § 843(b)", extra=PHONE))
    assert after["total_offense_level"] == 16


# §2D1.7 -------------------------------------------------------------------------------------

def test_2d1_7_a397_nov_1_1991_cross_reference(tmp_path, capsys):
    facts = 'cross_reference = "2D1.1"'
    assert "offense.paraphernalia.cross_reference" in _refused(
        tmp_path, capsys, _case("2D1.7", [("heroin", "15 g")], date="1991-10-31",
                                statute="21 U.S.C. § 863", extra=GEAR, facts=facts))
    result = _calc(tmp_path, capsys, _case("2D1.7", [("heroin", "15 g")], date="1991-11-01",
                                           statute="21 U.S.C. § 863", extra=GEAR,
                                           facts=facts))
    assert result["total_offense_level"] == 16  # 16 (line 226) > 12


# §2D1.8 -------------------------------------------------------------------------------------

def _establishment(day: str, weapon: bool = False) -> str:
    return (f"sentencing_date = {day}\n\n[offense]\nguideline = \"2D1.8\"\n"
            f"{'dangerous_weapon = true' if weapon else ''}\n\n"
            f"[criminal_history]\ncategory = \"I\"\n")


def test_2d1_8_a394_nov_1_1991_words_of_b1(tmp_path, capsys):
    for day, words in (("1991-10-31", True), ("1991-11-01", False)):
        result = _calc(tmp_path, capsys, _establishment(day, weapon=True))
        assert _levels(result) == [("§2D1.8(a)", 16), ("§2D1.8(b)(1)", 18)]
        step = next(s for s in result["steps"] if s["section"] == "§2D1.8(b)(1)")
        assert ("during commission of the offense" in step["reason"]) is words


def test_2d1_8_a448_nov_1_1992(tmp_path, capsys):
    assert _levels(_calc(tmp_path, capsys, _establishment("1992-10-31"))) == [
        ("§2D1.8(a)", 16)]
    # premises only: 4 less than 16 (15 g, line 226) = 12
    result = _calc(tmp_path, capsys, _case("2D1.8", [("heroin", "15 g")], date="1992-11-01",
                                           statute="21 U.S.C. § 856", extra=PREMISES,
                                           facts="only_allowed_use_of_premises = true"))
    assert _chapter_two(result)[-1] == ("§2D1.8(a)(2)", "= 12", 12)


@pytest.mark.parametrize("day, ceiling", [("2002-10-31", 16), ("2002-11-01", 26)])
def test_2d1_8_a640_nov_1_2002_ceiling(tmp_path, capsys, day, ceiling):
    # 1 kg of heroin, level 32 (line 90): 32 - 4 = 28, "not greater than level" 16 / 26
    result = _calc(tmp_path, capsys, _case("2D1.8", [("heroin", "1 kg")], date=day,
                                           statute="21 U.S.C. § 856", extra=PREMISES,
                                           facts="only_allowed_use_of_premises = true"))
    assert _chapter_two(result)[-1] == ("§2D1.8(a)(2)", f"= {ceiling}", ceiling)


# §2D1.10 ------------------------------------------------------------------------------------

def test_2d1_10_a608_dec_16_2000(tmp_path, capsys):
    facts = "manufacture_of_amphetamine_or_methamphetamine = true"
    assert "offense.endangering_life.manufacture_of_amphetamine_or_methamphetamine" in \
        _refused(tmp_path, capsys, _case("2D1.10", [("methamphetamine", "1 g")],
                                         date="2000-12-15", statute="21 U.S.C. § 858",
                                         extra=LAB, facts=facts))
    before = _calc(tmp_path, capsys, _case("2D1.10", [("methamphetamine", "1 g")],
                                           date="2000-12-15", statute="21 U.S.C. § 858",
                                           extra=LAB))
    assert before["total_offense_level"] == 20  # (a)(2) 20 > 3 + 12
    after = _calc(tmp_path, capsys, _case("2D1.10", [("methamphetamine", "1 g")],
                                          date="2000-12-16", statute="21 U.S.C. § 858",
                                          extra=LAB, facts=facts))
    assert after["total_offense_level"] == 27  # 20 + 3 = 23, "increase to level 27"


# §2D1.12 ------------------------------------------------------------------------------------

def _equipment(day: str, facts: str) -> str:
    return _case("2D1.12", [], date=day, statute="21 U.S.C. § 843(a)(6)", extra=EQUIPMENT,
                 facts=facts)


def test_2d1_12_a520_nov_1_1995(tmp_path, capsys):
    assert _levels(_calc(tmp_path, capsys, _equipment("1995-10-31", ""))) == [
        ("§2D1.12(a)", 12)]
    assert "offense.prohibited_equipment.state_of_mind" in _refused(
        tmp_path, capsys, _equipment("1995-10-31", 'state_of_mind = "reasonable_cause"'))
    result = _calc(tmp_path, capsys, _equipment("1995-11-01",
                                                'state_of_mind = "reasonable_cause"'))
    assert result["total_offense_level"] == 9


@pytest.mark.parametrize("day_before, day, facts, levels", [
    ("1997-10-31", "1997-11-01", "methamphetamine = true", 2),        # A558
    ("2000-10-31", "2000-11-01", "hazardous_release_or_waste = true", 2),  # A605
    ("2004-10-31", "2004-11-01", "mass_marketing = true", 2),         # A667 (b)(3)
    ("2004-10-31", "2004-11-01", "anhydrous_ammonia = true", 6),      # A667 (b)(4)
])
def test_2d1_12_characteristics_from_their_amendments(tmp_path, capsys, day_before, day,
                                                      facts, levels):
    state = 'state_of_mind = "intended_or_knew"\n'
    field = facts.split(" ")[0]
    assert f"offense.prohibited_equipment.{field}" in _refused(
        tmp_path, capsys, _equipment(day_before, state + facts))
    result = _calc(tmp_path, capsys, _equipment(day, state + facts))
    assert result["total_offense_level"] == 12 + levels


# §2D1.14 ------------------------------------------------------------------------------------

def test_2d1_14_a700_nov_1_2007(tmp_path, capsys):
    text = _case("2D1.14", [("heroin", "15 kg")], date="2007-10-31",
                 statute="21 U.S.C. § 960a", extra=CCE)
    assert "2D1.14" in _refused(tmp_path, capsys, text)
    # 15 kg of heroin, level 36 (line 56 of the 1989 table, the same row in 2007) + 6 = 42
    result = _calc(tmp_path, capsys, text.replace("2007-10-31", "2007-11-01"))
    assert result["total_offense_level"] == 42


# §2D1.13 ------------------------------------------------------------------------------------

def test_2d1_13_a371_nov_1_1991(tmp_path, capsys):
    # A371 (APPENDIX_C_Vol_I.txt lines 8693-8698, line 8718 effective Nov. 1, 1991) inserts
    # §2D1.13; (a)(3) "6, otherwise" (2016 Manual line 5805, no amendment of (a) since)
    text = _case("2D1.13", [], date="1991-10-31", statute="21 U.S.C. § 843(a)(4)(B)",
                 extra=PHONE, facts='state_of_mind = "otherwise"')
    assert "2D1.13" in _refused(tmp_path, capsys, text)
    result = _calc(tmp_path, capsys, text.replace("1991-10-31", "1991-11-01"))
    assert _levels(result) == [("§2D1.13(a)(3)", 6)]


# §2D2.1 -------------------------------------------------------------------------------------
# A24  = APPENDIX_C_Vol_I.txt lines 349-352: "or LSD," deleted from (a)(1), ", LSD," inserted
#        in (a)(2); line 353 effective Jan. 15, 1988
# A304 = lines 5578-5584: (b)(1) "more than 5 grams of a mixture or substance containing
#        cocaine base, apply §2D1.1"; line 5611 effective Nov. 1, 1989
# A321 = lines 6721-6722: (a)(1) "an analogue of these, or cocaine base"; line 6726 eff.
#        Nov. 1, 1990
# A514 = lines 16405-16409: (b)(2) possession in a prison, apply §2P1.2; line 16424 eff.
#        Nov. 1, 1995
# A556 = line 20227: "flunitrazepam," in (a)(2); A558 = line 20269: "or a list I chemical" in
#        (a)(3); lines 20242, 20276 effective Nov. 1, 1997
# A748 = APPENDIX_C_Vol_III.txt lines 15834-15841: (b)(1) (cocaine base) struck;
#        line 16068 effective Nov. 1, 2010

def _possession(day: str, substance: str, drugs: list | None = None, more: str = "") -> str:
    return _case("2D2.1", drugs or [], date=day, statute="21 U.S.C. § 844(a)",
                 extra="statutory_maximum_months = 240",
                 facts=f'substance = "{substance}"{more}')


@pytest.mark.parametrize("day, level", [("1988-01-14", 8), ("1988-01-15", 6)])
def test_2d2_1_a24_jan_15_1988_lsd(day, level):
    assert _level_on(day, "2D2.1", _possession(day, "lsd"))[0] == level


def test_2d2_1_a304_nov_1_1989_cocaine_base_cross_reference(tmp_path, capsys):
    drugs = [("cocaine base", "6 g")]
    level, steps = _level_on("1989-10-31", "2D2.1", _possession("1989-10-31", "cocaine_base"))
    assert level == 6 and len(steps) == 1
    # the day of: 6 g of cocaine base, "At least 5 G but less than 20 G", level 26
    result = _calc(tmp_path, capsys, _possession("1989-11-01", "cocaine_base", drugs))
    assert result["total_offense_level"] == 26


@pytest.mark.parametrize("day, level", [("1990-10-31", 6), ("1990-11-01", 8)])
def test_2d2_1_a321_nov_1_1990_cocaine_base_level_8(tmp_path, capsys, day, level):
    result = _calc(tmp_path, capsys, _possession(day, "cocaine_base", [("cocaine base", "4 g")]))
    assert result["total_offense_level"] == level


def test_2d2_1_a514_nov_1_1995_prison(tmp_path, capsys):
    assert "offense.possession.in_prison" in _refused(
        tmp_path, capsys, _possession("1995-10-31", "other", more="\nin_prison = true"))
    err = _refused(tmp_path, capsys, _possession("1995-11-01", "other",
                                                 more="\nin_prison = true"))
    assert "offense.possession.prison_contraband" in err and "§2P1.2" in err


@pytest.mark.parametrize("substance, before, since", [("flunitrazepam", 4, 6)])
def test_2d2_1_a556_nov_1_1997_flunitrazepam(tmp_path, capsys, substance, before, since):
    assert _calc(tmp_path, capsys, _possession("1997-10-31", substance)
                 )["total_offense_level"] == before
    assert _calc(tmp_path, capsys, _possession("1997-11-01", substance)
                 )["total_offense_level"] == since


def test_2d2_1_a558_nov_1_1997_list_i_chemical(tmp_path, capsys):
    assert "offense.possession.substance" in _refused(
        tmp_path, capsys, _possession("1997-10-31", "list_i_chemical"))
    assert _calc(tmp_path, capsys, _possession("1997-11-01", "list_i_chemical")
                 )["total_offense_level"] == 4


def test_2d2_1_a748_nov_1_2010_cross_reference_struck(tmp_path, capsys):
    # the day before: 6 g of cocaine base, A706's table "At least 5 G but less than 20 G", 24
    result = _calc(tmp_path, capsys, _possession("2010-10-31", "cocaine_base",
                                                 [("cocaine base", "6 g")]))
    assert result["total_offense_level"] == 24
    result = _calc(tmp_path, capsys, _possession("2010-11-01", "cocaine_base"))
    assert _levels(result) == [("§2D2.1(a)(1)", 8)]


# §2D2.3 -------------------------------------------------------------------------------------
# A141 = APPENDIX_C_Vol_I.txt lines 2929-2935: "(a) Base Offense Level: 8" replaced by "(1) 26,
#        if death resulted; (2) 21, if serious bodily injury resulted; (3) 13, otherwise";
#        line 2953 effective Nov. 1, 1989

def test_2d2_3_a141_nov_1_1989(tmp_path, capsys):
    def text(day, facts=""):
        table = f"\n[offense.common_carrier]\n{facts}\n" if facts else ""
        return (f"sentencing_date = {day}\n\n[offense]\nguideline = \"2D2.3\"\n{table}\n"
                f"[criminal_history]\ncategory = \"I\"\n")
    assert _level_on("1989-10-31", "2D2.3", text("1989-10-31"))[0] == 8
    assert _calc(tmp_path, capsys, text("1989-11-01"))["total_offense_level"] == 13
    assert _calc(tmp_path, capsys, text("1989-11-01", 'resulted = "death"')
                 )["total_offense_level"] == 26
