"""§2B1.1(b) and (c) of the consolidated guideline, Nov. 1, 2001 - Oct. 31, 2010 (issue #15):
every characteristic and cross reference as each edition had it, numbered as it numbered them.

Amendment 617 did not print the text it inserted (App. C Vol. II line 5768: "A replacement
guideline ... is inserted"); the words are those later amendments quote or change, every
expected level below worked by hand from them:
- 2001 (617): (3)-(6) as the ussc.gov copy of the 2001 Manual prints them; (7) misrepresentation
  +2, floor 10 (617's reason, Vol. II lines 7285-7304); (8) sophisticated means; (9) access
  devices +2, floor 12, without authentication features (Vol. III lines 4917-4921, Amendment
  674 adds them in 2004); (10) "If the offense involved an organized scheme to steal vehicles
  or vehicle parts, and the offense level is less than level 14, increase to level 14." (Vol.
  III lines 7624-7626, as Amendment 699 struck it in 2007: no increase, a floor); (11) risk of
  death or a dangerous weapon +2, floor 14 (617's reason, Vol. II lines 7306-7316); (12)
  financial institutions; (c)(1)-(3) (2016 Manual lines 125-129, untouched from 617 to 804).
- Jan. 25, 2003 (647): "(13) If the offense involved a violation of securities law and, at the
  time of the offense, the defendant was an officer or a director of a publicly traded
  company, increase by 4 levels." (Vol. II lines 11956-11959).
- Nov. 1, 2003 (653, 654): (13) the computer paragraph (Vol. II lines 15530-15545), (14)
  securities and commodities (lines 15158-15172).
- Nov. 1, 2004 (665, 674): (7) § 1037 inserted, (7)-(14) become (8)-(15) (Vol. III lines
  2560-2565); authentication features in (10).
- Nov. 1, 2006 (685): "or veterans' memorial" in (6) (Vol. III lines 6437-6438).
- Nov. 1, 2007 (699): (11) "... to steal or to receive stolen (A) vehicles or vehicle parts;
  or (B) goods or chattels that are part of a cargo shipment, increase by 2 levels. If the
  offense level is less than level 14, increase to level 14." (Vol. III lines 7627-7631).
- Feb. 6, 2008 (714): "(16) If the offense involved fraud or theft involving any benefit ...
  in connection with a declaration of a major disaster or an emergency, increase by 2
  levels." (Vol. III lines 10335-10337).
- (c)(4) from Nov. 1, 2002 (638): "If the offense involved a cultural heritage resource,
  apply §2B1.5 ..., if the resulting offense level is greater than that determined above."
  (Vol. II lines 10284-10289).
Loss tables: 2001 (B) more than $5,000 add 2, (C) $10,000 add 4, (D) $30,000 add 6, (E)
$70,000 add 8, (F) $120,000 add 10, (H) $400,000 add 14 (tables/theft_fraud_loss_table.toml,
Amendment 617; the same lines after 647). Base level 6 (2001-2003, Vol. II line 15142), then
(a)(1) 7 with a maximum of 20 years or more, (a)(2) 6 (lines 15143-15148).
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES
from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from ussg.guidelines.cli import main

#: a Manual inside each version of tables/theft_fraud_characteristics.toml, 2001-2008
M2001, M2002, M2003A, M2003, M2005, M2006, M2007, M2008A = (
    "2001", "2002", "2003-01-25", "2003", "2005", "2006", "2007", "2008-02-06")


def _theft(tmp_path: Path, manual: str, facts: str, loss: str = "$2,000", months: int = 60,
           more: str = "") -> Path:
    """A §2B1.1 case file under ``manual``: the loss and findings, the statutory maximum."""
    path = case_file(tmp_path, "2B1.1", "theft_fraud", f'loss = "{loss}"\n{facts}', manual,
                     more)
    text = path.read_text().replace('guideline = "2B1.1"\n',
                                    f'guideline = "2B1.1"\nstatutory_maximum_months = {months}\n')
    path.write_text(text)
    return path


def _steps(capsys, path: Path) -> list[tuple[str, int | str]]:
    """Chapter Two's steps: (section, level), or (section, "not applied"/"no change")."""
    result = calc_json(capsys, path)
    return [(s["section"], s["change"] if s["change"] in ("not applied", "no change")
             else s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


# -- a worked case per era, every intermediate level --------------------------------------

WORKED = [
    # 2001 Manual: 6; loss $150,000 "(F) More than $120,000 add 10" = 16; 12 victims "(A)(i)
    # involved more than 10, but less than 50, victims" +2 = 18 (Vol. II lines 11935-11940);
    # (b)(7)(C) violation of an order +2 = 20 (not less than 10); (b)(8)(C) sophisticated
    # means +2 = 22; (b)(9)(C)(ii) five means of identification +2 = 24; (b)(10) the
    # organized scheme's floor of 14: 24 is not less, no change; (b)(11)(B) a dangerous weapon
    # +2 = 26.
    (M2001, 60, "$150,000", "victims = 12\nviolated_prior_order = true\n"
     "sophisticated_means = true\nunlawfully_produced_means_of_identification = 5\n"
     "organized_scheme_vehicles = true\npossessed_dangerous_weapon = true", "2001-11-01",
     [("§2B1.1(a)", 6), ("§2B1.1(b)(1)(F)", 16), ("§2B1.1(b)(2)(A)", 18),
      ("§2B1.1(b)(7)(C)", 20), ("§2B1.1(b)(8)", 22), ("§2B1.1(b)(9)(C)(ii)", 24),
      ("§2B1.1(b)(10)", "no change"), ("§2B1.1(b)(11)(B)", 26)]),
    # Nov. 1, 2003 Manual: (a)(1) 7 (a 240-month maximum); loss $6,000 "(B) More than
    # $5,000 add 2" = 9; (b)(5) trade secret +2 = 11; (b)(9)(A) device-making equipment +2 =
    # 13 (not less than 12); (b)(11)(A) risk of death +2 = 15 (not less than 14);
    # (b)(13)(A)(iii) § 1030 and a substantial disruption of a critical infrastructure +6 =
    # 21, "(B) If subdivision (A)(iii) applies, and the offense level is less than level 24,
    # increase to level 24"; (b)(14)(A)(i) an officer of a publicly traded company +4 = 28.
    (M2003, 240, "$6,000", "trade_secret_to_benefit_foreign_government = true\n"
     "device_making_equipment = true\nrisk_of_death_or_serious_bodily_injury = true\n"
     "convicted_under_1030 = true\ndisrupted_critical_infrastructure = true\n"
     "securities_law_violation_by_officer_or_director = true", "2003-11-01",
     [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(B)", 9), ("§2B1.1(b)(5)", 11),
      ("§2B1.1(b)(9)(A)", 13), ("§2B1.1(b)(11)(A)", 15), ("§2B1.1(b)(13)(A)(iii)", 21),
      ("§2B1.1(b)(13)", 24), ("§2B1.1(b)(14)(A)(i)", 28)]),
    # 2005 Manual (665, 674; 676-680 do not touch (b)): (a)(2) 6; loss $2,000 no increase;
    # (b)(4) stolen property business +2 = 8; (b)(7) § 1037 and improperly obtained e-mail
    # addresses +2 = 10; (b)(11) organized scheme: 10 "is less than level 14, increase to
    # level 14"; (b)(12)(B) dangerous weapon +2 = 16; (b)(15)(B) commodities +4 = 20.
    (M2005, 60, "$2,000", "receiving_stolen_property_in_business = true\n"
     "convicted_under_1037 = true\nemail_addresses_obtained_improperly = true\n"
     "organized_scheme_vehicles = true\npossessed_dangerous_weapon = true\n"
     "commodities_law_violation_by_officer_or_advisor = true", "2005-11-01",
     [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)", 6), ("§2B1.1(b)(4)", 8), ("§2B1.1(b)(7)", 10),
      ("§2B1.1(b)(11)", 14), ("§2B1.1(b)(12)(B)", 16), ("§2B1.1(b)(15)(B)", 20)]),
    # 2007 Manual (699): (a)(1) 7; loss $5,000 "(A) $5,000 or less no increase"; (b)(6)
    # veterans' memorial +2 = 9; (b)(11)(B) cargo +2 = 11, floor 14; (b)(13)(A) gross
    # receipts more than $1,000,000 from financial institutions +2 = 16, (D) floor 24.
    (M2007, 240, "$5,000", "national_cemetery_or_veterans_memorial = true\n"
     "organized_scheme_cargo = true\n"
     'financial_institution_gross_receipts = "$1,000,001"', "2007-11-01",
     [("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)", 7), ("§2B1.1(b)(6)", 9),
      ("§2B1.1(b)(11)(B)", 11), ("§2B1.1(b)(11)", 14), ("§2B1.1(b)(13)(A)", 16),
      ("§2B1.1(b)(13)", 24)]),
    # 2009 Manual (726; (c) of 617 with 638's (4)): 6; theft from the person +2 = 8; four
    # stolen firearms received: (c)(1)(B) "apply ... §2K2.1 ..., as appropriate": §2K2.1(a)(7)
    # 12, (b)(1)(A) 3-7 firearms +2 = 14, (b)(4)(A) not applied (a § 922(j) offense at
    # (a)(7)); the level is 14.
    ("2009", 120, "$3,000", "theft_from_the_person = true\n"
     "[offense.theft_fraud.cross_reference]\n"
     'ground = "firearm_explosive_or_drug_taken"\nguideline = "2K2.1"\n'
     "[offense.theft_fraud.cross_reference.firearms]\n"
     'convicted_under = ["922(j)"]\nnumber_of_firearms = 4\nstolen = true\n'
     "qualifying_prior_felony_convictions = 0", "2009-11-01",
     [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)", 6), ("§2B1.1(b)(3)", 8), ("§2K2.1(a)(7)", 12),
      ("§2K2.1(b)(1)(A)", 14), ("§2K2.1(b)(4)(A)", "not applied"), ("§2B1.1(c)(1)", 14)]),
]


