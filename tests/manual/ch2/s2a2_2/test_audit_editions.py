"""Audit of §2A2.2 (Aggravated Assault) and §2A2.3 (Minor Assault; "Assault" from 2014) before
the 2016 Manual: each amendment of their historical notes that changed a number or a
paragraph, the day before and the day of its effective date (the Manual in force on the
sentencing date), asserting what the amendment's text gives.

Sources (/work/shared/reference/ussg/appendix_c_2016/):
  Vol_I = APPENDIX_C_Vol_I.txt; Vol_III = APPENDIX_C_Vol_III.txt; Supp = APPENDIX_C_Supplement.txt
  A85  Vol_I 1503-1506 (Nov. 1, 1989): §2A2.2(b)(2)(B), (C) "a dangerous weapon (including a
       firearm)"; no level changed
  A86  Vol_I 1511-1522 (Nov. 1, 1989): §2A2.2(b)(3)(D) "add 3", (E) "add 5" replace comment.
       (n.3) "use of the intervening level (i.e., interpolation)"
  A87  Vol_I 1526-1528 (Nov. 1, 1989): §2A2.3(a)(1) "striking, beating, or wounding" ->
       "physical contact, or if a dangerous weapon (including a firearm) was possessed and its
       use was threatened"
  A510 Vol_I 16249-16252 (Nov. 1, 1995): §2A2.3(b)(1) +4, substantial bodily injury to an
       individual under sixteen
  A549 Vol_I 19650-19653 (Nov. 1, 1997): §2A2.2(b)(5) +2, a court protection order
  A663 Vol_III 171-184 (Nov. 1, 2004): §2A2.2(a) 15 -> 14; (b)(3) 2/4/6/3/5 -> 3/5/7/4/6;
       the cap 9 -> 10; (b)(6) +2 for 18 U.S.C. § 111(b) or § 115;
       Vol_III 216-224: §2A2.3(a)(1) 6 -> 7, (a)(2) 3 -> 4, (b)(1)(A) +2, (c)(1) to §2A2.2
  A781 Supp 2496-2501 (Nov. 1, 2014): §2A2.2(b)(4) +3 strangling, the cap 12 on (2)-(4);
       Supp 2522-2523: §2A2.3(b)(1) "a spouse, intimate partner, or dating partner, or"
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.sentenced_on import level_on, refused_on, steps_on


def _aggravated(capsys, tmp_path, facts: str, day: str) -> int:
    return level_on(capsys, tmp_path, "2A2.2", "aggravated_assault", facts, day)


def _minor(capsys, tmp_path, facts: str, day: str) -> int:
    """Category VI: the 1987 Sentencing Table's cells at levels 3 and 6 in the lower
    categories are not known (refused, naming Amendment 270)."""
    return level_on(capsys, tmp_path, "2A2.3", "assault", facts, day, category="VI")


def test_amendments_85_86_nov_1_1989(capsys, tmp_path):
    """Vol_I 1518-1521: comment. (n.3) interpolation (between +2 and +4: +3) the day before;
    Vol_I 1513-1514: (b)(3)(D) "add 3 levels" the day of; 15 + 3 = 18 both days."""
    facts = 'bodily_injury = "between_bodily_and_serious"'
    assert steps_on(capsys, tmp_path, "2A2.2", "aggravated_assault", facts, "1989-10-31") == [
        ("§2A2.2(a)", 15), ("§2A2.2(b)(3) and comment. (n.3)", 18)]
    assert steps_on(capsys, tmp_path, "2A2.2", "aggravated_assault", facts, "1989-11-01") == [
        ("§2A2.2(a)", 15), ("§2A2.2(b)(3)(D)", 18)]
    # Vol_I 1503-1506: words only; (b)(2)(C) 3 levels both days
    facts = 'weapon = "dangerous_weapon_brandished_or_threatened"'
    assert _aggravated(capsys, tmp_path, facts, "1989-10-31") == 18
    assert _aggravated(capsys, tmp_path, facts, "1989-11-01") == 18


def test_amendment_549_nov_1_1997(capsys, tmp_path):
    """Vol_I 19652-19653: "(5) If the offense involved the violation of a court protection
    order, increase by 2 levels" from Nov. 1, 1997; refused the day before."""
    facts = "violated_protection_order = true"
    err = refused_on(capsys, tmp_path, "2A2.2", "aggravated_assault", facts, "1997-10-31")
    assert "violated_protection_order" in err
    assert _aggravated(capsys, tmp_path, facts, "1997-11-01") == 17


