"""Second reading of Chapter Three, edition by edition, before Nov. 1, 2015: each amendment
that created or changed an adjustment, tested on the day before it took effect (the edition
then in force) and on its effective date, through the real command line (one `ussg calc` run
for all cases). The Chapter Two level is given (`guideline = "other"`, `offense_level`), so
each expectation is the adjustment's own arithmetic, worked by hand from Appendix C (paths
under ../shared/reference/ussg/appendix_c_2016/), not from ussg.
"""

from __future__ import annotations

import pytest

from tests.manual.many_cases import calc_many, refused_naming, steps_in_order

# (name, manual, Chapter Two level, adjustments, acceptance, expected): expected is
# ("steps", [(section, level[, change or words in the input])...], total[, category]) or
# ("error", field, words).
CASES = [
    # §3A1.4: Amendment 526 (Nov. 1, 1995), Vol. I lines 17410-17422, inserted §3A1.4
    # (International Terrorism); Amendment 539 (Nov. 1, 1996), lines 18505-18507, replaced
    # 'international' with 'a federal crime of'. +12, at least 32, Category VI.
    ("1994-11-01: no §3A1.4", "1994-11-01", 20, {"victim": {"terrorism": True}}, {},
     ("error", "adjustments.victim.terrorism", "")),
    ("1995-11-01: international terrorism, +12 then minimum 32", "1995-11-01", 15,
     {"victim": {"terrorism": True}}, {},
     ("steps", [("§3A1.4(a)", 27, "+12"), ("§3A1.4(a)", 32)], 32, "VI")),
    ("1995-11-01: the 1995 words, 'international terrorism'", "1995-11-01", 25,
     {"victim": {"terrorism": True}}, {},
     ("steps", [("§3A1.4(a)", 37, "international terrorism")], 37, "VI")),
    ("1996-11-01: 'a federal crime of terrorism' (Amendment 539)", "1996-11-01", 25,
     {"victim": {"terrorism": True}}, {},
     ("steps", [("§3A1.4(a)", 37, "a federal crime of terrorism")], 37, "VI")),
    # §3A1.1: Amendment 521 (Nov. 1, 1995), Vol. I lines 16981-17230: hate crime +3;
    # Amendment 587 (Nov. 1, 1998), Vol. II lines 922-932: (b)(2) large number, 2 more levels.
    ("1995-11-01: hate crime +3 and vulnerable victim +2", "1995-11-01", 20,
     {"victim": {"hate_crime": True, "vulnerable_victim": True}}, {},
     ("steps", [("§3A1.1(a)", 23, "+3"), ("§3A1.1(b)", 25, "+2")], 25)),
    ("1997-11-01: no large-number provision before Amendment 587", "1997-11-01", 20,
     {"victim": {"vulnerable_victim": True, "large_number_of_vulnerable_victims": True}}, {},
     ("error", "adjustments.victim.large_number_of_vulnerable_victims", "")),
    ("1998-11-01: vulnerable victim (b)(1) +2, large number (b)(2) +2", "1998-11-01", 20,
     {"victim": {"vulnerable_victim": True, "large_number_of_vulnerable_victims": True}}, {},
     ("steps", [("§3A1.1(b)(1)", 22, "+2"), ("§3A1.1(b)(2)", 24, "+2")], 24)),
    # §3A1.2: Amendment 247 (Nov. 1, 1989), Vol. I lines 4626-4640, added the assault clause,
    # 3 levels; Amendment 663 (Nov. 1, 2004), Vol. III lines 300-335, made the assault (c) +6.
    ("1988-10-15: no assault clause before Amendment 247", "1988-10-15", 20,
     {"victim": {"official_victim": "assault"}}, {},
     ("error", "adjustments.victim.official_victim", "")),
    ("1989-11-01: assault on an officer, +3", "1989-11-01", 20,
     {"victim": {"official_victim": "assault"}}, {},
     ("steps", [("§3A1.2(b)", 23, "+3")], 23)),
    ("2003-11-05: assault (b) still +3 (Amendment 643, Vol. II lines 11433-11455)",
     "2003-11-05", 20, {"victim": {"official_victim": "assault"}}, {},
     ("steps", [("§3A1.2(b)", 23, "+3")], 23)),
    ("2004-11-01: assault (c) +6 (Amendment 663)", "2004-11-01", 20,
     {"victim": {"official_victim": "assault"}}, {},
     ("steps", [("§3A1.2(c)", 26, "+6")], 26)),
    # §3A1.5: Amendment 765 (Nov. 1, 2012), Supplement line 547.
    ("2011-11-01: no §3A1.5", "2011-11-01", 20,
     {"victim": {"human_rights_offense": "other"}}, {},
     ("error", "adjustments.victim.human_rights_offense", "")),
    ("2012-11-01: §3A1.5(b) +4, death resulted: at least 37", "2012-11-01", 20,
     {"victim": {"human_rights_offense": "other_death_resulted"}}, {},
     ("steps", [("§3A1.5(b)", 24, "+4"), ("§3A1.5(b)", 37)], 37)),
    # §3B1.4: Amendment 527 (Nov. 1, 1995), Vol. I lines 17423-17437, +2.
    ("1994-11-01: no §3B1.4 use of a minor", "1994-11-01", 20,
     {"role": {"used_minor": True}}, {}, ("error", "adjustments.role.used_minor", "")),
    ("1995-11-01: §3B1.4 use of a minor +2", "1995-11-01", 20,
     {"role": {"used_minor": True}}, {}, ("steps", [("§3B1.4", 22, "+2")], 22)),
    # §3B1.5: Amendment 659 (Nov. 1, 2003), Vol. II lines 16582-16600: involved +2, used +4.
    ("2003-10-27: no §3B1.5", "2003-10-27", 20, {"role": {"body_armor": "used"}}, {},
     ("error", "adjustments.role.body_armor", "")),
    ("2003-11-01: body armor used +4", "2003-11-01", 20, {"role": {"body_armor": "used"}}, {},
     ("steps", [("§3B1.5(2)(B)", 24, "+4")], 24)),
    ("2003-11-01: body armor involved +2", "2003-11-01", 20,
     {"role": {"body_armor": "involved"}}, {}, ("steps", [("§3B1.5(2)(A)", 22, "+2")], 22)),
    # §3C1.4: Amendment 689 (Nov. 1, 2006), Vol. III lines 6817-: +2.
    ("2006-09-12: no §3C1.4", "2006-09-12", 20,
     {"obstruction": {"false_domain_registration": True}}, {},
     ("error", "adjustments.obstruction.false_domain_registration", "")),
    ("2006-11-01: §3C1.4 false domain registration +2", "2006-11-01", 20,
     {"obstruction": {"false_domain_registration": True}}, {},
     ("steps", [("§3C1.4", 22, "+2")], 22)),
    # Offense on release: §2J1.7 +3 from Amendment 178 (Nov. 1, 1989); §3C1.3 +3 from
    # Amendment 684 (Nov. 1, 2006), Vol. III lines 6309-6313 (the §2J1.7 text it deletes).
    ("2006-09-12: on release, §2J1.7 +3", "2006-09-12", 20,
     {"obstruction": {"offense_while_on_release": True}}, {},
     ("steps", [("§2J1.7", 23, "+3")], 23)),
    ("2006-11-01: on release, §3C1.3 +3", "2006-11-01", 20,
     {"obstruction": {"offense_while_on_release": True}}, {},
     ("steps", [("§3C1.3", 23, "+3")], 23)),
    # §3E1.1: Amendment 459 (Nov. 1, 1992), Vol. I lines 12875-12886, added (b): one more
    # level if the level before (a) is 16 or greater and the defendant timely assisted;
    # Amendment 649 (Apr. 30, 2003), Vol. II lines 12545-12560: only on the government's motion.
    ("1991-11-27: 2 levels only, before Amendment 459", "1991-11-27", 20, {},
     {"accepted": True}, ("steps", [("§3E1.1(a)", 18, "-2")], 18)),
    ("1992-11-01: level 16, timely assistance, 3 levels", "1992-11-01", 16, {},
     {"accepted": True, "timely_assistance": True},
     ("steps", [("§3E1.1(a)", 14, "-2"), ("§3E1.1(b)", 13, "-1")], 13)),
    ("1992-11-01: level 15, 2 levels only", "1992-11-01", 15, {},
     {"accepted": True, "timely_assistance": True},
     ("steps", [("§3E1.1(a)", 13, "-2")], 13)),
    ("2003-01-25: timely assistance, no motion needed yet", "2003-01-25", 20, {},
     {"accepted": True, "timely_assistance": True},
     ("steps", [("§3E1.1(a)", 18, "-2"), ("§3E1.1(b)", 17, "-1")], 17)),
    ("2003-04-30: the third level on the government's motion", "2003-04-30", 20, {},
     {"accepted": True, "government_motion": True},
     ("steps", [("§3E1.1(a)", 18, "-2"), ("§3E1.1(b)", 17, "-1")], 17)),
]


def _case(manual: str, level: int, adjustments: dict, acceptance: dict) -> dict:
    case = {"manual": manual, "offense": {"guideline": "other", "offense_level": level},
            "adjustments": adjustments, "criminal_history": {"category": "I"}}
    if acceptance:
        case["acceptance"] = acceptance
    return case


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return calc_many(tmp_path_factory.mktemp("audit3"),
                     [(name, _case(manual, level, adjustments, acceptance))
                      for name, manual, level, adjustments, acceptance, _ in CASES])


def _matches(step: dict, section: str, level: int, detail: tuple) -> bool:
    if step["section"] != section or step["level"] != level:
        return False
    return not detail or detail[0] == step["change"] or detail[0] in step["input"]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_edition_edge(case, results) -> None:
    name, *_, expected = case
    result, error = results[name]
    if expected[0] == "error":
        refused_naming(result, error, *expected[1:])
        return
    assert result is not None, error
    _, want, total, *category = expected
    steps_in_order(result, want, _matches)
    assert result["total_offense_level"] == total
    assert result["criminal_history_category"] == (category[0] if category else "I")