@pytest.mark.parametrize("manual,months,loss,facts,edition,expected", WORKED)
def test_worked_case_per_era(tmp_path: Path, capsys, manual: str, months: int, loss: str,
                             facts: str, edition: str, expected: list) -> None:
    path = _theft(tmp_path, manual, facts, loss, months)
    result = calc_json(capsys, path)
    assert result["edition"] == edition
    assert _steps(capsys, path) == expected
    assert result["total_offense_level"] == expected[-1][1]


def test_the_2008_disaster_fraud_paragraph(tmp_path: Path, capsys) -> None:
    """The Nov. 1, 2007 Manual as amended Feb. 6, 2008 (714): 6; loss $12,000 "(C) More than
    $10,000 add 4" = 10; 10 victims "(A)(i) involved 10 or more victims" +2 = 12 (647); (16)
    disaster-benefit fraud +2 = 14."""
    path = _theft(tmp_path, M2008A, "victims = 10\ndisaster_or_emergency_benefit_fraud = true",
                  "$12,000")
    assert _steps(capsys, path) == [("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)(C)", 10),
                                    ("§2B1.1(b)(2)(A)", 12), ("§2B1.1(b)(16)", 14)]


def test_the_2003_officer_paragraph(tmp_path: Path, capsys) -> None:
    """Jan. 25, 2003 (647): base 6 (653 made (a)(1) in Nov. 2003), loss $2,000 no increase,
    (13) an officer of a publicly traded company +4 = 10."""
    path = _theft(tmp_path, M2003A, "securities_law_violation_by_officer_or_director = true")
    assert _steps(capsys, path) == [("§2B1.1(a)", 6), ("§2B1.1(b)(1)", 6),
                                    ("§2B1.1(b)(13)", 10)]


