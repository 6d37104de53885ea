"""An independent second reading of §2K2.1 against the 2025 and 2016 Manuals (task auditch2):
interactions the guideline's own tests leave out. Sources:
- 2025: /work/shared/reference/ussg/manual_2025/GLM2025_fulltext.txt lines 13591-13826
  ((a) 13594-13643, (b)(1)-(5) and the cap 13645-13712, (b)(6)-(10) 13714-13805),
  comment. (n.8(A)) lines 13910-13929, (n.10) 13947-13956
- 2016: /work/shared/reference/ussg/manual_2016/GLM2016_fulltext.txt lines 7465-7533
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import (NO_PRIORS, chapter_two, firearm_case,
                                                        level, run)


def test_2025_cap_of_29_counts_machinegun_conversion_devices(tmp_path, capsys):
    """2025: "The cumulative offense level determined from the application of subsections
    (b)(1) through (b)(5) may not exceed level 29" (lines 13709-13711). (a)(2) 24 (two
    priors); (b)(1)(B) 8 firearms +4 = 28; (b)(5)(A)(i) four conversion devices +2 = 30;
    capped at 29."""
    code, result = run(tmp_path, capsys, firearm_case(
        "qualifying_prior_felony_convictions = 2\nnumber_of_firearms = 8\n"
        "machinegun_conversion_devices_possessed = 4"))
    assert code == 0, result
    assert [lv for _, lv in chapter_two(result)] == [24, 28, 30, 29]


@pytest.mark.parametrize("manual,paragraph", [("2025", "(b)(7)"), ("2016", "(b)(6)")])
def test_the_cap_does_not_reach_the_later_paragraphs(tmp_path, capsys, manual, paragraph):
    """The cap stops at (b)(4) (2016, line 7515) / (b)(5) (2025): (a)(1) 26 (two priors and a
    § 5845(a) firearm) + (b)(1)(E) 200 firearms +10 = 36, capped at 29; then in connection
    with another felony +4 = 33 (2016 (b)(6)(B) lines 7519-7525; 2025 (b)(7)(B) lines
    13760-13767)."""
    code, result = run(tmp_path, capsys, firearm_case(
        "nfa_firearm = true\nqualifying_prior_felony_convictions = 2\n"
        "number_of_firearms = 200\nin_connection_with_another_felony = true", manual=manual))
    assert code == 0, result
    steps = chapter_two(result)
    assert [lv for _, lv in steps] == [26, 36, 29, 33]
    assert steps[-1][0] == f"§2K2.1{paragraph}(B)"


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_lawful_sporting_with_a_prohibited_person_base_of_14(tmp_path, capsys, manual):
    """(b)(2) excludes only "a defendant subject to subsection (a)(1), (a)(2), (a)(3), (a)(4),
    or (a)(5)" (2025 lines 13660-13664; 2016 line 7505): a prohibited person ((a)(6), 14)
    with 4 firearms (+2 = 16) for lawful sporting purposes: "decrease the offense level
    determined above to level 6"."""
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "prohibited_person = true\nnumber_of_firearms = 4\n"
        "lawful_sporting_or_collection = true", manual=manual))
    assert code == 0, result
    assert [lv for _, lv in chapter_two(result)] == [14, 16, 6]


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_stolen_and_serial_number_the_greater_only(tmp_path, capsys, manual):
    """(b)(4) "If (A) any firearm was stolen, increase by 2 levels; or (B) ..., increase by 4
    levels" (2025 lines 13676-13683; 2016 line 7513): both facts give 4, not 6: 12 + 4."""
    serial = ("serial_number_illegible" if manual == "2025"
              else "altered_or_obliterated_serial_number")
    assert level(tmp_path, capsys, NO_PRIORS + f"stolen = true\n{serial} = true",
                 manual=manual) == 16


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_stolen_firearm_offense_with_a_base_above_a7(tmp_path, capsys, manual):
    """comment. (n.8(A)) withholds (b)(4)(A) only where "the base offense level is determined
    under subsection (a)(7)" (2025 lines 13911-13915): convicted under § 922(j) alone, a
    prohibited person ((a)(6) 14), stolen: +2 = 16; not a prohibited person ((a)(7) 12): 12."""
    facts = NO_PRIORS + 'convicted_under = ["922(j)"]\nstolen = true\n'
    assert level(tmp_path, capsys, facts + "prohibited_person = true", manual=manual) == 16
    assert level(tmp_path, capsys, facts, manual=manual) == 12


def test_2025_serial_number_offense_with_a_stolen_firearm(tmp_path, capsys):
    """comment. (n.8(A)) second paragraph (2025 lines 13923-13929): convicted under § 922(k)
    only, base (a)(7): not (b)(4)(B)(i); "However, if the offense involved a stolen firearm
    ... apply subsection (b)(4)(A)": 12 + 2 = 14."""
    assert level(tmp_path, capsys, NO_PRIORS + 'convicted_under = ["922(k)"]\n'
                 "serial_number_illegible = true\nstolen = true") == 14


@pytest.mark.parametrize("manual", ["2025", "2016"])
def test_one_prior_with_a_5845a_firearm_is_a3(tmp_path, capsys, manual):
    """(a)(3) 22: a § 5845(a) firearm and "one felony conviction of either a crime of violence
    or a controlled substance offense" (2025 lines 13603-13607; 2016 line 7473); without the
    firearm (a)(4)(A) 20."""
    assert level(tmp_path, capsys, "qualifying_prior_felony_convictions = 1\n"
                 "nfa_firearm = true", manual=manual) == 22
    assert level(tmp_path, capsys, "qualifying_prior_felony_convictions = 1",
                 manual=manual) == 20


def test_2025_trafficking_greatest_then_group(tmp_path, capsys):
    """2025 (b)(6) "(Apply the Greatest)": (B) +2 and (C) two or more firearms +5, only +5
    (lines 13714-13744); 3 firearms (b)(1)(A) +2; (b)(9) group +2 (lines 13775-13790):
    12 + 2 + 5 + 2 = 21."""
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "number_of_firearms = 3\ntransferred_to_prohibited_or_unlawful_user = true\n"
        "transferred_two_or_more_to_listed_individual = true\ncriminal_group = true"))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(1)(A)", 14),
                                   ("§2K2.1(b)(6)(C)", 19), ("§2K2.1(b)(9)", 21)]


def test_2016_regulatory_base_of_6_and_an_unknown_fact_refused(tmp_path, capsys):
    """2016 (a)(8) 6 for § 922(m) (line 7487); the 2025 trafficking tiers are not in the 2016
    Manual (its (b)(5) is "engaged in the trafficking of firearms", line 7517): exit 2 naming
    the field."""
    assert level(tmp_path, capsys, NO_PRIORS + 'convicted_under = ["922(m)"]',
                 manual="2016") == 6
    code, err = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "transferred_two_or_more_to_listed_individual = true", manual="2016"))
    assert code == 2 and "transferred_two_or_more_to_listed_individual" in err
