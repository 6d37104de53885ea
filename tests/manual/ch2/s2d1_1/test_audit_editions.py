"""Second reading of §2D1.1's own characteristic tables (not the Drug Quantity Table) in the
editions before Nov. 1, 2015: each amendment that changed a characteristic, tested on the day
before it took effect (the edition then in force) and on its effective date, through the real
command line (one `ussg calc` run for all cases).

Every expectation is worked by hand from Appendix C (paths under
../shared/reference/ussg/appendix_c_2016/), not from ussg. Base levels: 50 g of heroin is level
20 from Nov. 1, 1989 to Oct. 31, 2014 ((c)(12) in Amendment 125's table, Vol. I; (c)(10) after
Amendment 505, Vol. I lines 16048-); 600 g of cocaine is level 26 (500 g - 2 kg); heroin 700 g -
1 kg is level 30 ((c)(5)), 1-3 kg 32 ((c)(4)), 3-10 kg 34 ((c)(3)), 10-30 kg 36 ((c)(2)), 30 kg or
more 38 ((c)(1)) (Amendment 505's table,
Vol. I lines 16048-16228, in force Nov. 1, 1994 - Oct. 31, 2014).
"""

from __future__ import annotations

import pytest

from tests.manual.many_cases import calc_many, refused_naming, steps_in_order

SAFETY_VALVE = {"criminal_history": True, "no_violence_or_weapon": True,
                "no_death_or_serious_bodily_injury": True, "not_organizer_or_cce": True,
                "truthful_disclosure": True}
MINIMAL_FACTORS = ["motivated_by_relationship_or_fear", "no_monetary_compensation",
                   "minimal_knowledge"]


def heroin(quantity: str) -> list[dict]:
    return [{"substance": "heroin", "quantity": quantity}]