# -- each paragraph in each version, numbered as the version numbers it --------------------

# (facts, the paragraph's meaning, the steps after "§2B1.1(a)" 6 and loss $2,000 6: (suffix,
# level), "P" the paragraph as the version numbers it)
MEANINGS = [
    ("theft_from_the_person = true", "person", [("P", 8)]),
    ("receiving_stolen_property_in_business = true", "business", [("P", 8)]),
    ("trade_secret_to_benefit_foreign_government = true", "trade", [("P", 8)]),
    ("national_cemetery_or_veterans_memorial = true", "cemetery", [("P", 8)]),
    ("convicted_under_1037 = true\nemail_addresses_obtained_improperly = true", "email",
     [("P", 8)]),
    ("misrepresented_acting_for_charity_or_government = true", "misrep",
     [("P(A)", 8), ("P", 10)]),
    ("misrepresented_higher_education_financial_assistance = true", "misrep",
     [("P(D)", 8), ("P", 10)]),
    ("device_making_equipment = true", "access", [("P(A)", 8), ("P", 12)]),
    ("produced_or_trafficked_unauthorized_or_counterfeit_access_devices = true", "access",
     [("P(B)", 8), ("P", 12)]),
    ("identification_used_to_obtain_other_identification = true", "access",
     [("P(C)(i)", 8), ("P", 12)]),
    ("unlawfully_produced_means_of_identification = 4", "access", [("P", "not applied")]),
    ("unlawfully_produced_means_of_identification = 5", "access",
     [("P(C)(ii)", 8), ("P", 12)]),
    ("risk_of_death_or_serious_bodily_injury = true", "risk", [("P(A)", 8), ("P", 14)]),
    ("possessed_dangerous_weapon = true", "risk", [("P(B)", 8), ("P", 14)]),
    ("convicted_under_1030 = true\ncritical_infrastructure_or_government_computer = true",
     "computer", [("P(A)(i)", 8)]),
    ("convicted_under_1030 = true\nintent_to_obtain_personal_information = true",
     "computer", [("P(A)(i)", 8)]),
    ("convicted_under_1030 = true\nconvicted_under_1030_a5a_i = true", "computer",
     [("P(A)(ii)", 10)]),
    ("securities_law_violation_by_officer_broker_or_adviser = true", "securities",
     [("P(A)", 10)]),
    ("commodities_law_violation_by_officer_or_advisor = true", "securities", [("P(B)", 10)]),
    ("disaster_or_emergency_benefit_fraud = true", "disaster", [("P", 8)]),
]
BEFORE_2004 = {"person": 3, "business": 4, "trade": 5, "cemetery": 6, "misrep": 7,
               "access": 9, "risk": 11}
