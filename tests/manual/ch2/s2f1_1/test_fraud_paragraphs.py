"""§2F1.1(b) (Fraud and Deceit) before Nov. 1, 2001, every paragraph of each edition (issue
#15), through the real command line.

Every expected level is worked by hand from the words Appendix C prints
(/work/shared/reference/ussg/appendix_c_2016/, "Vol. I" and "Vol. II" below):
- (a) 6 (Vol. II line 5834); the loss tables: 1987 "(B) $2,001 - $5,000 add 1" ... "(L) over
  $5,000,000 add 11" (Vol. I lines 3105-3117, Amendment 154 quoting them), from Nov. 1, 1989
  "(B) More than $2,000 add 1" ... "(S) More than $80,000,000 add 18" (lines 3119-3138);
- 1987: (2) "(A) more than minimal planning; (B) a scheme to defraud more than one victim; (C) a
  misrepresentation ...; or (D) violation of any judicial or administrative order ...; increase
  by 2 levels, but if the result is less than level 10, increase to level 10" (Amendment 156,
  lines 3169-3174); (3) foreign bank accounts, at least 12 (156 renumbered it (5); 577 quotes
  it, Vol. II lines 66-70);
- Nov. 1, 1989 (Amendment 156, Vol. I lines 3175-3183): (3) misrepresentation or violation of
  an order +2, at least 10; (4) risk of serious bodily injury +2, at least 13; (5) foreign bank
  accounts;
- Nov. 1, 1990: (6) financial institution +4, at least 24 (Amendment 317, lines 6567-6572);
  Nov. 1, 1991: its (B) (Amendment 364, lines 8329-8332); Nov. 1, 1993: "not addressed
  elsewhere in the guidelines" in (3)(B) (Amendment 482, lines 14548-14549); Nov. 1, 1995:
  (4)(B) a dangerous weapon (Amendment 513, lines 16377-16379);
- Nov. 1, 1998 (Amendment 587, Vol. II lines 756-778): (3) mass-marketing, (4)
  misrepresentation or order (10), (5) sophisticated means (12), (6) risk or weapon (13), (7)
  financial institution (24); the foreign bank accounts paragraph gone (Amendment 577);
- Nov. 1, 2000: (4)(B) bankruptcy and (C) "prior, specific" order (Amendment 597, lines
  2689-2692); (5) access devices and means of identification, +2, at least 12 (Amendment 596,
  lines 2409-2423); (6)-(8) as 617 quotes them (lines 5858-5916).
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file
from ussg.guidelines.cli import main

#: a loss for each number of levels the table adds
LOSS_1987 = {1: "$3,000", 2: "$7,000", 3: "$15,000", 4: "$30,000", 5: "$70,000",
             6: "$150,000", 7: "$300,000", 8: "$700,000", 9: "$1,500,000", 10: "$3,000,000",
             11: "$6,000,000"}
LOSS_1989 = {1: "$3,000", 2: "$7,000", 3: "$15,000", 4: "$30,000", 5: "$50,000",
             6: "$100,000", 7: "$150,000", 8: "$300,000", 9: "$400,000", 10: "$600,000",
             11: "$1,000,000", 12: "$2,000,000", 13: "$3,000,000", 14: "$6,000,000",
             15: "$15,000,000", 16: "$30,000,000"}
BASE = 6


def _loss(manual: str, level: int) -> str:
    return (LOSS_1987 if manual < "1989-11-01" else LOSS_1989)[level - BASE]


def _fraud(tmp_path: Path, manual: str, facts: str, loss: str) -> Path:
    """A §2F1.1 case under ``manual``, category VI (the original Sentencing Table's lowest
    cells in category I are refused, not guessed)."""
    path = case_file(tmp_path, "2F1.1", "fraud_deceit", f'loss = "{loss}"\n{facts}', manual)
    path.write_text(path.read_text().replace('category = "I"', 'category = "VI"'))
    return path


def _steps(capsys, path: Path) -> list[dict]:
    return [s for s in calc_json(capsys, path)["steps"] if s["chapter"] == "chapter_two"]


MISREP = "misrepresented_acting_for_charity_or_government = true"
ORDER = "violated_prior_order = true"
RISK = "risk_of_serious_bodily_injury = true"
WEAPON = "possessed_dangerous_weapon = true"
FOREIGN = "foreign_bank_accounts = true"
JEOPARDY = "jeopardized_financial_institution = true"
AFFECTED = 'affected_financial_institution = true\ngross_receipts_from_offense = "$1,000,000.01"'

# (edition, facts, paragraph as numbered then, the increase, the floor)
FLOORS = [
    ("1987-11-01", "more_than_minimal_planning = true", "(b)(2)", 2, 10),
    ("1987-11-01", MISREP, "(b)(2)", 2, 10),
    ("1987-11-01", ORDER, "(b)(2)", 2, 10),
    ("1987-11-01", FOREIGN, "(b)(3)", 0, 12),
    ("1989-11-01", MISREP, "(b)(3)", 2, 10),
    ("1989-11-01", ORDER, "(b)(3)", 2, 10),
    ("1989-11-01", RISK, "(b)(4)", 2, 13),
    ("1989-11-01", FOREIGN, "(b)(5)", 0, 12),
    ("1990-11-01", JEOPARDY, "(b)(6)", 4, 24),
    ("1991-11-01", JEOPARDY, "(b)(6)", 4, 24),
    ("1991-11-01", AFFECTED, "(b)(6)", 4, 24),
    ("1993-11-01", ORDER, "(b)(3)", 2, 10),
    ("1995-11-01", RISK, "(b)(4)", 2, 13),
    ("1995-11-01", WEAPON, "(b)(4)", 2, 13),
    ("1995-11-01", FOREIGN, "(b)(5)", 0, 12),
    ("1995-11-01", AFFECTED, "(b)(6)", 4, 24),
    ("1998-11-01", MISREP, "(b)(4)", 2, 10),
    ("1998-11-01", ORDER, "(b)(4)", 2, 10),
    ("1998-11-01", WEAPON, "(b)(6)", 2, 13),
    ("1998-11-01", JEOPARDY, "(b)(7)", 4, 24),
    ("2000-11-01", "fraud_in_bankruptcy_proceeding = true", "(b)(4)", 2, 10),
    ("2000-11-01", ORDER, "(b)(4)", 2, 10),
    ("2000-11-01", "device_making_equipment = true", "(b)(5)", 2, 12),
    ("2000-11-01", "produced_or_trafficked_access_devices = true", "(b)(5)", 2, 12),
    ("2000-11-01", "identification_used_to_obtain_other_identification = true", "(b)(5)", 2,
     12),
    ("2000-11-01", "unlawfully_produced_means_of_identification = 5", "(b)(5)", 2, 12),
    ("2000-11-01", RISK, "(b)(7)", 2, 13),
    ("2000-11-01", AFFECTED, "(b)(8)", 4, 24),
]


@pytest.mark.parametrize("manual,facts,paragraph,increase,floor", FLOORS)
@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_every_floor_below_at_and_above(tmp_path: Path, capsys, manual: str, facts: str,
                                        paragraph: str, increase: int, floor: int,
                                        offset: int) -> None:
    """The level before the paragraph is set so that with its increase it is one below the
    floor (raised to it), at it, or one above it (the floor changes nothing)."""
    before = floor - increase + offset
    steps = _steps(capsys, _fraud(tmp_path, manual, facts, _loss(manual, before)))
    assert steps[-1]["level"] == (floor if offset <= 0 else floor + 1)
    assert steps[-1]["section"].startswith(f"§2F1.1{paragraph}")
    raised = [s for s in steps if s["title"] == f"Minimum offense level {floor}"
              or s["reason"].endswith(f"increase to level {floor}”")
              and s["change"].startswith("→")]
    assert len(raised) == (1 if offset == -1 else 0), steps
    if increase:
        (increased,) = [s for s in steps if s["delta"] == increase
                        and s["section"].startswith(f"§2F1.1{paragraph}")
                        and not s["title"].startswith("Minimum")
                        and not s["change"].startswith("→")]
        assert increased["level"] == before + increase


@pytest.mark.parametrize("count,applied", [(4, False), (5, True)])
def test_five_or_more_means_of_identification(tmp_path: Path, capsys, count: int,
                                              applied: bool) -> None:
    """2000, (b)(5)(C)(ii): "the possession of 5 or more means of identification ...". Loss
    $3,000: 6 + 1 = 7; with 5, +2 = 9 and at least 12; with 4, not applied."""
    steps = _steps(capsys, _fraud(tmp_path, "2000-11-01",
                                  f"unlawfully_produced_means_of_identification = {count}",
                                  "$3,000"))
    if applied:
        assert [(s["section"], s["level"]) for s in steps[-2:]] == [
            ("§2F1.1(b)(5)(C)(ii)", 9), ("§2F1.1(b)(5)", 12)]
    else:
        assert (steps[-1]["section"], steps[-1]["level"], steps[-1]["change"]) == (
            "§2F1.1(b)(5)", 7, "not applied")


def test_worked_case_1988_the_floor_of_b2(tmp_path: Path, capsys) -> None:
    """The June 15, 1988 Manual: a sham charity mailing with more than minimal planning and
    foreign bank accounts, loss $15,000: (a) 6; (b)(1)(D) "$10,001 - $20,000 add 3" = 9;
    (b)(2) (A) and (C) +2 = 11 (one increase: the clauses are one paragraph), not less than 10;
    (b)(3) foreign bank accounts: less than 12, increase to 12."""
    steps = _steps(capsys, _fraud(tmp_path, "1988-06-15",
                                  f"more_than_minimal_planning = true\n{MISREP}\n{FOREIGN}",
                                  "$15,000"))
    assert [(s["section"], s["level"]) for s in steps] == [
        ("§2F1.1(a)", 6), ("§2F1.1(b)(1)(D)", 9), ("§2F1.1(b)(2)", 11), ("§2F1.1(b)(3)", 12)]


def test_worked_case_1992_in_the_manuals_order(tmp_path: Path, capsys) -> None:
    """The Nov. 1, 1991 Manual, loss $3,000: (a) 6; (b)(1)(B) more than $2,000 add 1 = 7;
    (b)(2)(A) planning +2 = 9; (b)(3)(B) violation of an order +2 = 11 (at least 10: no
    change); (b)(4) risk of serious bodily injury +2 = 13; (b)(5) foreign bank accounts: 13 is
    not less than 12."""
    steps = _steps(capsys, _fraud(tmp_path, "1991-11-01",
                                  f"more_than_minimal_planning = true\n{ORDER}\n{RISK}\n"
                                  f"{FOREIGN}", "$3,000"))
    assert [(s["section"], s["level"]) for s in steps] == [
        ("§2F1.1(a)", 6), ("§2F1.1(b)(1)(B)", 7), ("§2F1.1(b)(2)", 9),
        ("§2F1.1(b)(3)(B)", 11), ("§2F1.1(b)(4)", 13), ("§2F1.1(b)(5)", 13)]


def test_worked_case_2000_identity_theft(tmp_path: Path, capsys) -> None:
    """The Nov. 1, 2000 Manual: a telemarketing scheme breeding identities, loss $30,000:
    (a) 6; (b)(1)(E) more than $20,000 add 4 = 10; (b)(2)(B) +2 = 12; (b)(3) mass-marketing
    +2 = 14; (b)(5)(C)(i) +2 = 16 (at least 12); (b)(6)(B) from outside the United States +2 =
    18."""
    steps = _steps(capsys, _fraud(tmp_path, "2000-11-01",
                                  "scheme_to_defraud_more_than_one_victim = true\n"
                                  "mass_marketing = true\n"
                                  "identification_used_to_obtain_other_identification = true\n"
                                  "scheme_outside_united_states = true", "$30,000"))
    assert [(s["section"], s["level"]) for s in steps] == [
        ("§2F1.1(a)", 6), ("§2F1.1(b)(1)(E)", 10), ("§2F1.1(b)(2)", 12),
        ("§2F1.1(b)(3)", 14), ("§2F1.1(b)(5)(C)(i)", 16), ("§2F1.1(b)(6)", 18)]


@pytest.mark.parametrize("receipts,applied", [("$1,000,000", False), ("$1,000,000.01", True)])
def test_gross_receipts_more_than_1_000_000(tmp_path: Path, capsys, receipts: str,
                                            applied: bool) -> None:
    """Nov. 1, 1998 (b)(7)(B): loss $3,000: 7; +4 = 11; at least 24."""
    steps = _steps(capsys, _fraud(tmp_path, "1998-11-01", "affected_financial_institution = "
                                  f'true\ngross_receipts_from_offense = "{receipts}"',
                                  "$3,000"))
    if applied:
        assert [(s["section"], s["level"]) for s in steps[-2:]] == [
            ("§2F1.1(b)(7)(B)", 11), ("§2F1.1(b)(7)", 24)]
    else:
        assert steps[-1]["change"] == "not applied" and steps[-1]["level"] == 7


@pytest.mark.parametrize("manual,facts", [
    ("1988-06-15", RISK),  # (4) risk of injury from Amendment 156, Nov. 1, 1989
    ("1989-11-01", JEOPARDY),  # the financial institution from Amendment 317, Nov. 1, 1990
    ("1990-11-01", "affected_financial_institution = true"),  # (B) from Amendment 364
    ("1994-11-01", WEAPON),  # the dangerous weapon from Amendment 513, Nov. 1, 1995
    ("1998-11-01", FOREIGN),  # struck by Amendment 577, Nov. 1, 1998
    ("1998-11-01", "fraud_in_bankruptcy_proceeding = true"),  # Amendment 597, Nov. 1, 2000
    ("1998-11-01", "device_making_equipment = true"),  # Amendment 596, Nov. 1, 2000
    ("1996-11-01", "convicted_under_1030_a4 = true"),  # (c) from Amendment 551, Nov. 1, 1997
])
def test_a_paragraph_the_edition_lacks_is_refused(tmp_path: Path, capsys, manual: str,
                                                  facts: str) -> None:
    name = facts.split(" = ")[0]
    error = calc_refused(capsys, _fraud(tmp_path, manual, facts, "$3,000"))
    assert f"offense.fraud_deceit.{name}" in error


def test_the_special_instruction_is_a_step_with_its_words(tmp_path: Path, capsys) -> None:
    """(c)(1), Nov. 1, 1997 - Oct. 31, 2001 (Amendment 551, Vol. I lines 19970-19974): a step
    quoting it; the range's minimum is raised in Chapter Five (tests/manual/ch5/
    test_minimum_guideline_sentence.py)."""
    steps = _steps(capsys, _fraud(tmp_path, "2000-11-01", "convicted_under_1030_a4 = true",
                                  "$3,000"))
    step = next(s for s in steps if s["section"] == "§2F1.1(c)(1)")
    assert step["change"] == "minimum guideline sentence 6 months"
    assert "shall be six months’ imprisonment" in step["reason"]


FACTS = {
    "1987-11-01": ["more_than_minimal_planning = true", MISREP, ORDER, FOREIGN],
    "1991-11-01": ["more_than_minimal_planning = true", MISREP, RISK, FOREIGN, JEOPARDY],
    "2000-11-01": ["scheme_to_defraud_more_than_one_victim = true", "mass_marketing = true",
                   ORDER, "device_making_equipment = true", "sophisticated_means = true",
                   WEAPON, JEOPARDY],
}


@settings(max_examples=20, deadline=None)
@given(manual=st.sampled_from(sorted(FACTS)), a=st.integers(0, 90_000_000),
       b=st.integers(0, 90_000_000), data=st.data())
def test_more_loss_or_a_characteristic_never_lowers_the_level(tmp_path_factory, manual, a, b,
                                                               data) -> None:
    """Over the real tables of 1987, 1991 and 2000: more loss, or one more characteristic,
    never lowers the level, which stays within 1-43."""
    names = FACTS[manual]
    chosen = data.draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
    extra = data.draw(st.sampled_from(names))
    low, high = sorted((a, b))
    folder = tmp_path_factory.mktemp("fraud")
    levels = []
    for amount, facts in ((low, chosen), (high, chosen), (high, sorted({*chosen, extra}))):
        path = _fraud(folder, manual, "\n".join(facts), f"${amount:,}")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["calc", str(path), "--format", "json"]) == 0
        levels.append(json.loads(out.getvalue())["table_offense_level"])
    assert levels[0] <= levels[1] <= levels[2]
    assert all(1 <= level <= 43 for level in levels)


def test_the_example_gives_what_its_comments_work_by_hand(capsys) -> None:
    """examples/fraud-deceit-1989.toml, worked in its comments."""
    from tests.conftest import EXAMPLES
    result = calc_json(capsys, EXAMPLES / "fraud-deceit-1989.toml")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2F1.1(a)", 6), ("§2F1.1(b)(1)(B)", 7), ("§2F1.1(b)(2)", 9),
        ("§2F1.1(b)(3)(A)", 11), ("§2F1.1(b)(5)", 12)]
    assert result["table_offense_level"] == 12