# A663, Vol_III 171-184: §2A2.2 the day before and the day of Nov. 1, 2004.
@pytest.mark.parametrize("facts,before,after", [
    ("", 15, 14),  # Vol_III 171 (a) "15" -> "14"
    ("more_than_minimal_planning = true", 17, 16),
    ('weapon = "dangerous_weapon_brandished_or_threatened"', 18, 17),
    ('bodily_injury = "bodily_injury"', 17, 17),  # Vol_III 174 (A) "2" -> "3"
    ('bodily_injury = "between_bodily_and_serious"', 18, 18),  # Vol_III 176 (D) "3" -> "4"
    ('bodily_injury = "serious_bodily_injury"', 19, 19),  # Vol_III 175 (B) "4" -> "5"
    ('bodily_injury = "between_serious_and_permanent"', 20, 20),  # Vol_III 176-177 (E) "5" -> "6"
    ('bodily_injury = "permanent_or_life_threatening"', 21, 21),  # Vol_III 175-176 (C) "6" -> "7"
    # Vol_III 178-181 the cap "9" -> "10": 5 + 6 = 11 capped at 9; 5 + 7 = 12 capped at 10
    ('weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"', 24, 24),
    # 4 + 5 = 9, at the old cap; 4 + 6 = 10, at the new cap
    ('weapon = "dangerous_weapon_otherwise_used"\n'
     'bodily_injury = "between_serious_and_permanent"', 24, 24),
    # 3 + 2 = 5 -> 3 + 3 = 6 (no cap either day)
    ('weapon = "dangerous_weapon_brandished_or_threatened"\nbodily_injury = "bodily_injury"',
     20, 20),
])
def test_amendment_663_aggravated_nov_1_2004(capsys, tmp_path, facts, before, after):
    assert _aggravated(capsys, tmp_path, facts, "2004-10-31") == before
    assert _aggravated(capsys, tmp_path, facts, "2004-11-01") == after


def test_amendment_663_statutory_increase_nov_1_2004(capsys, tmp_path):
    """Vol_III 182-184: "(6) If the defendant was convicted under 18 U.S.C. § 111(b) or § 115,
    increase by 2 levels"; refused the day before."""
    facts = "convicted_under_111b_or_115 = true"
    official = '[adjustments.victim]\nofficial_victim = "status_person_offense"\n'  # comment. (n.4)
    err = refused_on(capsys, tmp_path, "2A2.2", "aggravated_assault", facts, "2004-10-31",
                     official)
    assert "convicted_under_111b_or_115" in err
    assert steps_on(capsys, tmp_path, "2A2.2", "aggravated_assault", facts, "2004-11-01",
                    official) == [("§2A2.2(a)", 14), ("§2A2.2(b)(6)", 16)]


def test_amendment_781_aggravated_nov_1_2014(capsys, tmp_path):
    """Supp 2496-2501: (b)(4) strangling +3 and the cap of 12 on (2)-(4); (b)(4)-(6)
    redesignated (b)(5)-(7). The day before, strangling is refused."""
    facts = ('weapon = "firearm_discharged"\nbodily_injury = "permanent_or_life_threatening"\n'
             "strangled_partner = true")
    err = refused_on(capsys, tmp_path, "2A2.2", "aggravated_assault", facts, "2014-10-31")
    assert "strangled_partner" in err
    # 5 + 7 + 3 = 15, capped at 12 (Supp 2499-2501): 14 + 12 = 26
    assert _aggravated(capsys, tmp_path, facts, "2014-11-01") == 26
    payment = "motivated_by_payment = true"
    assert steps_on(capsys, tmp_path, "2A2.2", "aggravated_assault", payment,
                    "2014-10-31")[-1] == ("§2A2.2(b)(4)", 16)
    assert steps_on(capsys, tmp_path, "2A2.2", "aggravated_assault", payment,
                    "2014-11-01")[-1] == ("§2A2.2(b)(5)", 16)