FROM_2004 = {"person": 3, "business": 4, "trade": 5, "cemetery": 6, "email": 7, "misrep": 8,
             "access": 10, "risk": 12, "computer": 14, "securities": 15}
NUMBERS = {
    M2001: BEFORE_2004, M2002: BEFORE_2004, M2003A: BEFORE_2004,
    M2003: {**BEFORE_2004, "computer": 13, "securities": 14},
    M2005: FROM_2004, M2006: FROM_2004, M2007: FROM_2004,
    M2008A: {**FROM_2004, "disaster": 16},
}


@pytest.mark.parametrize("manual,facts,meaning,steps", [
    (manual, *entry) for manual in NUMBERS for entry in MEANINGS if entry[1] in NUMBERS[manual]])
def test_each_paragraph_at_its_number(tmp_path: Path, capsys, manual: str, facts: str,
                                      meaning: str, steps: list) -> None:
    section = f"§2B1.1(b)({NUMBERS[manual][meaning]})"
    base = "§2B1.1(a)" if manual in (M2001, M2002, M2003A) else "§2B1.1(a)(2)"
    expected = [(suffix.replace("P", section), level) for suffix, level in steps]
    assert _steps(capsys, _theft(tmp_path, manual, facts)) == [
        (base, 6), ("§2B1.1(b)(1)", 6), *expected]