# (name, manual, offense facts, role, expected): expected is ("steps", [(section, level[,
# change])...], total) or ("error", field, words). `cite` is in the name's comment above each.
CASES = [
    # Amendment 134 (Nov. 1, 1989) inserted (b)(2), Vol. I lines 2764-2772: the day before,
    # the Oct. 15, 1988 edition has no such characteristic.
    ("1988-10-15: aircraft characteristic not yet inserted", "1988-10-15",
     {"aircraft_or_vessel": "aircraft"}, {},
     ("error", "offense.aircraft_or_vessel", "does not exist")),
    # Amendment 446 (Nov. 1, 1992), Vol. I lines 12308-12310, struck 'is convicted of
    # violating 21 U.S.C. § 960(a)': on Nov. 27, 1991 (Amendment 435's date) the conviction is
    # still needed (Amendment 134, line 2767).
    ("1991-11-27: (b)(2) still needs a § 960(a) conviction", "1991-11-27",
     {"aircraft_or_vessel": "aircraft"}, {},
     ("steps", [("§2D1.1(b)(2)", 20, "not applied")], 20)),
    # Amendment 479 (Nov. 1, 1993) inserted the murder cross reference, Vol. I lines 13897-13901.
    ("1992-11-01: no murder cross reference", "1992-11-01",
     {"victim_killed": "first_degree_murder"}, {},
     ("error", "offense.victim_killed", "does not exist")),
    # Amendment 515 (Nov. 1, 1995), Vol. I lines 16425-16431: (b)(4) -2 'if ... level 26 or
    # greater'. At level 26 exactly (600 g cocaine) it applies; the edge below is tested in
    # test_drug_characteristics (level 20).
    ("1995-11-01: safety valve at level 26 exactly", "1995-11-01",
     {"drugs": [{"substance": "cocaine", "quantity": "600 g"}], "safety_valve": SAFETY_VALVE},
     {}, ("steps", [("§2D1.1(b)(4)", 24, "-2")], 24)),
    # Amendment 555 (Nov. 1, 1997), Vol. I lines 20056-20067, inserted the methamphetamine
    # importation (b)(4) and the hazards (b)(5), renumbering the safety valve (b)(6): on May 1,
    # 1997 (Amendment 541's date) the safety valve is still (b)(4) and the others absent.
    ("1997-05-01: safety valve still (b)(4)", "1997-05-01",
     {"drugs": [{"substance": "cocaine", "quantity": "600 g"}], "safety_valve": SAFETY_VALVE},
     {}, ("steps", [("§2D1.1(b)(4)", 24, "-2")], 24)),
    ("1997-05-01: hazards not yet inserted", "1997-05-01",
     {"hazards": ["hazardous_release"]}, {},
     ("error", "offense.hazards", "does not exist")),
    ("1997-05-01: methamphetamine importation not yet inserted", "1997-05-01",
     {"methamphetamine_importation": "importation"}, {},
     ("error", "offense.methamphetamine_importation", "does not exist")),
    # Amendment 556 (Nov. 1, 1997), Vol. I lines 20149-20156, inserted (d)(2).
    ("1997-05-01: no (d)(2) crime-of-violence cross reference", "1997-05-01",
     {"convictions": ["841(b)(7)"], "crime_of_violence_offense_level": 30}, {},
     ("error", "offense.convictions", "")),
    # Amendment 608 (Dec. 16, 2000, emergency), Vol. II lines 3465-3478, inserted the
    # substantial-risk (b)(6); on Nov. 1, 2000 only (b)(5) (2 levels) exists.
    ("2000-11-01: hazardous release (b)(5)(A) +2", "2000-11-01",
     {"hazards": ["hazardous_release"]}, {},
     ("steps", [("§2D1.1(b)(5)(A)", 22, "+2")], 22)),
    ("2000-11-01: no substantial-risk tier before Amendment 608", "2000-11-01",
     {"hazards": ["substantial_risk_to_life_or_environment"]}, {},
     ("error", "offense.hazards", "")),
    # Amendment 608's (b)(6)(B): +6, minimum 30 (Vol. II lines 3476-3478).
    ("2000-12-16: substantial risk to a minor, +6 and minimum 30", "2000-12-16",
     {"hazards": ["substantial_risk_to_minor_or_incompetent"]}, {},
     ("steps", [("§2D1.1(b)(6)(B)", 26, "+6"), ("§2D1.1(b)(6)(B)", 30, "→ 30")], 30)),
    # May 1, 2001 (Amendments 609-611): Amendment 608's cumulative (b)(5) and (b)(6) still in
    # force until Amendment 620 (Nov. 1, 2001, Vol. II lines 7786-7806; reason 7945-7956).
    ("2001-05-01: (b)(5) and (b)(6) still cumulative", "2001-05-01",
     {"hazards": ["hazardous_release", "substantial_risk_to_life_or_environment"]}, {},
     ("steps", [("§2D1.1(b)(5)(A)", 22), ("§2D1.1(b)(6)(A)", 25), ("§2D1.1(b)(6)(A)", 27)],
      27)),
    # ... and the safety valve, (b)(7) since Amendment 608 (Vol. II line 3467), still only at
    # level 26 or greater (Amendment 624, Nov. 1, 2001, Vol. II lines 8174-8176, struck it).
    ("2001-05-01: safety valve (b)(7) not below level 26", "2001-05-01",
     {"safety_valve": SAFETY_VALVE}, {},
     ("steps", [("§2D1.1(b)(7)", 20, "not applied")], 20)),
    ("2001-05-01: safety valve (b)(7) at level 26", "2001-05-01",
     {"drugs": [{"substance": "cocaine", "quantity": "600 g"}], "safety_valve": SAFETY_VALVE},
     {}, ("steps", [("§2D1.1(b)(7)", 24, "-2")], 24)),
    # Amendment 620 (Nov. 1, 2001): the greater of (A), (B) and (C); (C) +6, minimum 30.
    ("2001-11-01: the greatest, substantial risk to a minor (b)(5)(C)", "2001-11-01",
     {"hazards": ["hazardous_release", "substantial_risk_to_minor_or_incompetent"]}, {},
     ("steps", [("§2D1.1(b)(5)(C)", 26, "+6"), ("§2D1.1(b)(5)(C)", 30, "→ 30")], 30)),
    # Amendment 640 (Nov. 1, 2002), Vol. II lines 10795-10797, created the cap of level 30: on
    # Nov. 1, 2001 a minor participant with 3 kg of heroin keeps level 34.
    ("2001-11-01: no mitigating-role cap", "2001-11-01",
     {"drugs": heroin("3 kg")}, {"mitigating": "minor_participant"},
     ("steps", [("§2D1.1(c)(3)", 34), ("§3B1.2(b)", 32)], 32)),
    # The cap of level 30 stood until Amendment 668 (Nov. 1, 2004), Vol. III lines 3702-3714:
    # on Nov. 5, 2003 (the last date before it) 30 kg of heroin (level 38) is capped at 30.
    ("2003-11-05: cap of level 30 still", "2003-11-05",
     {"drugs": heroin("30 kg")}, {"mitigating": "minimal_participant"},
     ("steps", [("§2D1.1(c)(1)", 38), ("§2D1.1(a)(3)", 30, "→ 30"), ("§3B1.2(a)", 26)], 26)),
    ("2002-11-01: level 30 itself is not reduced by the cap", "2002-11-01",
     {"drugs": heroin("800 g")}, {"mitigating": "minor_participant"},
     ("steps", [("§2D1.1(c)(5)", 30), ("§3B1.2(b)", 28)], 28)),
    # Amendment 668's steps (Vol. III lines 3707-3714): 32 -2, 34/36 -3, 38 -4; 30 none.
    ("2004-11-01: level 30, no graduated decrease", "2004-11-01",
     {"drugs": heroin("800 g")}, {"mitigating": "minor_participant"},
     ("steps", [("§2D1.1(c)(5)", 30), ("§3B1.2(b)", 28)], 28)),
    ("2004-11-01: level 32 -2", "2004-11-01",
     {"drugs": heroin("1 kg")}, {"mitigating": "minor_participant"},
     ("steps", [("§2D1.1(c)(4)", 32), ("§2D1.1(a)(3)", 30, "-2"), ("§3B1.2(b)", 28)], 28)),
    ("2004-11-01: level 36 -3", "2004-11-01",
     {"drugs": heroin("10 kg")}, {"mitigating": "minor_participant"},
     ("steps", [("§2D1.1(c)(2)", 36), ("§2D1.1(a)(3)", 33, "-3"), ("§3B1.2(b)", 31)], 31)),
    # Amendment 681 (Mar. 27, 2006, emergency), Vol. III lines 6094-6100: the day before, the
    # Nov. 1, 2005 edition has no steroid characteristics.
    ("2005-11-01: no steroid characteristics", "2005-11-01",
     {"steroid_to_athlete": True}, {},
     ("error", "offense.steroid_to_athlete", "does not exist")),
    # Amendment 688 (Nov. 1, 2006), Vol. III lines 6777-6779, repromulgated 681 without change.
    ("2006-11-01: steroid characteristics repromulgated unchanged", "2006-11-01",
     {"steroid_masking_agent": True, "steroid_to_athlete": True}, {},
     ("steps", [("§2D1.1(b)(6)", 22), ("§2D1.1(b)(7)", 24)], 24)),
    # Amendment 705 (Nov. 1, 2007), Vol. III lines 8905-8935, inserted § 865 (b)(5), § 841(g)
    # (b)(9) and the § 860a tiers: on May 1, 2007 none exists, and the hazards are still
    # (b)(8) with 608/620's minor tier, +6 minimum 30 (lines 6094-6095 renumbering).
    ("2007-05-01: no § 865 characteristic", "2007-05-01",
     {"convictions": ["865"]}, {}, ("error", "offense.convictions", "")),
    ("2007-05-01: hazards (b)(8)(C), +6 minimum 30", "2007-05-01",
     {"hazards": ["substantial_risk_to_minor_or_incompetent"]}, {},
     ("steps", [("§2D1.1(b)(8)(C)", 26, "+6"), ("§2D1.1(b)(8)(C)", 30, "→ 30")], 30)),
    # Amendment 705's (b)(10)(C): § 860a manufacture, +3 minimum 27 (Vol. III lines 8920-8930).
    ("2007-11-01: § 860a manufacture (b)(10)(C), minimum 27", "2007-11-01",
     {"convictions": ["860a (manufacture)"]}, {},
     ("steps", [("§2D1.1(b)(10)(C)(i)", 23, "+3"), ("§2D1.1(b)(10)(C)(i)", 27, "→ 27")], 27)),
    # Amendments 727 and 728 (Nov. 1, 2009), Vol. III lines 13036-13045, 13172-13174: on Nov. 1,
    # 2008 no submersible clause and no (a) level for § 841(b)(1)(E).
    ("2008-11-01: no submersible-vessel clause", "2008-11-01",
     {"aircraft_or_vessel": "submersible_vessel"}, {},
     ("error", "offense.aircraft_or_vessel", "submersible_vessel")),
    ("2008-11-01: no (a)(4) for § 841(b)(1)(E)", "2008-11-01",
     {"convictions": ["841(b)(1)(E)"],
      "death_or_serious_bodily_injury": {"established_by": "offense_of_conviction"}}, {},
     ("error", "offense.convictions", "")),
    # Amendment 727's (a)(3): 30 with a prior conviction (Vol. III lines 13040-13042).
    ("2009-11-01: (a)(3) 30 after a prior conviction", "2009-11-01",
     {"convictions": ["841(b)(1)(E)"],
      "death_or_serious_bodily_injury": {"established_by": "offense_of_conviction",
                                         "prior_conviction": True}}, {},
     ("steps", [("§2D1.1(a)(3)", 30)], 30)),
    # Amendment 748 (Nov. 1, 2010), Vol. III lines 15601-15649: on Nov. 1, 2009 no violence,
    # and a minimal participant at level 38 gets 38 -4 = 34 with no further cap to 32.
    ("2009-11-01: no violence characteristic", "2009-11-01",
     {"violence": True}, {}, ("error", "offense.violence", "does not exist")),
    ("2009-11-01: no minimal-participant cap of 32", "2009-11-01",
     {"drugs": heroin("30 kg")}, {"mitigating": "minimal_participant"},
     ("steps", [("§2D1.1(c)(1)", 38), ("§2D1.1(a)(5)", 34, "-4"), ("§3B1.2(a)", 30)], 30)),
    ("2010-11-01: minimal-role factors (b)(15) -2", "2010-11-01",
     {"minimal_role_factors": MINIMAL_FACTORS}, {"mitigating": "minimal_participant"},
     ("steps", [("§2D1.1(b)(15)", 18, "-2"), ("§3B1.2(a)", 14)], 14)),
    # Amendment 750 (Nov. 1, 2011), Vol. III lines 16278-16330, repromulgated 748: same levels.
    ("2011-11-01: violence (b)(2) and premises (b)(12) as in 2010", "2011-11-01",
     {"violence": True, "maintained_premises": True}, {},
     ("steps", [("§2D1.1(b)(2)", 22), ("§2D1.1(b)(12)", 24)], 24)),
    ("2011-11-01: minimal participant capped at 32 as in 2010", "2011-11-01",
     {"drugs": heroin("30 kg")}, {"mitigating": "minimal_participant"},
     ("steps", [("§2D1.1(a)(5)", 34, "-4"), ("§2D1.1(a)(5)", 32, "→ 32"), ("§3B1.2(a)", 28)],
      28)),
    # Amendment 783 (Nov. 1, 2014), Supplement lines 3296-3303, inserted (b)(14).
    ("2013-11-01: no marihuana-cultivation characteristic", "2013-11-01",
     {"marihuana_cultivation_on_public_or_trespassed_land": True},
     {"aggravating": "manager_or_supervisor", "participants": 5},
     ("error", "offense.marihuana_cultivation_on_public_or_trespassed_land", "does not exist")),
]


def _case(manual: str, offense: dict, role: dict) -> dict:
    return {"manual": manual, "offense": {"drugs": heroin("50 g"), **offense},
            "adjustments": {"role": role}, "criminal_history": {"category": "I"}}


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return calc_many(tmp_path_factory.mktemp("audit2d1"),
                     [(name, _case(manual, offense, role))
                      for name, manual, offense, role, _ in CASES])


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_edition_edge(case, results) -> None:
    name, _, _, _, expected = case
    result, error = results[name]
    if expected[0] == "error":
        refused_naming(result, error, *expected[1:])
        return
    assert result is not None, error
    _, want, total = expected
    steps_in_order(result, want, lambda s, section, level, change: (
        s["section"] == section and s["level"] == level
        and (not change or s["change"] == change[0])))
    assert result["total_offense_level"] == total
