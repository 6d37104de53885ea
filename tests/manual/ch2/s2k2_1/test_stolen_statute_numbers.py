"""§2K2.1's note on (b)(4) and the numbers of the stolen-firearm offenses of 18 U.S.C. § 924,
through the real CLI (tables/firearm_offense.toml, `stolen_offenses`). Sources (under
../shared/reference/ussg/appendix_c_2016/):
- Amendment 522 (Nov. 1, 1995; APPENDIX_C_Vol_I.txt lines 17288-17298): note 12 "If the only
  offense to which §2K2.1 applies is 18 U.S.C. § 922 (i), (j), or (u), 18 U.S.C. § 924(j) or
  (k), or 26 U.S.C. § 5861(g) or (h) (offenses involving a stolen firearm or stolen
  ammunition) and the base offense level is determined under subsection (a)(7), do not apply
  the adjustment in subsection (b)(4) ..."; the note it deleted (lines 17289-17293) named
  § 922(i), (j), (k) and § 5861(g), (h) only;
- Amendment 578 (Nov. 1, 1998; APPENDIX_C_Vol_II.txt lines 216-218): "striking '924(j) or (k),
  or 26 U.S.C. § 5861(g) or (h)' and inserting '924 (l) or (m)'"; its reason (lines 258-264):
  the Economic Espionage Act of 1996 redesignated § 924(j), (k) as (l), (m).
A § 924(j)-(m) the edition's note does not name is an error naming the field.
"""

from __future__ import annotations

import pytest

from tests.manual.ch2.s2k2_1.test_firearms_2k2_1 import chapter_two, firearm_case, run

NO_PRIORS = "qualifying_prior_felony_convictions = 0\n"
FIELD = "offense.firearms.convicted_under"


def stolen_case(statutes: str, manual: str) -> str:
    return firearm_case(NO_PRIORS + f"convicted_under = [{statutes}]\nstolen = true",
                        manual=manual)


@pytest.mark.parametrize("manual", ["1995", "1996", "1997"])  # Nov. 1, 1995 - Oct. 31, 1998
@pytest.mark.parametrize("statute", ["924(j)", "924(k)"])
def test_924j_k_named_1995_to_1998(tmp_path, capsys, manual, statute):
    """The only offense § 924(j) or (k), base (a)(7) 12: (b)(4) not applied (522's note)."""
    code, result = run(tmp_path, capsys, stolen_case(f'"{statute}"', manual))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 12)]
    step = [s for s in result["steps"] if s["section"] == "§2K2.1(b)(4)"][0]
    assert step["change"] == "not applied"


@pytest.mark.parametrize("manual", ["1995", "1997"])
def test_924j_with_another_offense_1995(tmp_path, capsys, manual):
    """Not the only offense (§ 922(g) also, not a prohibited person found): (b)(4) +2."""
    code, result = run(tmp_path, capsys, stolen_case('"924(j)", "922(g)"', manual))
    assert code == 0, result
    assert chapter_two(result) == [("§2K2.1(a)(7)", 12), ("§2K2.1(b)(4)", 14)]


@pytest.mark.parametrize("manual", ["1998", "2000", "2025"])  # from Nov. 1, 1998 (578)
@pytest.mark.parametrize("statute", ["924(l)", "924(m)"])
def test_924l_m_named_from_1998(tmp_path, capsys, manual, statute):
    code, result = run(tmp_path, capsys, stolen_case(f'"{statute}"', manual))
    assert code == 0, result
    assert [lv for _, lv in chapter_two(result)] == [12, 12]


@pytest.mark.parametrize("manual,statute,names", [
    # the day before 522 (the Nov. 1, 1994 edition: the 1991 note, § 922 and § 5861 only)
    ("1994", "924(j)", "names no offense under 18 U.S.C. § 924"),
    ("1994", "924(l)", "names no offense under 18 U.S.C. § 924"),
    ("1991", "924(k)", "names no offense under 18 U.S.C. § 924"),
    # 1995 - 1998: (l), (m) are not the note's numbers
    ("1995", "924(l)", "names 18 U.S.C. § 924(j) or (k)"),
    ("1997", "924(m)", "names 18 U.S.C. § 924(j) or (k)"),
    # the day of 578 (Nov. 1, 1998) and after: (j), (k) no longer
    ("1998", "924(j)", "names 18 U.S.C. § 924(l) or (m)"),
    ("2025", "924(k)", "names 18 U.S.C. § 924(l) or (m)"),
])
def test_numbers_the_note_does_not_name_refused(tmp_path, capsys, manual, statute, names):
    code, err = run(tmp_path, capsys, stolen_case(f'"{statute}"', manual))
    assert code == 2 and FIELD in err, err
    assert names in err and "Economic Espionage Act of 1996" in err and "Traceback" not in err


def test_before_1991_refused(tmp_path, capsys):
    """The §2K2.1 of 1989-1991 has no note on § 924 offenses (tables/firearm_offense.toml)."""
    code, err = run(tmp_path, capsys, firearm_case('convicted_under = ["924(j)"]',
                                                   manual="1990"))
    assert code == 2 and FIELD in err, err


def test_earlier_manual_compared_takes_the_statute_as_not_named(tmp_path, capsys):
    """§1B1.11(b)(1): an offense of June 1997 under § 924(l) (the 1996 number), sentenced Feb.
    2026. The 2025 Manual names it: (a)(7) 12, (b)(4)(A) not applied. The Manual of Nov. 1,
    1996 in force at the offense names § 924(j), (k): weighed, the statute is one its note does
    not name (a step "not named" and a warning on its sheet), so (b)(4) +2 = 14 (were it
    refused, the run would fail; were it named, 12); the 2025 Manual, lower, applies."""
    text = stolen_case('"924(l)"', "2025").replace(
        'manual = "2025"', "sentencing_date = 2026-02-02\noffense_date = 1997-06-01")
    code, result = run(tmp_path, capsys, text)
    assert code == 0, result
    assert result["edition"] == "2025-11-01" and result["total_offense_level"] == 12
    earlier = result["compared"][0]
    assert earlier["result"]["total_offense_level"] == 14
    assert earlier["manual_in_force"] < "1998-11-01"  # a Manual whose note names (j), (k)