@pytest.mark.parametrize("manual,facts,field", [
    (M2001, "organized_scheme_cargo = true", "organized_scheme_cargo"),  # 699 (2007)
    (M2006, "organized_scheme_cargo = true", "organized_scheme_cargo"),
    (M2003, "convicted_under_1037 = true\nemail_addresses_obtained_improperly = true",
     "convicted_under_1037"),  # 665 (2004)
    (M2002, "convicted_under_1030 = true\nconvicted_under_1030_a5a_i = true",
     "convicted_under_1030"),  # 654 (Nov. 2003)
    (M2003A, "securities_law_violation_by_officer_broker_or_adviser = true",
     "securities_law_violation_by_officer_broker_or_adviser"),  # 653 (Nov. 2003)
    (M2002, "securities_law_violation_by_officer_or_director = true",
     "securities_law_violation_by_officer_or_director"),  # 647 (Jan. 2003)
    (M2003, "device_making_equipment_or_authentication_feature = true",
     "device_making_equipment_or_authentication_feature"),  # 674 (2004)
    (M2001, "produced_or_trafficked_access_devices = true",
     "produced_or_trafficked_access_devices"),
    (M2007, "disaster_or_emergency_benefit_fraud = true",
     "disaster_or_emergency_benefit_fraud"),  # 714 (Feb. 6, 2008)
    ("2008", "disaster_or_emergency_benefit_fraud = true",
     "disaster_or_emergency_benefit_fraud"),  # struck by 719 (Nov. 1, 2008)
    (M2008A, "conduct_described_in_1040 = true", "conduct_described_in_1040"),  # 719
    (M2007, "public_dissemination_of_personal_information = true",
     "public_dissemination_of_personal_information"),  # 726 (2009)
    (M2005, "government_health_care_program_offense = true", "government_health_care"),
    (M2005, "trade_secret_out_of_united_states = true", "trade_secret_out_of_united_states"),
    (M2005, "conduct_described_in_670 = true", "conduct_described_in_670"),
])
def test_a_paragraph_the_edition_lacks_is_refused(tmp_path: Path, capsys, manual: str,
                                                  facts: str, field: str) -> None:
    error = calc_refused(capsys, _theft(tmp_path, manual, facts))
    assert f"offense.theft_fraud.{field}" in error and "Traceback" not in error


def test_the_earlier_narrow_facts_count_in_later_editions(tmp_path: Path, capsys) -> None:
    """The 2025 (b)(11)(A) names "(i) device-making equipment", (b)(20)(A) "(i) an officer
    or a director of a publicly traded company" (2025 Manual, §2B1.1 lines 92-257): the
    facts of 2001 and Jan. 2003 are clauses of them. 6 +2 = 8, floor 12; then +4 = 16."""
    path = _theft(tmp_path, "2025", "device_making_equipment = true\n"
                  "securities_law_violation_by_officer_or_director = true")
    assert _steps(capsys, path) == [
        ("§2B1.1(a)(2)", 6), ("§2B1.1(b)(1)", 6), ("§2B1.1(b)(11)(A)", 8),
        ("§2B1.1(b)(11)", 12), ("§2B1.1(b)(20)(A)(i)", 16)]


# -- the floors, just below, at and just above ---------------------------------------------

