"""§2C1.1 (Offering, Giving, Soliciting, or Receiving a Bribe; Extortion Under Color of Official
Right; ...), issue #15: every edge of the value paragraph in each version of tables/bribery.toml
(through the loss table the same edition has: §2F1.1's until Oct. 31, 2001, §2B1.1's after),
the alternatives before Nov. 1, 2004, the floor of (b)(3), (b)(4), the cross references, the
note on §3B1.3, a worked case per era through the real command line, the refusals;
hypothesis: a greater amount never lowers the level.

Sources (under /work/shared/reference/ussg/):
  B2016 = manual_2016/GLM2016_fulltext.txt lines 3335-3363 (§2C1.1 from Nov. 1, 2015): (a)(1)
          14, (a)(2) 12 (lines 3339-3341); (b)(2) "exceeded $6,500" (line 3347); (b)(3) +4,
          "less than level 18, increase to level 18" (line 3349); (b)(4) +2 (line 3351); (c)
          lines 3355-3359; note 6 "Do not apply §3B1.3" (line 3403)
  B2025 = manual_2025/GLM2025_fulltext.txt lines 7046-7110 (the same (a)-(d))
  A666  = appendix_c_2016/APPENDIX_C_Vol_III.txt lines 2652-2704 (the §2C1.1 struck: (a) 10,
          (b)(2)(A) "(i) exceeded $2,000 but did not exceed $5,000, increase by 1 level; or (ii)
          exceeded $5,000", (B) +8, "(If more than one applies, use the greater)"; note 3 at
          lines 2726-2730) and 2868-2928 (the new one: (b)(2) "exceeded $5,000")
  A617  = appendix_c_2016/APPENDIX_C_Vol_II.txt lines 6555-6559 (the (b)(2)(A) struck:
          "exceeded $2,000, increase by the corresponding number of levels from the table in
          §2F1.1")
  A367  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 8482-8505 (before Nov. 1, 1991: "bribe",
          no loss to the government, (c)(1) §2X3.1)
  A121  = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 2048-2052 ((b)(1) more than one bribe,
          from Nov. 1, 1989; before it "Apply the greater")
  F1987 = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3104-3117 (§2F1.1's original table, in
          whole dollars: (B) $2,001 - $5,000 add 1, (C) $5,001 - $10,000 add 2, (D) $10,001 -
          $20,000 add 3)
  F1989 = appendix_c_2016/APPENDIX_C_Vol_I.txt lines 3119-3138 (more than $2,000 add 1, $5,000
          add 2, $10,000 add 3, $20,000 add 4, ..., $120,000 add 7, $200,000 add 8, $350,000
          add 9)
  L2001 = appendix_c_2016/APPENDIX_C_Supplement.txt lines 4576-4595 (the §2B1.1 table Amendment
          791 struck: more than $5,000 add 2, $10,000 add 4, $30,000 add 6)
  L2016 = sections/2016/USSG_2B1.1_2016.txt lines 13-47 (more than $6,500 add 2, $15,000 add
          4, $40,000 add 6, $95,000 add 8, $150,000 add 10)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ussg.guidelines.case.model import Case

from tests.manual.ch2.chapter_two_cli import calc_json as _run
from tests.manual.ch2.chapter_two_cli import calc_refused as _refused
from tests.manual.ch2.chapter_two_cli import case_file
from tests.conftest import ROOT
from tests.strategies import computed

EXAMPLE = ROOT / "examples" / "bribery-2c1.1-2025.toml"

F1987_ERA = ["1987-11-01", "1988-01-15"]  # (b)(1): §2F1.1's whole-dollar table, no (b)(1) bribes
F1989_ERA = ["1990-11-01", "1993-11-01", "1998-11-01"]  # (b)(2)(A): §2F1.1's 1989 table
BAND_ERA = ["2001-11-01", "2003-11-01"]  # Amendment 617: (i) the band, (ii) §2B1.1's table
A666_ERA = ["2004-11-01", "2010-11-01", "2014-11-01"]  # Amendment 666: $5,000
A791_ERA = ["2015-11-01", "2016", "2024-11-01", "2025"]  # Amendment 791: $6,500
EDITIONS = F1987_ERA + F1989_ERA + BAND_ERA + A666_ERA + A791_ERA


def _case(tmp_path: Path, bribery: str, manual: str, more: str = "") -> Path:
    return case_file(tmp_path, "2C1.1", "bribery", bribery, manual, more)


def _level(capsys, tmp_path: Path, bribery: str, manual: str) -> int:
    return _run(capsys, _case(tmp_path, bribery, manual))["total_offense_level"]


def _chapter_two(result: dict) -> list[tuple[str, int]]:
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def _step(result: dict, section: str) -> dict:
    return next(s for s in result["steps"] if s["section"] == section)


# -- the value: every edge of every version ------------------------------------------------

# A666 (struck, as in 1987): (a) 10; (b)(1) (1987) over $2,000: F1987, whole dollars.
F1987_EDGES = [("$2,000", 10), ("$2,001", 11), ("$5,000", 11), ("$5,001", 12),
               ("$10,000", 12), ("$10,001", 13)]
# A617 (struck): over $2,000 the §2F1.1 table, F1989 from Nov. 1, 1989.
F1989_EDGES = [("$1,999.99", 10), ("$2,000", 10), ("$2,000.01", 11), ("$5,000", 11),
               ("$5,000.01", 12), ("$10,000", 12), ("$10,000.01", 13), ("$20,000", 13),
               ("$20,000.01", 14)]
# A666 (struck): (i) +1 over $2,000 through $5,000; (ii) over $5,000 L2001.
BAND_EDGES = [("$1,999.99", 10), ("$2,000", 10), ("$2,000.01", 11), ("$4,999.99", 11),
              ("$5,000", 11), ("$5,000.01", 12), ("$10,000", 12), ("$10,000.01", 14),
              ("$30,000", 14), ("$30,000.01", 16)]
# A666 (inserted): (a)(2) 12; (b)(2) over $5,000 L2001.
A666_EDGES = [("$4,999.99", 12), ("$5,000", 12), ("$5,000.01", 14), ("$10,000", 14),
              ("$10,000.01", 16), ("$30,000", 16), ("$30,000.01", 18)]
# B2016/B2025: (a)(2) 12; (b)(2) over $6,500 L2016.
A791_EDGES = [("$6,499.99", 12), ("$6,500", 12), ("$6,500.01", 14), ("$15,000", 14),
              ("$15,000.01", 16), ("$40,000", 16), ("$40,000.01", 18)]


@pytest.mark.parametrize("manual", F1987_ERA)
@pytest.mark.parametrize("amount,level", F1987_EDGES)
def test_value_edges_1987_fraud_table(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'payment = "{amount}"', manual) == level


@pytest.mark.parametrize("manual", F1989_ERA)
@pytest.mark.parametrize("amount,level", F1989_EDGES)
def test_value_edges_1989_to_2001_fraud_table(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'benefit = "{amount}"', manual) == level


@pytest.mark.parametrize("manual", BAND_ERA)
@pytest.mark.parametrize("amount,level", BAND_EDGES)
def test_value_edges_2001_to_2004(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'loss_to_government = "{amount}"', manual) == level


@pytest.mark.parametrize("manual", A666_ERA)
@pytest.mark.parametrize("amount,level", A666_EDGES)
def test_value_edges_2004_to_2015(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'obtained_by_official = "{amount}"', manual) == level


@pytest.mark.parametrize("manual", A791_ERA)
@pytest.mark.parametrize("amount,level", A791_EDGES)
def test_value_edges_from_2015(capsys, tmp_path, manual, amount, level):
    assert _level(capsys, tmp_path, f'payment = "{amount}"', manual) == level


def test_cents_between_two_whole_dollar_lines_are_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'payment = "$2,000.50"', "1988-01-15"))
    assert "offense.bribery.payment" in err and "whole dollars" in err


def test_the_band_and_the_table_are_named(capsys, tmp_path):
    # A666 (struck) (b)(2)(A)(i) and (ii)
    one = _run(capsys, _case(tmp_path, 'payment = "$3,000"', "2003-11-01"))
    assert _chapter_two(one)[-1] == ("§2C1.1(b)(2)(A)(i)", 11)
    table = _run(capsys, _case(tmp_path, 'payment = "$12,000"', "2003-11-01"))
    assert _chapter_two(table)[-1] == ("§2C1.1(b)(2)(A)(ii)", 14)
    assert "(C) More than $10,000 add 4" in _step(table, "§2C1.1(b)(2)(A)(ii)")["reason"]


def test_the_greatest_amount_is_read(capsys, tmp_path):
    # B2016 (b)(2): "whichever is greatest"; $41,000 obtained by the official is more than
    # $40,000 in L2016: +6
    result = _run(capsys, _case(tmp_path, 'payment = "$5,000"\nbenefit = "$12,000"\n'
                                'obtained_by_official = "$41,000"\n'
                                'loss_to_government = "$20,000"', "2016"))
    step = _step(result, "§2C1.1(b)(2)")
    assert step["level"] == 18 and "obtained_by_official $41,000" in step["reason"]
    assert "(D) More than $40,000 add 6" in step["reason"]


# -- (b)(1), (b)(3), (b)(4) ----------------------------------------------------------------

@pytest.mark.parametrize("manual,base", [("1990-11-01", 10), ("2003-11-01", 10),
                                         ("2010-11-01", 12), ("2025", 12)])
def test_more_than_one_bribe(capsys, tmp_path, manual, base):
    # A121 (b)(1), from Nov. 1, 1989: +2
    assert _level(capsys, tmp_path, "more_than_one_bribe = true", manual) == base + 2


@pytest.mark.parametrize("manual", A666_ERA + A791_ERA)
def test_high_level_official_floor_of_18(capsys, tmp_path, manual):
    # B2016 (b)(3) (A666 inserted it): 12 + 4 = 16, less than 18: increased to 18
    result = _run(capsys, _case(tmp_path, "high_level_official = true", manual))
    assert _chapter_two(result) == [("§2C1.1(a)(2)", 12), ("§2C1.1(b)(3)", 16),
                                    ("§2C1.1(b)(3)", 18)]


def test_high_level_official_at_the_floor(capsys, tmp_path):
    # 12 + 2 ((b)(1)) + 4 = 18: not less than 18, no step to the floor
    result = _run(capsys, _case(tmp_path, "more_than_one_bribe = true\n"
                                "high_level_official = true", "2016"))
    assert _chapter_two(result) == [("§2C1.1(a)(2)", 12), ("§2C1.1(b)(1)", 14),
                                    ("§2C1.1(b)(3)", 18)]


def test_high_level_official_above_the_floor(capsys, tmp_path):
    # 14 + 4 ((b)(2): $15,000.01, L2016) + 4 = 22
    result = _run(capsys, _case(tmp_path, 'public_official = true\npayment = "$15,000.01"\n'
                                "high_level_official = true", "2025"))
    assert _chapter_two(result) == [("§2C1.1(a)(1)", 14), ("§2C1.1(b)(2)", 18),
                                    ("§2C1.1(b)(3)", 22)]


@pytest.mark.parametrize("kind", ["entry", "immigration_document", "identification_document"])
def test_public_official_who_facilitated(capsys, tmp_path, kind):
    # B2016 (b)(4): +2, once
    result = _run(capsys, _case(tmp_path, f'public_official = true\nfacilitated = ["{kind}"]',
                                "2016"))
    assert _chapter_two(result) == [("§2C1.1(a)(1)", 14), ("§2C1.1(b)(4)", 16)]


def test_facilitated_needs_a_public_official(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'facilitated = ["entry"]', "2016"))
    assert "offense.bribery.facilitated" in err and "public_official" in err


# -- before Nov. 1, 2004: the value or the high-level official, the greater ----------------

@pytest.mark.parametrize("amount,rows", [
    # F1989 $200,000: add 7 < 8: (B) applies
    ("$200,000", [("§2C1.1(a)", 10), ("§2C1.1(b)(2)(A)", 10), ("§2C1.1(b)(2)(B)", 18)]),
    # more than $200,000: add 8, not fewer than (B)'s 8: (A) applies, (B) shown not applied
    ("$200,000.01", [("§2C1.1(a)", 10), ("§2C1.1(b)(2)(A)", 18), ("§2C1.1(b)(2)(B)", 18)]),
    # more than $350,000: add 9
    ("$350,000.01", [("§2C1.1(a)", 10), ("§2C1.1(b)(2)(A)", 19), ("§2C1.1(b)(2)(B)", 19)]),
])
def test_the_greater_of_value_and_high_level_1995(capsys, tmp_path, amount, rows):
    result = _run(capsys, _case(tmp_path, f'payment = "{amount}"\nhigh_level_official = true',
                                "1995-11-01"))
    assert _chapter_two(result) == rows
    assert [s["change"] for s in result["steps"] if s["chapter"] == "chapter_two"][1:].count(
        "not applied") == 1


def test_the_greater_1987_numbering(capsys, tmp_path):
    # 1987: (b) "Apply the greater": (1) the value, (2) the official, +8
    result = _run(capsys, _case(tmp_path, 'benefit = "$5,001"\nhigh_level_official = true',
                                "1987-11-01"))
    assert _chapter_two(result) == [("§2C1.1(a)", 10), ("§2C1.1(b)(1)", 10),
                                    ("§2C1.1(b)(2)", 18)]
    assert "Apply the greater" in _step(result, "§2C1.1(b)(1)")["reason"]


# -- facts an edition does not read --------------------------------------------------------

@pytest.mark.parametrize("fact,manual,amendment", [
    ("public_official = true", "2003-11-01", "Amendment 666"),
    ("more_than_one_bribe = true", "1988-01-15", "Amendment 121"),
    ('loss_to_government = "$10,000"', "1990-11-01", "Amendment 367"),
    ('obtained_by_official = "$10,000"', "2003-11-01", "Amendment 666"),
])
def test_a_fact_the_edition_does_not_read_is_refused(capsys, tmp_path, fact, manual, amendment):
    err = _refused(capsys, _case(tmp_path, fact, manual))
    assert f"offense.bribery.{fact.split(' ')[0]}" in err and amendment in err


def test_facilitated_before_2004_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, 'facilitated = ["entry"]', "2003-11-01"))
    assert "offense.bribery.facilitated" in err and "Amendment 666" in err


def test_after_reviewed_through_refused(capsys, tmp_path):
    """No edition after Nov. 1, 2025 is entered (tables/bribery.toml reviewed_through)."""
    _refused(capsys, _case(tmp_path, 'payment = "$10,000"', "2026-11-01"))


# -- the cross references ------------------------------------------------------------------

COCAINE = '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "600 g"\n'


def test_facilitating_a_drug_offense(capsys, tmp_path):
    # B2016 (c)(1): a conspiracy to commit the other offense, §2D1.1 (expressly covered,
    # §2X1.1(c)): 500 g - 2 kg of cocaine, (c)(8) 24 (2016 DQT), greater than 16: adopted
    path = _case(tmp_path, 'public_official = true\npayment = "$10,000"\n'
                 '[offense.bribery.facilitated_offense]\nguideline = "2D1.1"', "2016")
    path.write_text(path.read_text().replace("[offense.bribery]\n", COCAINE + "[offense.bribery]\n"))
    result = _run(capsys, path)
    assert _chapter_two(result) == [("§2C1.1(a)(1)", 14), ("§2C1.1(b)(2)", 16),
                                    ("§2D1.1(c)(8)", 24), ("§2X1.1(c)(1)", 24),
                                    ("§2C1.1(c)(1)", 24)]


@pytest.mark.parametrize("stated,total,change", [
    (20, 17, "→ 17"),  # §2X1.1(a) 20, (b)(2) -3: 17 > 16, adopted
    (19, 16, "not applied"),  # 16, not greater than 16
])
def test_facilitating_another_offense_stated(capsys, tmp_path, stated, total, change):
    result = _run(capsys, _case(tmp_path, 'public_official = true\npayment = "$10,000"\n'
                                '[offense.bribery.facilitated_offense]\nguideline = "other"\n'
                                f"offense_level = {stated}", "2025"))
    assert result["total_offense_level"] == total
    assert _step(result, "§2C1.1(c)(1)")["change"] == change


def test_facilitating_all_acts_completed(capsys, tmp_path):
    # §2X1.1(b)(2): no decrease where all the acts were completed
    result = _run(capsys, _case(tmp_path, '[offense.bribery.facilitated_offense]\n'
                                'guideline = "other"\noffense_level = 19\n'
                                "all_acts_completed = true", "2025"))
    assert result["total_offense_level"] == 19


@pytest.mark.parametrize("manual", F1987_ERA + ["1990-11-01"])
def test_facilitating_before_1991_through_accessory(capsys, tmp_path, manual):
    # A367 (App. C Vol. I lines 8482-8505): until Nov. 1, 1991 (c)(1) applies §2X3.1 "in
    # respect to such other criminal offense": 20 - 6 = 14 (tables/accessory_after_the_fact.toml,
    # 1987 version), greater than the base 10
    result = _run(capsys, _case(tmp_path, '[offense.bribery.facilitated_offense]\n'
                                'guideline = "other"\noffense_level = 20', manual))
    assert _chapter_two(result) == [("§2C1.1(a)", 10), ("§2X3.1(a)", 14), ("§2C1.1(c)(1)", 14)]


def test_facilitating_before_1991_all_acts_completed_is_refused(capsys, tmp_path):
    # §2X3.1, not §2X1.1(b), before Nov. 1, 1991: all_acts_completed means nothing there
    err = _refused(capsys, _case(tmp_path, '[offense.bribery.facilitated_offense]\n'
                                 'guideline = "other"\noffense_level = 20\n'
                                 'all_acts_completed = true', "1990-11-01"))
    assert "offense.bribery.facilitated_offense.all_acts_completed" in err and "§2X3.1" in err


@pytest.mark.parametrize("manual,base,where", [("1988-01-15", 10, "(c)(1)"),
                                               ("1995-11-01", 10, "(c)(2)"),
                                               ("2025", 12, "(c)(2)")])
def test_concealing_through_accessory(capsys, tmp_path, manual, base, where):
    # (c)(2) (1987-1991 (c)(1)): §2X3.1 in respect to the concealed offense, level 26:
    # 26 - 6 = 20 (§2X3.1(a); (a)(1) from 2003), greater than the base
    result = _run(capsys, _case(tmp_path, '[offense.bribery.concealed_offense]\n'
                                'apply = "2X3.1"\nguideline = "other"\noffense_level = 26',
                                manual))
    a = "(a)(1)" if manual == "2025" else "(a)"
    bribery_a = "(a)(2)" if manual == "2025" else "(a)"
    assert _chapter_two(result) == [(f"§2C1.1{bribery_a}", base), (f"§2X3.1{a}", 20),
                                    (f"§2C1.1{where}", 20)]


def test_concealing_not_greater_is_shown_not_applied(capsys, tmp_path):
    # 14 - 6 = 8, not greater than 12: "if the resulting offense level is greater"
    result = _run(capsys, _case(tmp_path, '[offense.bribery.concealed_offense]\n'
                                'apply = "2X3.1"\nguideline = "other"\noffense_level = 14',
                                "2025"))
    assert result["total_offense_level"] == 12
    assert _step(result, "§2C1.1(c)(2)")["change"] == "not applied"


def test_concealing_through_obstruction_over_drugs(capsys, tmp_path):
    # (c)(2) "§2J1.2 ..., as appropriate": §2J1.2(a) 14, (b)(2) +3 = 17; its (c)(1): §2X3.1
    # in respect to the drug offense, §2D1.1 level 30 (5 kg cocaine, 2025 DQT) - 6 = 24 > 17;
    # 24 > the bribery's 12: adopted
    result = _run(capsys, _case(
        tmp_path, '[offense.bribery.concealed_offense]\napply = "2J1.2"\nguideline = "2D1.1"\n'
        '[offense.bribery.concealed_offense.obstruction]\nsubstantial_interference = true\n',
        "2025", more='[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "5 kg"\n'))
    steps = _chapter_two(result)
    assert steps[0] == ("§2C1.1(a)(2)", 12)
    assert ("§2J1.2(a)", 14) in steps and ("§2J1.2(b)(2)", 17) in steps
    assert ("§2X3.1(a)(1)", 24) in steps and ("§2J1.2(c)(1)", 24) in steps
    assert steps[-1] == ("§2C1.1(c)(2)", 24) and result["total_offense_level"] == 24


@pytest.mark.parametrize("apply", ["2X3.1", "2J1.2"])
def test_concealed_offense_under_a_guideline_with_its_own_table_is_refused(capsys, tmp_path,
                                                                         apply):
    # the count's facts table is §2C1.1's: §2K2.1's facts cannot be read here
    err = _refused(capsys, _case(tmp_path, '[offense.bribery.concealed_offense]\n'
                                 f'apply = "{apply}"\nguideline = "2K2.1"', "2025"))
    assert "offense.bribery.concealed_offense.guideline" in err and "\"other\"" in err


def test_concealing_through_obstruction_before_1991_is_refused(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, '[offense.bribery.concealed_offense]\n'
                                 'apply = "2J1.2"\nguideline = "other"\noffense_level = 26',
                                 "1990-11-01"))
    assert "offense.bribery.concealed_offense.apply" in err and "§2X3.1 only" in err


@pytest.mark.parametrize("manual,base,where", [("2016", 14, "(c)(3)"),
                                               ("1998-11-01", 10, "(c)(3)")])
def test_threat_through_extortion_by_force(capsys, tmp_path, manual, base, where):
    # (c)(3): §2B3.2 (tables/extortion_by_force.toml) 18, +2 for the threat: 20, greater
    fact = "public_official = true\n" if base == 14 else ""
    result = _run(capsys, _case(tmp_path, fact + "[offense.bribery.threat]\n"
                                "threat_of_death_injury_or_kidnapping = true", manual))
    assert _chapter_two(result) == [(f"§2C1.1(a){'(1)' if base == 14 else ''}", base),
                                    ("§2B3.2(a)", 18), ("§2B3.2(b)(1)", 20),
                                    (f"§2C1.1{where}", 20)]


def test_threat_where_2B3_2_is_not_entered_is_refused(capsys, tmp_path):
    # §2B3.2 is not entered for Nov. 1, 2024 - Oct. 31, 2025 (tables/extortion_by_force.toml)
    err = _refused(capsys, _case(tmp_path, "[offense.bribery.threat]\n", "2024-11-01"))
    assert "§2B3.2" in err and "not entered" in err


def test_threat_not_greater_is_set_aside(capsys, tmp_path):
    # 14 + 10 ((b)(2) $150,000.01, L2016) = 24; §2B3.2's 18 is not greater
    result = _run(capsys, _case(tmp_path, 'public_official = true\npayment = "$150,000.01"\n'
                                "[offense.bribery.threat]\n", "2016"))
    assert result["total_offense_level"] == 24
    assert _step(result, "§2C1.1(c)(3)")["change"] == "not applied"


def test_threat_nested_fact_named(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "[offense.bribery.threat]\nno_such_key = true",
                                 "2016"))
    assert "no_such_key" in err


# -- the note on §3B1.3 --------------------------------------------------------------------

ABUSE = "[adjustments.role]\nabuse_of_trust = true\n"


@pytest.mark.parametrize("manual", ["2004-11-01", "2016", "2025"])
def test_abuse_of_trust_is_refused_from_2004(capsys, tmp_path, manual):
    # B2016 note 6 (A666 note 6): "Do not apply §3B1.3"
    err = _refused(capsys, _case(tmp_path, "public_official = true", manual, ABUSE))
    assert "adjustments.role.abuse_of_trust" in err and "Do not apply §3B1.3" in err


def test_abuse_of_trust_before_2004_only_with_a_cross_reference(capsys, tmp_path):
    # A666 (struck) note 3: "except where the offense level is determined under §2C1.1(c)(1),
    # (2), or (3)"
    err = _refused(capsys, _case(tmp_path, 'payment = "$10,000"', "1995-11-01", ABUSE))
    assert "adjustments.role.abuse_of_trust" in err and "except where" in err
    result = _run(capsys, _case(tmp_path, "[offense.bribery.threat]\n", "1998-11-01", ABUSE))
    assert [s["section"] for s in result["steps"]].count("§3B1.3") == 1
    assert result["total_offense_level"] == 20  # §2B3.2 18 > 10, + §3B1.3 2


def test_special_skill_is_refused_too(capsys, tmp_path):
    err = _refused(capsys, _case(tmp_path, "", "2025",
                                 "[adjustments.role]\nspecial_skill = true\n"))
    assert "adjustments.role.special_skill" in err


# -- worked cases per era ------------------------------------------------------------------

def test_worked_case_2025(capsys):
    """examples/bribery-2c1.1-2025.toml, worked by hand in its comments from B2025."""
    result = _run(capsys, EXAMPLE)
    assert _chapter_two(result) == [("§2C1.1(a)(1)", 14), ("§2C1.1(b)(1)", 16),
                                    ("§2C1.1(b)(2)", 26), ("§2C1.1(b)(3)", 30)]
    assert result["total_offense_level"] == 27  # 30 - 3 (§3E1.1(a), (b))
    # Sentencing Table (tables/sentencing_table_2010-11-01_to_2025.csv line 158): 27, I
    assert result["range"] == {"min_months": 70, "max_months": 87, "life": False}


def test_worked_case_2010(capsys, tmp_path):
    """Nov. 1, 2010 Manual (A666 inserted): a private payer (12), two bribes (+2), the benefit
    $35,000 (more than $30,000 in L2001: +6), to a judge (+4): 24."""
    result = _run(capsys, _case(tmp_path, 'more_than_one_bribe = true\npayment = "$8,000"\n'
                                'benefit = "$35,000"\nhigh_level_official = true',
                                "2010-11-01"))
    assert _chapter_two(result) == [("§2C1.1(a)(2)", 12), ("§2C1.1(b)(1)", 14),
                                    ("§2C1.1(b)(2)", 20), ("§2C1.1(b)(3)", 24)]


def test_worked_case_2003(capsys, tmp_path):
    """Nov. 1, 2003 Manual (A666 struck): 10, two bribes +2, the loss to the government
    $12,000 ((ii): more than $10,000 in L2001, +4): 16; no high-level official."""
    result = _run(capsys, _case(tmp_path, 'more_than_one_bribe = true\npayment = "$4,000"\n'
                                'loss_to_government = "$12,000"', "2003-11-01"))
    assert _chapter_two(result) == [("§2C1.1(a)", 10), ("§2C1.1(b)(1)", 12),
                                    ("§2C1.1(b)(2)(A)(ii)", 16)]


def test_worked_case_1995(capsys, tmp_path):
    """Nov. 1, 1995 Manual (A617 struck, A367): 10, two bribes +2, $25,000 (more than $20,000
    in F1989: +4) against (B) +8 for an official in a sensitive position: (B), 20."""
    result = _run(capsys, _case(tmp_path, 'more_than_one_bribe = true\npayment = "$25,000"\n'
                                "high_level_official = true", "1995-11-01"))
    assert _chapter_two(result) == [("§2C1.1(a)", 10), ("§2C1.1(b)(1)", 12),
                                    ("§2C1.1(b)(2)(A)", 12), ("§2C1.1(b)(2)(B)", 20)]


def test_worked_case_1988(capsys, tmp_path):
    """Jan. 15, 1988 Manual: 10, the action received $15,000 ((D) $10,001 - $20,000 in F1987:
    +3): 13."""
    result = _run(capsys, _case(tmp_path, 'benefit = "$15,000"', "1988-01-15"))
    assert _chapter_two(result) == [("§2C1.1(a)", 10), ("§2C1.1(b)(1)", 13)]


# -- properties ----------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(manual=st.sampled_from(EDITIONS[1:]), dollars=st.integers(0, 1_000_000_000),
       more=st.integers(1, 1_000_000_000), high=st.booleans())
def test_a_greater_amount_never_lowers_the_level(manual, dollars, more, high):
    def level(amount: int) -> int:
        case = Case.model_validate({
            "manual": manual, "criminal_history": {"category": "I"},
            "offense": {"guideline": "2C1.1",
                        "bribery": {"payment": f"{amount}", "high_level_official": high}}})
        result = computed(case).result
        assert 1 <= result.table_offense_level <= 43
        return result.total_offense_level
    assert level(dollars) <= level(dollars + more)