def test_amendment_87_minor_assault_nov_1_1989(capsys, tmp_path):
    """Vol_I 1526-1528: (a)(1) "striking, beating, or wounding" (6) the day before; "physical
    contact, or ... possessed and its use was threatened" (6) the day of; each refused under
    the other edition."""
    assert _minor(capsys, tmp_path, "struck_beat_or_wounded = true", "1989-10-31") == 6
    assert "struck_beat_or_wounded" in refused_on(
        capsys, tmp_path, "2A2.3", "assault", "struck_beat_or_wounded = true", "1989-11-01")
    for fact in ("physical_contact", "dangerous_weapon_possessed_and_threatened"):
        assert fact in refused_on(capsys, tmp_path, "2A2.3", "assault", f"{fact} = true",
                                  "1989-10-31")
        assert _minor(capsys, tmp_path, f"{fact} = true", "1989-11-01") == 6


def test_amendment_510_minor_assault_nov_1_1995(capsys, tmp_path):
    """Vol_I 16249-16252: (b)(1) "substantial bodily injury to an individual under the age of
    sixteen years, increase by 4 levels"; refused the day before."""
    facts = 'physical_contact = true\nsubstantial_bodily_injury_to = "under_sixteen"'
    assert "substantial_bodily_injury_to" in refused_on(
        capsys, tmp_path, "2A2.3", "assault", facts, "1995-10-31")
    assert _minor(capsys, tmp_path, facts, "1995-11-01") == 10


@pytest.mark.parametrize("facts,before,after", [
    ("", 3, 4),  # Vol_III 217-218 (a)(2) "3" -> "4"
    ("physical_contact = true", 6, 7),  # Vol_III 216 (a)(1) "6" -> "7"
    ('physical_contact = true\nsubstantial_bodily_injury_to = "under_sixteen"', 10, 11),
])
def test_amendment_663_minor_assault_nov_1_2004(capsys, tmp_path, facts, before, after):
    assert _minor(capsys, tmp_path, facts, "2004-10-31") == before
    assert _minor(capsys, tmp_path, facts, "2004-11-01") == after


def test_amendment_663_minor_assault_injury_and_cross_reference(capsys, tmp_path):
    """Vol_III 219-220: (b)(1)(A) "the victim sustained bodily injury, increase by 2 levels";
    Vol_III 221-224: (c)(1) "apply §2A2.2"; both refused the day before."""
    injury = "physical_contact = true\nbodily_injury = true"
    assert "bodily_injury" in refused_on(capsys, tmp_path, "2A2.3", "assault", injury,
                                         "2004-10-31")
    assert _minor(capsys, tmp_path, injury, "2004-11-01") == 9
    cross = '[offense.assault.aggravated_assault]\nweapon = "firearm_discharged"'
    assert "aggravated_assault" in refused_on(capsys, tmp_path, "2A2.3", "assault", cross,
                                              "2004-10-31")
    # §2A2.2 on Nov. 1, 2004: 14 + 5 (Vol_III 171-173)
    assert _minor(capsys, tmp_path, cross, "2004-11-01") == 19


def test_amendment_781_minor_assault_nov_1_2014(capsys, tmp_path):
    """Supp 2522-2523: (b)(1)(B) "a spouse, intimate partner, or dating partner, or"."""
    facts = ('physical_contact = true\n'
             'substantial_bodily_injury_to = "spouse_intimate_or_dating_partner"')
    assert "substantial_bodily_injury_to" in refused_on(
        capsys, tmp_path, "2A2.3", "assault", facts, "2014-10-31")
    assert _minor(capsys, tmp_path, facts, "2014-11-01") == 11