@pytest.mark.parametrize("manual,months,loss,facts,expected", [
    # 2001 (10), a floor without increase (Vol. III lines 7624-7626): 6 + (E) 8 = 14 is not
    # less than 14; (D) 6 + 6 = 12 is; (F) 6 + 10 = 16 is not.
    (M2001, 60, "$30,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(D)", 12), ("§2B1.1(b)(10)", 14)]),
    (M2001, 60, "$70,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(E)", 14), ("§2B1.1(b)(10)", "no change")]),
    (M2001, 60, "$120,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(F)", 16), ("§2B1.1(b)(10)", "no change")]),
    # 2005 (11) (still 617's words; 665 renumbered): (a)(1) 7 + (D) 6 = 13 -> 14; 6 + 8 = 14
    # no change; 7 + 8 = 15 no change.
    (M2005, 240, "$30,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(D)", 13), ("§2B1.1(b)(11)", 14)]),
    (M2005, 60, "$70,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(E)", 14), ("§2B1.1(b)(11)", "no change")]),
    (M2005, 240, "$70,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(E)", 15), ("§2B1.1(b)(11)", "no change")]),
    # 2007 (11) after 699: +2, then the floor: 7 + 4 + 2 = 13 -> 14; 6 + 6 + 2 = 14; 7 + 6 +
    # 2 = 15.
    (M2007, 240, "$10,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(C)", 11), ("§2B1.1(b)(11)(A)", 13), ("§2B1.1(b)(11)", 14)]),
    (M2007, 60, "$30,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(D)", 12), ("§2B1.1(b)(11)(A)", 14)]),
    (M2007, 240, "$30,001", "organized_scheme_vehicles = true",
     [("§2B1.1(b)(1)(D)", 13), ("§2B1.1(b)(11)(A)", 15)]),
    # 2001 (7), floor 10: 6 + 2 = 8 -> 10; (B) 8 + 2 = 10; (C) 10 + 2 = 12.
    (M2001, 60, "$5,000", "violated_prior_order = true",
     [("§2B1.1(b)(1)", 6), ("§2B1.1(b)(7)(C)", 8), ("§2B1.1(b)(7)", 10)]),
    (M2001, 60, "$5,001", "violated_prior_order = true",
     [("§2B1.1(b)(1)(B)", 8), ("§2B1.1(b)(7)(C)", 10)]),
    (M2001, 60, "$10,001", "violated_prior_order = true",
     [("§2B1.1(b)(1)(C)", 10), ("§2B1.1(b)(7)(C)", 12)]),
    # 2003 (9), floor 12: (2003 (a)(1)) 7 + 2 + 2 = 11 -> 12; 6 + 4 + 2 = 12; 7 + 4 + 2 = 13.
    (M2003, 240, "$5,001", "device_making_equipment = true",
     [("§2B1.1(b)(1)(B)", 9), ("§2B1.1(b)(9)(A)", 11), ("§2B1.1(b)(9)", 12)]),
    (M2003, 60, "$10,001", "device_making_equipment = true",
     [("§2B1.1(b)(1)(C)", 10), ("§2B1.1(b)(9)(A)", 12)]),
    (M2003, 240, "$10,001", "device_making_equipment = true",
     [("§2B1.1(b)(1)(C)", 11), ("§2B1.1(b)(9)(A)", 13)]),
    # 2006 (12), floor 14: 7 + 4 + 2 = 13 -> 14; 6 + 6 + 2 = 14; 7 + 6 + 2 = 15.
    (M2006, 240, "$10,001", "risk_of_death_or_serious_bodily_injury = true",
     [("§2B1.1(b)(1)(C)", 11), ("§2B1.1(b)(12)(A)", 13), ("§2B1.1(b)(12)", 14)]),
    (M2006, 60, "$30,001", "risk_of_death_or_serious_bodily_injury = true",
     [("§2B1.1(b)(1)(D)", 12), ("§2B1.1(b)(12)(A)", 14)]),
    (M2006, 240, "$30,001", "risk_of_death_or_serious_bodily_injury = true",
     [("§2B1.1(b)(1)(D)", 13), ("§2B1.1(b)(12)(A)", 15)]),
    # 2005 (14) computers, floor 24 with (A)(iii): 6 + 14 ((H) more than $400,000) + 6 = 26
    # is not less than 24; 6 + 10 + 6 = 22 -> 24; 7 + 10 + 6 = 23 -> 24.
    (M2005, 60, "$400,001", "convicted_under_1030 = true\n"
     "disrupted_critical_infrastructure = true",
     [("§2B1.1(b)(1)(H)", 20), ("§2B1.1(b)(14)(A)(iii)", 26)]),
    (M2005, 60, "$120,001", "convicted_under_1030 = true\n"
     "disrupted_critical_infrastructure = true",
     [("§2B1.1(b)(1)(F)", 16), ("§2B1.1(b)(14)(A)(iii)", 22), ("§2B1.1(b)(14)", 24)]),
    (M2005, 240, "$120,001", "convicted_under_1030 = true\n"
     "disrupted_critical_infrastructure = true",
     [("§2B1.1(b)(1)(F)", 17), ("§2B1.1(b)(14)(A)(iii)", 23), ("§2B1.1(b)(14)", 24)]),
])
def test_floors_below_at_and_above(tmp_path: Path, capsys, manual: str, months: int,
                                   loss: str, facts: str, expected: list) -> None:
    assert _steps(capsys, _theft(tmp_path, manual, facts, loss, months))[1:] == expected


