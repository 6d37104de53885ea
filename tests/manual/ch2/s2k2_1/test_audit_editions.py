"""Second reading of §2K2.1's editions before Nov. 1, 2016 (audit of the pre-2015 editions):
through the real CLI, the day before and the day each amendment to (a)-(c) took effect, each
expected level worked by hand from the amendment's text in Appendix C
(../shared/reference/ussg/appendix_c_2016/APPENDIX_C_Vol_I.txt = "I", Vol_II = "II",
Vol_III = "III", Supplement = "S"), file and line cited at each case.

Amendments walked: 189 (1989), 333 (1990), 374 (1991), 471 and 478 (commentary only), 522
(1995), 568 (commentary), 575 (1997), 578 (1998), 586, 605 (commentary), 629-631 (2001), 669
(2004), 679, 680, 686, 696, 707, 746 (commentary), 691 (2006), 753 (2011), 784 (2014), 790,
797 (commentary), 804 (2016). The case is sentenced on the date (``sentencing_date``), so the
Manual in force that day applies.
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, run

NONE = "qualifying_prior_felony_convictions = 0\n"
TWO = "qualifying_prior_felony_convictions = 2\n"


def on(tmp_path, capsys, date: str, facts: str) -> list[tuple[str, int]] | str:
    text = firearm_case(facts, manual="X").replace('manual = "X"', f"sentencing_date = {date}")
    code, result = run(tmp_path, capsys, text)
    return chapter_two(result) if code == 0 else f"exit {code}: {result}"


EDGES = [
    # -- Amendment 374, Nov. 1, 1991: the consolidated guideline. Before, the 1990 text
    # (I 8818-8829): a § 922(g) conviction is (a)(2) 12 and there is no number-of-firearms
    # table; from, (a)(6) "14, if the defendant is a prohibited person" (the 1995 text less
    # Amendment 522, I 17230-17253) and the table "(A) 3-4 add 1" (II 8851).
    ("1991-10-31", 'convicted_under = ["922(g)"]', [("§2K2.1(a)(2)", 12)]),
    ("1991-11-01", 'convicted_under = ["922(g)"]\nprohibited_person = true\n' + NONE
     + "number_of_firearms = 3", [("§2K2.1(a)(6)", 14), ("§2K2.1(b)(1)(A)", 15)]),
    # -- Amendment 522, Nov. 1, 1995. The note on (b)(4) before it (I 17288-17293): convicted
    # under § 922(j) "and ... of no other offense subject to this guideline, do not apply the
    # adjustment in subsection (b)(4)" whatever the base level; from it (I 17295-17301) only
    # when "the base offense level is determined under subsection (a)(7)".
    ("1995-10-31", 'convicted_under = ["922(j)"]\nstolen = true\n' + TWO,
     [("§2K2.1(a)(2)", 24), ("§2K2.1(b)(4)", 24)]),
    ("1995-11-01", 'convicted_under = ["922(j)"]\nstolen = true\n' + TWO,
     [("§2K2.1(a)(2)", 24), ("§2K2.1(b)(4)", 26)]),
    ("1995-11-01", 'convicted_under = ["922(j)"]\nstolen = true\n' + NONE,
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 12)]),
    # I 17252-17253: (a)(8) "(m)" becomes "(m), (s), (t), or (x)(1)"
    ("1995-10-31", 'convicted_under = ["922(s)"]\n' + NONE, [("§2K2.1(a)(7)", 12)]),
    ("1995-11-01", 'convicted_under = ["922(s)"]\n' + NONE, [("§2K2.1(a)(8)", 6)]),
    # I 17250-17251: (a)(5) names "18 U.S.C. § 921(a)(30)" (a semiautomatic assault weapon)
    ("1995-11-01", "semiautomatic_assault_weapon = true\n" + NONE, [("§2K2.1(a)(5)", 18)]),
    # -- Amendment 578, Nov. 1, 1998 (II 205-211): (a)(4)(B)(ii) and (a)(6)(B) "is convicted
    # under 18 U.S.C. § 922(d)"; before, a § 922(d) conviction alone is (a)(7) 12.
    ("1998-10-31", 'convicted_under = ["922(d)"]\n' + NONE, [("§2K2.1(a)(7)", 12)]),
    ("1998-11-01", 'convicted_under = ["922(d)"]\n' + NONE, [("§2K2.1(a)(6)", 14)]),
    ("1998-11-01", 'convicted_under = ["922(d)"]\nnfa_firearm = true\n' + NONE,
     [("§2K2.1(a)(4)", 20)]),
    # -- Amendment 631, Nov. 1, 2001 (II 8849-8862): 100 firearms, "(F) 50 or more add 6"
    # before, "(D) 100-199 add 8" from.
    ("2001-10-31", NONE + "number_of_firearms = 100",
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(1)(F)", 18)]),
    ("2001-11-01", NONE + "number_of_firearms = 100",
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(1)(D)", 20)]),
    ("2001-11-01", NONE + "number_of_firearms = 99",
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(1)(C)", 18)]),
    # -- Amendment 669, Nov. 1, 2004 (III 3743-3758): before, "Provided, that the cumulative
    # offense level determined above shall not exceed level 29"; from, +15 for a portable
    # rocket or missile, and the cap does not apply "if subsection (b)(3)(A) applies".
    ("2004-10-31", TWO + "nfa_firearm = true\nnumber_of_firearms = 200\nstolen = true",
     [("§2K2.1(a)(1)", 26), ("§2K2.1(b)(1)(E)", 36), ("§2K2.1(b)(4)", 38),
      ("§2K2.1(b) (after (b)(4))", 29)]),
    ("2004-10-31", TWO + "nfa_firearm = true\nnumber_of_firearms = 3\n"
     'destructive_device = "portable_rocket_or_missile"',
     [("§2K2.1(a)(1)", 26), ("§2K2.1(b)(1)(A)", 28), ("§2K2.1(b)(3)", 30),
      ("§2K2.1(b) (after (b)(4))", 29)]),
    ("2004-11-01", TWO + "nfa_firearm = true\nnumber_of_firearms = 3\n"
     'destructive_device = "portable_rocket_or_missile"',
     [("§2K2.1(a)(1)", 26), ("§2K2.1(b)(1)(A)", 28), ("§2K2.1(b)(3)(A)", 43)]),
    # -- Amendment 691, Nov. 1, 2006 (III 6937-6947): (b)(4) "(B) had an altered or
    # obliterated serial number, increase by 4 levels" (before, one +2); (b)(5) trafficking +4.
    ("2006-10-31", NONE + "altered_or_obliterated_serial_number = true",
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 14)]),
    ("2006-11-01", NONE + "altered_or_obliterated_serial_number = true",
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)(B)", 16)]),
    ("2006-11-01", NONE + "trafficking = true", [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(5)", 16)]),
    # III 6901-6935: from 2006 (a)(5) no longer names § 921(a)(30)
    ("2006-10-31", NONE + "semiautomatic_assault_weapon = true", [("§2K2.1(a)(5)", 18)]),
    ("2006-11-01", NONE + "semiautomatic_large_capacity = true", [("§2K2.1(a)(7)", 12)]),
    ("2006-11-01", TWO + "semiautomatic_large_capacity = true", [("§2K2.1(a)(1)", 26)]),
    # -- Amendment 753, Nov. 1, 2011 (III 16672-16700): (a)(6)(C) a § 922(a)(6) conviction
    # with reason to believe the transfer is to a prohibited person; (b)(6)(A) leaving the US.
    ("2011-11-01", NONE + 'convicted_under = ["922(a)(6)"]\n'
     "knew_transfer_to_prohibited_person = true", [("§2K2.1(a)(6)", 14)]),
    ("2011-10-31", NONE + 'convicted_under = ["922(a)(6)"]', [("§2K2.1(a)(7)", 12)]),
    ("2011-11-01", NONE + "leaving_united_states = true",
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(6)(A)", 16), ("§2K2.1(b)(6)(A)", 18)]),
    # -- Amendment 804, Nov. 1, 2016 (S 7865-7866): (a)(8) ", or 18 U.S.C. § 1715"
    ("2016-10-31", NONE + 'convicted_under = ["1715"]', [("§2K2.1(a)(7)", 12)]),
    ("2016-11-01", NONE + 'convicted_under = ["1715"]', [("§2K2.1(a)(8)", 6)]),
]


@pytest.mark.parametrize("date,facts,expected", EDGES)
def test_amendment_edges(tmp_path, capsys, date, facts, expected):
    assert on(tmp_path, capsys, date, facts) == expected


@pytest.mark.parametrize("date,key,amendment", [
    # a fact the Manual in force does not have is refused, naming the field (exit 2)
    ("1995-10-31", "semiautomatic_assault_weapon", "§ 921(a)(30)"),   # I 17250 (522)
    ("2006-10-31", "trafficking", "Amendment 691"),                   # III 6943-6947
    ("2011-10-31", "leaving_united_states", "Amendment 753"),         # III 16683-16700
    ("2011-10-31", "knew_transfer_to_prohibited_person", "Amendment 753"),  # III 16672-16682
    ("2006-11-01", "semiautomatic_assault_weapon", "§ 921(a)(30)"),   # III 6935 (691)
])
def test_facts_an_edition_lacks_refused(tmp_path, capsys, date, key, amendment):
    facts = NONE + f"{key} = true"
    if key == "knew_transfer_to_prohibited_person":
        facts += '\nconvicted_under = ["922(a)(6)"]'
    result = on(tmp_path, capsys, date, facts)
    assert result.startswith("exit 2") and f"offense.firearms.{key}" in result, result
    assert amendment in result, result


@pytest.mark.parametrize("date,facts,expected", [
    # The note on (b)(4) of Nov. 1, 1991 - Oct. 31, 1995 (as Amendment 522 struck it, I
    # 17288-17293): "If the defendant is convicted under 18 U.S.C. § 922(i), (j), or (k), or
    # 26 U.S.C. § 5861(g) or (h) ..., and is convicted of no other offense subject to this
    # guideline, do not apply the adjustment in subsection (b)(4)".
    ("1994-11-01", 'convicted_under = ["922(k)"]\nstolen = true\n' + NONE,
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 12)]),
    # another offense subject to §2K2.1 (§ 922(g)): the note does not reach it
    ("1994-11-01", 'convicted_under = ["922(j)", "922(g)"]\nstolen = true\n'
     "prohibited_person = true\n" + NONE, [("§2K2.1(a)(6)", 14), ("§2K2.1(b)(4)", 16)]),
    # From Amendment 522 (I 17295-17306), a § 922(k) offense alone with base (a)(7): "do not
    # apply the adjustment in subsection (b)(4) unless the offense involved a stolen firearm"
    ("1995-11-01", 'convicted_under = ["922(k)"]\nstolen = true\n' + NONE,
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 14)]),
    ("1995-11-01", 'convicted_under = ["922(k)"]\naltered_or_obliterated_serial_number = true\n'
     + NONE, [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 12)]),
    # ... and a § 922(j) offense alone: "unless the offense involved a firearm with an altered
    # or obliterated serial number"
    ("1995-11-01", 'convicted_under = ["922(j)"]\nstolen = true\n'
     "altered_or_obliterated_serial_number = true\n" + NONE,
     # the stolen firearm shown "not applied", the serial number applying the +2
     [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 12), ("§2K2.1(b)(4)", 14)]),
])
def test_the_note_on_b4_by_edition(tmp_path, capsys, date, facts, expected):
    assert on(tmp_path, capsys, date, facts) == expected
