"""§2K2.1 before Amendment 691 (Nov. 1, 2006), through the real CLI: the versions of Nov. 1,
1995 (Amendment 522), 1997 (575), 1998 (578), 2001 (629-631) and 2004 (669), rebuilt from the
text Appendix C quotes (tables/firearm_offense.toml). Sources, cited by line below:
- Amendment 691 (Vol. III = ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_III.txt
  lines 6901-6948): what it struck, i.e. the 2004 (a)(1), (a)(3), (a)(4)(B), (a)(5), (b)(4);
- Amendment 669 (Vol. III lines 3743-3758): the 2001 (b)(3) and proviso it struck;
- Amendment 631 (Vol. II = APPENDIX_C_Vol_II.txt lines 8849-8862): the Number of Firearms
  table from 2001.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, level, run

EARLIER = ("2001", "2004")  # one per version; 2002, 2003 and 2005 apply the same texts
NO_PRIORS = "qualifying_prior_felony_convictions = 0\n"
ASSAULT = "semiautomatic_assault_weapon = true\n"


# The Number of Firearms table, base (a)(7) 12. From 2001, Amendment 631 (Vol. II lines
# 8857-8861): "(A) 3-7 add 2 (B) 8-24 add 4 (C) 25-99 add 6 (D) 100-199 add 8 (E) 200 or more
# add 10"; before, what it struck (lines 8851-8856): "(A) 3-4 add 1 (B) 5-7 add 2 (C) 8-12
# add 3 (D) 13-24 add 4 (E) 25-49 add 5 (F) 50 or more add 6".
TABLE_2001 = [(2, 12), (3, 14), (7, 14), (8, 16), (24, 16), (25, 18), (99, 18), (100, 20),
              (199, 20), (200, 22)]
TABLE_1991 = [(2, 12), (3, 13), (4, 13), (5, 14), (7, 14), (8, 15), (12, 15), (13, 16), (24, 16),
              (25, 17), (49, 17), (50, 18), (51, 18), (300, 18)]
FIREARMS_EDGES = ([(m, n, lv) for m in ("2001", "2002", "2004", "2005") for n, lv in TABLE_2001]
                  + [(m, n, lv) for m in ("1991", "1995", "1997", "1998", "2000")
                     for n, lv in TABLE_1991])


@pytest.mark.parametrize("manual,n,expected", FIREARMS_EDGES)
def test_number_of_firearms_edges(tmp_path, capsys, manual, n, expected):
    assert level(tmp_path, capsys, NO_PRIORS + f"number_of_firearms = {n}",
                 manual=manual) == expected


BASE_2001 = [
    # Vol. III lines 6901-6905: "(1) 26, if the offense involved a firearm described in 26
    # U.S.C. § 5845(a) or 18 U.S.C. § 921(a)(30), and ... at least two felony convictions"
    (ASSAULT + "qualifying_prior_felony_convictions = 2", "(a)(1)", 26),
    ("qualifying_prior_felony_convictions = 2", "(a)(2)", 24),
    # lines 6912-6915: (3) 22, the same firearm and one conviction
    (ASSAULT + "qualifying_prior_felony_convictions = 1", "(a)(3)", 22),
    ("qualifying_prior_felony_convictions = 1", "(a)(4)", 20),
    # lines 6925-6928: (4)(B) the same firearm and a prohibited person
    (ASSAULT + NO_PRIORS + "prohibited_person = true", "(a)(4)", 20),
    # line 6935: (5) "striking 'or 18 U.S.C. § 921(a)(30)'": before, 18 for either
    (ASSAULT + NO_PRIORS, "(a)(5)", 18),
    ("nfa_firearm = true\n" + NO_PRIORS, "(a)(5)", 18),
    (NO_PRIORS + "prohibited_person = true", "(a)(6)", 14),
    (NO_PRIORS, "(a)(7)", 12),
    (NO_PRIORS + 'convicted_under = ["922(s)"]', "(a)(8)", 6),
]
BASE_1995 = [
    # Vol. I lines 17234-17236 (522): (1) 26, "the offense involved a firearm described in 26
    # U.S.C. § 5845(a) or 18 U.S.C. § 921(a)(30), and the defendant had at least two prior
    # felony convictions"; lines 17244-17246: (3) 22 with one prior conviction
    (ASSAULT + "qualifying_prior_felony_convictions = 2", "(a)(1)", 26),
    ("qualifying_prior_felony_convictions = 2", "(a)(2)", 24),
    ("nfa_firearm = true\nqualifying_prior_felony_convictions = 1", "(a)(3)", 22),
    ("qualifying_prior_felony_convictions = 1", "(a)(4)", 20),
    (ASSAULT + NO_PRIORS + "prohibited_person = true", "(a)(4)", 20),
    (ASSAULT + NO_PRIORS, "(a)(5)", 18),
    (NO_PRIORS + "prohibited_person = true", "(a)(6)", 14),
    (NO_PRIORS, "(a)(7)", 12),
    # lines 17252-17253: (a)(8) "(m), (s), (t), or (x)(1)"
    (NO_PRIORS + 'convicted_under = ["922(x)(1)"]', "(a)(8)", 6),
]
BASE_1991 = [
    # Vol. I lines 17231-17233: (1) "defendant had at least two prior felony convictions ...,
    # and the instant offense involved a firearm listed in 26 U.S.C. § 5845(a)"
    ("nfa_firearm = true\nqualifying_prior_felony_convictions = 2", "(a)(1)", 26),
    ("qualifying_prior_felony_convictions = 2", "(a)(2)", 24),
    ("nfa_firearm = true\nqualifying_prior_felony_convictions = 1", "(a)(3)", 22),
    ("nfa_firearm = true\n" + NO_PRIORS + "prohibited_person = true", "(a)(4)", 20),
    ("nfa_firearm = true\n" + NO_PRIORS, "(a)(5)", 18),
    (NO_PRIORS + "prohibited_person = true", "(a)(6)", 14),
    # lines 17252-17253: (a)(8) "or (m)" before 522 added (s), (t), (x)(1)
    (NO_PRIORS + 'convicted_under = ["922(m)"]', "(a)(8)", 6),
    (NO_PRIORS + 'convicted_under = ["922(s)"]', "(a)(7)", 12),
]
BASE_LEVELS = ([(m, *row) for m in EARLIER for row in BASE_2001]
               + [(m, *row) for m in ("1995", "1997", "1998") for row in BASE_1995]
               + [(m, *row) for m in ("1991", "1993") for row in BASE_1991])


@pytest.mark.parametrize("manual,facts,subsection,expected", BASE_LEVELS)
def test_base_offense_levels(tmp_path, capsys, manual, facts, subsection, expected):
    code, result = run(tmp_path, capsys, firearm_case(facts, manual=manual))
    assert code == 0, result
    assert chapter_two(result)[0] == (f"§2K2.1{subsection}", expected)


@pytest.mark.parametrize("manual", EARLIER)
def test_stolen_or_serial_number_one_increase(tmp_path, capsys, manual):
    # Vol. III lines 6937-6939: "(4) If any firearm was stolen, or had an altered or
    # obliterated serial number, increase by 2 levels." (one increase for either or both)
    for facts in ("stolen = true", "altered_or_obliterated_serial_number = true",
                  "stolen = true\naltered_or_obliterated_serial_number = true"):
        code, result = run(tmp_path, capsys, firearm_case(NO_PRIORS + facts, manual=manual))
        assert chapter_two(result) == [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 14)]


def test_destructive_device_and_cap_by_edition(tmp_path, capsys):
    # 2001 (Vol. III line 3744): "(3) If the offense involved a destructive device, increase
    # by 2 levels", and "Provided, that the cumulative offense level determined above shall
    # not exceed level 29" (lines 3754-3755): (a)(1) 26 + (b)(1)(B) 4 + (b)(3) 2 = 32 -> 29.
    # 2004 (669, lines 3745-3751): (b)(3)(A) +15 for a portable rocket or missile, and the cap
    # does not apply (lines 3757-3758): 26 + 4 + 15 = 45 (the table reads it as 43).
    facts = (ASSAULT + "nfa_firearm = true\nqualifying_prior_felony_convictions = 2\n"
             'number_of_firearms = 10\ndestructive_device = "portable_rocket_or_missile"')
    code, result = run(tmp_path, capsys, firearm_case(facts, manual="2001"))
    assert chapter_two(result) == [("§2K2.1(a)(1)", 26), ("§2K2.1(b)(1)(B)", 30),
                                   ("§2K2.1(b)(3)", 32), ("§2K2.1(b) (after (b)(4))", 29)]
    code, result = run(tmp_path, capsys, firearm_case(facts, manual="2004"))
    assert chapter_two(result) == [("§2K2.1(a)(1)", 26), ("§2K2.1(b)(1)(B)", 30),
                                   ("§2K2.1(b)(3)(A)", 45)]
    assert result["table_offense_level"] == 43


@pytest.mark.parametrize("manual", EARLIER)
def test_another_felony_is_b5(tmp_path, capsys, manual):
    # 691 redesignated (b)(5)-(6) as (b)(6)-(7) (Vol. III lines 6940-6941): before, (b)(5)
    # "+4 ... If the resulting offense level is less than level 18, increase to level 18"
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "in_connection_with_another_felony = true", manual=manual))
    assert chapter_two(result) == [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(5)", 16),
                                   ("§2K2.1(b)(5)", 18)]


@pytest.mark.parametrize("manual,fact", [
    ("2004", "semiautomatic_large_capacity"), ("2001", "semiautomatic_large_capacity"),
    ("2004", "trafficking"), ("2006", "semiautomatic_assault_weapon"),
    ("2025", "semiautomatic_assault_weapon")])
def test_facts_an_edition_does_not_have(tmp_path, capsys, manual, fact):
    code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS + f"{fact} = true",
                                                   manual=manual))
    assert code == 2 and f"offense.firearms.{fact}" in err, err


def test_worked_case_2002(tmp_path, capsys):
    # Nov. 1, 2002 Manual (the 2001 version): a felon (one prior crime of violence) with
    # five firearms, one a semiautomatic assault weapon, one stolen:
    # (a)(3) 22 (the weapon and one conviction), (b)(1)(A) 3-7: +2 = 24, (b)(4) +2 = 26;
    # category III: 78-97 months (1992-2010 Sentencing Table,
    # ../shared/reference/ussg/tables/sentencing_table_1992-11-01_to_2010-10-31.csv).
    code, result = run(tmp_path, capsys, firearm_case(
        ASSAULT + "qualifying_prior_felony_convictions = 1\nprohibited_person = true\n"
        "number_of_firearms = 5\nstolen = true", manual="2002", history='category = "III"'))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(3)", 22), ("§2K2.1(b)(1)(A)", 24),
                                   ("§2K2.1(b)(4)", 26)]
    assert result["total_offense_level"] == 26
    assert result["range"] == {"min_months": 78, "max_months": 97, "life": False}


def test_worked_case_2005(tmp_path, capsys):
    # Nov. 1, 2005 Manual (the 2004 version): not prohibited, 30 firearms, one with an
    # obliterated serial number, sold in connection with a drug felony: (a)(7) 12,
    # (b)(1)(C) 25-99: +6 = 18, (b)(4) +2 = 20, (b)(5) +4 = 24 (not below 18); category I:
    # 51-63 months.
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + "number_of_firearms = 30\naltered_or_obliterated_serial_number = true\n"
        "in_connection_with_another_felony = true", manual="2005"))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(1)(C)", 18),
                                   ("§2K2.1(b)(4)", 20), ("§2K2.1(b)(5)", 24)]
    assert result["range"] == {"min_months": 51, "max_months": 63, "life": False}
    step = [s for s in result["steps"] if s["section"] == "§2K2.1(b)(4)"][0]
    assert "Amendment 669" in json.dumps(step)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(0, 260), more=st.integers(1, 150),
       manual=st.sampled_from(("1991", "1995", "1997", "1998") + EARLIER),
       nfa=st.booleans(), stolen=st.booleans(), prohibited=st.booleans(),
       priors=st.integers(0, 3), felony=st.booleans())
def test_more_firearms_never_lowers_the_level(tmp_path, capsys, n, more, manual, nfa,
                                              stolen, prohibited, priors, felony):
    def facts(k: int) -> str:
        return (f"nfa_firearm = {json.dumps(nfa)}\n"
                f"stolen = {json.dumps(stolen)}\nprohibited_person = {json.dumps(prohibited)}\n"
                f"qualifying_prior_felony_convictions = {priors}\n"
                f"in_connection_with_another_felony = {json.dumps(felony)}\n"
                f"number_of_firearms = {k}")
    low = run(tmp_path, capsys, firearm_case(facts(n), manual=manual))
    high = run(tmp_path, capsys, firearm_case(facts(n + more), manual=manual))
    assert low[0] == 0 and high[0] == 0, (low, high)
    assert high[1]["total_offense_level"] >= low[1]["total_offense_level"]
    for result in (low[1], high[1]):
        assert 1 <= result["table_offense_level"] <= 43


# -- 1995-2001 (Amendments 522, 575, 578; what 629-631 struck) ------------------------------
# Vol. I = ../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt

def test_922d_transfer_from_1998(tmp_path, capsys):
    # Amendment 578 (Vol. II lines 205-211): (a)(6) "(B) is convicted under 18 U.S.C.
    # § 922(d)" from Nov. 1, 1998; before, a § 922(d) transferor who is not prohibited: (a)(7)
    facts = NO_PRIORS + 'convicted_under = ["922(d)"]'
    assert chapter_two(run(tmp_path, capsys, firearm_case(facts, manual="1998"))[1])[0] == \
        ("§2K2.1(a)(6)", 14)
    assert chapter_two(run(tmp_path, capsys, firearm_case(facts, manual="1997"))[1])[0] == \
        ("§2K2.1(a)(7)", 12)


def test_a3_wording_1995(tmp_path, capsys):
    # 522 inserted "had one prior conviction" (Vol. I line 17245); 575 (1997) inserted
    # "felony" (line 21424), a clerical error it corrected
    for manual, words in (("1995", "had one prior conviction"),
                          ("1997", "had one prior felony conviction")):
        code, result = run(tmp_path, capsys, firearm_case(
            "nfa_firearm = true\nqualifying_prior_felony_convictions = 1", manual=manual))
        step = [st for st in result["steps"] if st["section"] == "§2K2.1(a)(3)"][0]
        assert words in json.dumps(step), step


@pytest.mark.parametrize("manual,statute,fact,applied", [
    # the note on (b)(4) with an (a)(7) base level: 522's (Vol. I lines 17295-17310): stolen
    # offenses § 922(i), (j), (u), § 924(j), (k), 26 U.S.C. § 5861(g), (h); serial § 922(k);
    # 578's (Vol. II lines 216-219, 1998): 5861(g), (h) move to the serial-number offenses
    ("1997", "26 U.S.C. § 5861(g)", "stolen", False),
    ("1997", "26 U.S.C. § 5861(g)", "altered_or_obliterated_serial_number", True),
    ("1998", "26 U.S.C. § 5861(g)", "stolen", True),
    ("1998", "26 U.S.C. § 5861(g)", "altered_or_obliterated_serial_number", False),
    ("1997", "922(k)", "altered_or_obliterated_serial_number", False),
    ("1997", "922(j)", "stolen", False),
])
def test_stolen_note_statutes(tmp_path, capsys, manual, statute, fact, applied):
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + f'convicted_under = ["{statute}"]\n{fact} = true', manual=manual))
    assert code == 0, result
    assert result["total_offense_level"] == (14 if applied else 12)


def test_priors_stated_before_2001(tmp_path, capsys):
    # before Amendment 630 the note said only "count any such prior conviction that receives
    # any points under §4A1.1" (Vol. II lines 8773-8779): the number is stated
    code, err = run(tmp_path, capsys, firearm_case("prohibited_person = true", manual="2000"))
    assert code == 2 and "offense.firearms.qualifying_prior_felony_convictions" in err, err


def test_worked_case_2000(tmp_path, capsys):
    # Nov. 1, 2000 Manual (the 1998 version): a felon with one prior drug felony, 14 firearms
    # (none an assault weapon), one stolen, used in connection with a burglary:
    # (a)(4)(A) 20, (b)(1)(D) 13-24 +4 = 24, (b)(4) +2 = 26, (b)(5) +4 = 30; category IV:
    # 135-168 months (1992-2010 Sentencing Table).
    code, result = run(tmp_path, capsys, firearm_case(
        "qualifying_prior_felony_convictions = 1\nprohibited_person = true\n"
        "number_of_firearms = 14\nstolen = true\nin_connection_with_another_felony = true",
        manual="2000", history='category = "IV"'))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(4)", 20), ("§2K2.1(b)(1)(D)", 24),
                                   ("§2K2.1(b)(4)", 26), ("§2K2.1(b)(5)", 30)]
    assert result["range"] == {"min_months": 135, "max_months": 168, "life": False}


def test_before_1991_the_consolidated_facts_are_refused(tmp_path, capsys):
    # §2K2.1 before the 1991 consolidation (Amendment 374) is the guideline Amendments 189 and
    # 374 quote (test_firearms_2k2_1_before_1991.py): (a)(1)-(4)'s prior felony convictions of a
    # crime of violence or controlled substance offense are not in it
    for manual in ("1990", "1989", "1988-01-15"):
        code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS, manual=manual))
        assert code == 2 and "offense.firearms.qualifying_prior_felony_convictions" in err, err


# -- 1991-1995: the consolidated guideline (Amendment 374), as Amendment 522 quotes it --------

def test_assault_weapon_refused_before_1995(tmp_path, capsys):
    # 18 U.S.C. § 921(a)(30) came into (a) with Amendment 522 (Vol. I lines 17234-17236)
    code, err = run(tmp_path, capsys, firearm_case(NO_PRIORS + ASSAULT, manual="1993"))
    assert code == 2 and "offense.firearms.semiautomatic_assault_weapon" in err, err


def test_stolen_note_1991(tmp_path, capsys):
    # Vol. I lines 17289-17293: convicted under § 922(i), (j), (k) or 26 U.S.C. § 5861(g), (h)
    # "and ... of no other offense subject to this guideline, do not apply the adjustment in
    # subsection (b)(4)" -- whatever the base level (522 limited it to (a)(7) in 1995):
    # a prohibited person convicted under § 922(j), a stolen firearm: (a)(6) 14, no (b)(4)
    facts = 'prohibited_person = true\nconvicted_under = ["922(j)"]\nstolen = true\n' + NO_PRIORS
    code, result = run(tmp_path, capsys, firearm_case(facts, manual="1991"))
    assert code == 0, result
    assert result["total_offense_level"] == 14
    assert [st["change"] for st in result["steps"] if st["section"] == "§2K2.1(b)(4)"] == \
        ["not applied"]
    code, result = run(tmp_path, capsys, firearm_case(facts, manual="1995"))
    assert result["total_offense_level"] == 16  # base (a)(6): the 1995 note does not apply
    # § 922(k) (a serial-number offense) is in the 1991 list too: no (b)(4) for either fact
    code, result = run(tmp_path, capsys, firearm_case(
        NO_PRIORS + 'convicted_under = ["922(k)"]\nstolen = true\n'
        "altered_or_obliterated_serial_number = true", manual="1991"))
    assert result["total_offense_level"] == 12


def test_worked_case_1993(tmp_path, capsys):
    # Nov. 1, 1993 Manual (the 1991 version): a prohibited person with a sawed-off shotgun
    # (26 U.S.C. § 5845(a)) and five other firearms, in connection with a drug felony, no
    # qualifying prior: (a)(4)(B) 20, (b)(1) 6 firearms, "(B) 5-7 add 2" (Vol. II line 8853)
    # = 22, (b)(5) +4 = 26; category II: 70-87 months (1992-2010 Sentencing Table).
    code, result = run(tmp_path, capsys, firearm_case(
        "nfa_firearm = true\nprohibited_person = true\nnumber_of_firearms = 6\n"
        "in_connection_with_another_felony = true\n" + NO_PRIORS, manual="1993",
        history='category = "II"'))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(4)", 20), ("§2K2.1(b)(1)(B)", 22),
                                   ("§2K2.1(b)(5)", 26)]
    assert result["range"] == {"min_months": 70, "max_months": 87, "life": False}