# -- (c), Nov. 1, 2001 - Oct. 31, 2010 -------------------------------------------------------

def _cross(table: str) -> str:
    return f"[offense.theft_fraud.cross_reference]\n{table}"


STOLEN_GUNS = _cross('ground = "firearm_explosive_or_drug_taken"\nguideline = "2K2.1"\n'
                     "[offense.theft_fraud.cross_reference.firearms]\n"
                     'convicted_under = ["922(j)"]\nnumber_of_firearms = 4\nstolen = true\n'
                     "qualifying_prior_felony_convictions = 0")


def test_c1_applies_2k2_1_as_appropriate_even_when_lower(tmp_path: Path, capsys) -> None:
    """2002: (c)(1) applies the guideline named "as appropriate" (2016 line 125, the words
    from 617; not the theft guideline's "if the resulting offense level is greater", Vol. II
    lines 5566-5582): loss $600,000 "(H) More than $400,000 add 14" = 20; §2K2.1 14."""
    steps = _steps(capsys, _theft(tmp_path, M2002, STOLEN_GUNS, "$600,000"))
    assert steps[:2] == [("§2B1.1(a)", 6), ("§2B1.1(b)(1)(H)", 20)]
    assert steps[-1] == ("§2B1.1(c)(1)", 14)


@pytest.mark.parametrize("manual", [M2001, M2005, "2009"])
def test_c2_arson_only_if_greater(tmp_path: Path, capsys, manual: str) -> None:
    """(c)(2) "apply §2K1.4 ..., if the resulting offense level is greater than that
    determined above" (2016 line 127): 20 > 6 applied; 6 not greater, not applied."""
    table = 'ground = "arson_or_explosive_damage"\nguideline = "2K1.4"\noffense_level = '
    assert _steps(capsys, _theft(tmp_path, manual, _cross(table + "20")))[-1] == (
        "§2B1.1(c)(2)", 20)
    assert _steps(capsys, _theft(tmp_path, manual, _cross(table + "6")))[-1] == (
        "§2B1.1(c)(2)", "not applied")


def test_c3_applies_the_other_guideline(tmp_path: Path, capsys) -> None:
    """2007: (c)(3) "apply that other guideline" (2016 line 129; 617's reason, Vol. II lines
    7334-7341): §2B3.1 as determined, 22."""
    table = ('ground = "false_statement_statute_other_offense"\nguideline = "2B3.1"\n'
             "offense_level = 22")
    assert _steps(capsys, _theft(tmp_path, M2007, _cross(table)))[-1] == ("§2B1.1(c)(3)", 22)


@pytest.mark.parametrize("manual,level,expected", [
    (M2002, 20, 20), (M2005, 20, 20), ("2009", 20, 20), ("2009", 6, "not applied")])
def test_c4_cultural_heritage_from_amendment_638(tmp_path: Path, capsys, manual: str,
                                                 level: int, expected: int | str) -> None:
    """(c)(4) from Nov. 1, 2002 (Vol. II lines 10284-10289): §2B1.5 if greater."""
    table = ('ground = "cultural_heritage_or_paleontological_resource"\nguideline = "2B1.5"\n'
             f"offense_level = {level}")
    assert _steps(capsys, _theft(tmp_path, manual, _cross(table)))[-1] == (
        "§2B1.1(c)(4)", expected)


def test_c4_before_amendment_638_is_refused(tmp_path: Path, capsys) -> None:
    """The 2001 Manual's (c) has (1)-(3) only (638 added (4) on Nov. 1, 2002)."""
    table = ('ground = "cultural_heritage_or_paleontological_resource"\nguideline = "2B1.5"\n'
             "offense_level = 20")
    error = calc_refused(capsys, _theft(tmp_path, M2001, _cross(table)))
    assert "offense.theft_fraud.cross_reference.ground" in error
    assert "(c)(1) “" in error and "(c)(3) “" in error and "(c)(4)" not in error


# -- monotone over the real tables ---------------------------------------------------------

FLAGS = {M2001: ["theft_from_the_person", "violated_prior_order", "sophisticated_means",
                 "device_making_equipment", "organized_scheme_vehicles",
                 "possessed_dangerous_weapon"],
         M2003: ["trade_secret_to_benefit_foreign_government", "fraud_in_bankruptcy_proceeding",
                 "organized_scheme_vehicles", "risk_of_death_or_serious_bodily_injury",
                 "securities_law_violation_by_officer_or_director"],
         M2007: ["national_cemetery_or_veterans_memorial", "organized_scheme_cargo",
                 "device_making_equipment_or_authentication_feature",
                 "possessed_dangerous_weapon",
                 "commodities_law_violation_by_officer_or_advisor"],
         M2008A: ["receiving_stolen_property_in_business", "disaster_or_emergency_benefit_fraud",
                  "organized_scheme_vehicles", "misrepresented_acting_for_charity_or_government"]}


def _level(tmp_path: Path, manual: str, facts: list[str], dollars: int) -> int:
    path = _theft(tmp_path, manual, "\n".join(f"{name} = true" for name in facts),
                  f"${dollars:,}")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["calc", str(path), "--format", "json"]) == 0
    return json.loads(out.getvalue())["total_offense_level"]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), manual=st.sampled_from(sorted(FLAGS)),
       dollars=st.integers(min_value=0, max_value=50_000_000))
def test_more_characteristics_never_lower_the_level(tmp_path: Path, data, manual: str,
                                                     dollars: int) -> None:
    """Over each version's real paragraphs and loss table: a characteristic added never
    lowers the level, nor does more loss; the level stays within 1-43."""
    facts = data.draw(st.lists(st.sampled_from(FLAGS[manual]), unique=True, max_size=3))
    extra = data.draw(st.sampled_from([f for f in FLAGS[manual] if f not in facts]))
    fewer = _level(tmp_path, manual, facts, dollars)
    more = _level(tmp_path, manual, [*facts, extra], dollars)
    richer = _level(tmp_path, manual, facts, dollars + 100_000)
    assert fewer <= more and fewer <= richer
    assert all(1 <= level <= 43 for level in (fewer, more, richer))


def test_the_example_gives_what_its_comments_work_by_hand(capsys) -> None:
    """examples/charity-fraud-2003.toml: 7, 13, 17, 19, 21; 37-46 months."""
    result = calc_json(capsys, EXAMPLES / "charity-fraud-2003.toml")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B1.1(a)(1)", 7), ("§2B1.1(b)(1)(D)", 13), ("§2B1.1(b)(2)(B)", 17),
        ("§2B1.1(b)(7)(A)", 19), ("§2B1.1(b)(9)(C)(ii)", 21)]
    assert result["edition"] == "2003-11-01"
    assert (result["range"]["min_months"], result["range"]["max_months"]) == (37, 46)
