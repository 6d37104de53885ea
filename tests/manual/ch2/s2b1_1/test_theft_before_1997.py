"""The theft guideline §2B1.1 before Nov. 1, 1997 (issue #15), and its financial-institution
paragraph and cross reference to Oct. 31, 2001, through the real command line.

Every expected level is worked by hand from the words Appendix C prints
(/work/shared/reference/ussg/appendix_c_2016/, "Vol. I" and "Vol. II" below):
- (a) 4 (Vol. II line 5503); the loss tables: 1987 "(B) $101 - $1,000 add 1" ... "(N) over
  $5,000,000 add 13" (Vol. I lines 1684-1698, Amendment 99 quoting them), from Nov. 1, 1989
  "(B) More than $100 add 1" ... (lines 1700-1722);
- 1987: (2) "If a firearm, destructive device, or controlled substance was taken, increase by
  1 level; but if the resulting offense level is less than 7, increase to level 7" (512's
  quotation, lines 16312-16318, less 481's insertions, lines 13931-13934); (3) theft from the
  person +2; (4) more than minimal planning +2; (5) undelivered mail taken, at least 6; (6)
  "organized criminal activity", at least 14 (Amendment 100, lines 1731-1732);
- Nov. 1, 1989: (6) "an organized scheme to steal vehicles or vehicle parts" (Amendment 100);
- Nov. 1, 1990: (4) mail and (5) planning transposed (Amendment 312, lines 6398-6399); (7)
  "If the offense substantially jeopardized the safety and soundness of a financial
  institution, increase by 4 levels. If the resulting offense level is less than level 24,
  increase to level 24." (Amendment 317, lines 6498-6501);
- Nov. 1, 1991: (7)(A) or "(B) affected a financial institution and the defendant derived more
  than $1,000,000 in gross receipts from the offense" (Amendment 364, lines 8243-8245);
- Nov. 1, 1993: (2)(B), (4)(B) stolen property received; (5)(B) the stolen property business,
  +4 (Amendment 481, lines 13929-13942);
- Nov. 1, 1995: (2) deleted, (3)-(7) renumbered (2)-(6), and (c)(1) (Amendment 512, lines
  16311-16333), the text 617 quotes (Vol. II lines 5531-5583).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.manual.ch2.chapter_two_cli import calc_json, calc_refused, case_file

#: a loss for each number of levels the table adds (whole dollars inside each line)
LOSS_1987 = {1: "$500", 2: "$1,500", 3: "$3,000", 4: "$7,000", 5: "$15,000", 6: "$30,000",
             7: "$70,000", 8: "$150,000", 9: "$300,000", 10: "$700,000", 11: "$1,500,000"}
LOSS_1989 = {1: "$500", 2: "$1,500", 3: "$3,000", 4: "$7,000", 5: "$15,000", 6: "$30,000",
             7: "$50,000", 8: "$100,000", 9: "$150,000", 10: "$300,000", 11: "$400,000",
             12: "$600,000", 13: "$1,000,000", 14: "$2,000,000", 15: "$3,000,000",
             16: "$6,000,000", 17: "$15,000,000"}
BASE = 4


def _loss(manual: str, level: int) -> str:
    """The loss that brings (a) 4 to ``level`` under the edition's table."""
    return (LOSS_1987 if manual < "1989-11-01" else LOSS_1989)[level - BASE]


def _steps(capsys, path: Path) -> list[dict]:
    return [s for s in calc_json(capsys, path)["steps"] if s["chapter"] == "chapter_two"]


def _theft(tmp_path: Path, manual: str, facts: str, loss: str, more: str = "") -> Path:
    """A theft case under ``manual``, category VI (the original Sentencing Table's cells of
    "0-1 ... 0-6" months in category I at the lowest levels are refused, not guessed)."""
    path = case_file(tmp_path, "2B1.1", "theft_fraud", f'loss = "{loss}"\n{facts}', manual,
                     more)
    path.write_text(path.read_text().replace('category = "I"', 'category = "VI"'))
    return path


# (edition, fact, paragraph as numbered then, the increase, the floor)
FLOORS = [
    ("1987-11-01", "firearm_or_controlled_substance_taken = true", "(b)(2)", 1, 7),
    ("1987-11-01", "undelivered_mail = true", "(b)(5)", 0, 6),
    ("1987-11-01", "organized_criminal_activity = true", "(b)(6)", 0, 14),
    ("1989-11-01", "firearm_or_controlled_substance_taken = true", "(b)(2)", 1, 7),
    ("1989-11-01", "undelivered_mail = true", "(b)(5)", 0, 6),
    ("1989-11-01", "organized_scheme_vehicles = true", "(b)(6)", 0, 14),
    ("1990-11-01", "firearm_or_controlled_substance_taken = true", "(b)(2)", 1, 7),
    ("1990-11-01", "undelivered_mail = true", "(b)(4)", 0, 6),
    ("1990-11-01", "organized_scheme_vehicles = true", "(b)(6)", 0, 14),
    ("1990-11-01", "jeopardized_financial_institution = true", "(b)(7)", 4, 24),
    ("1991-11-01", "jeopardized_financial_institution = true", "(b)(7)", 4, 24),
    ("1991-11-01", 'affected_financial_institution = true\n'
                   'gross_receipts_from_offense = "$1,000,000.01"', "(b)(7)", 4, 24),
    ("1993-11-01", "firearm_or_controlled_substance_taken = true", "(b)(2)", 1, 7),
    ("1993-11-01", "undelivered_mail = true", "(b)(4)", 0, 6),
    ("1993-11-01", "organized_scheme_vehicles = true", "(b)(6)", 0, 14),
    ("1993-11-01", "jeopardized_financial_institution = true", "(b)(7)", 4, 24),
    ("1995-11-01", "undelivered_mail = true", "(b)(3)", 0, 6),
    ("1995-11-01", "organized_scheme_vehicles = true", "(b)(5)", 0, 14),
    ("1995-11-01", "jeopardized_financial_institution = true", "(b)(6)", 4, 24),
    ("1995-11-01", 'affected_financial_institution = true\n'
                   'gross_receipts_from_offense = "$2,000,000"', "(b)(6)", 4, 24),
    # the financial-institution paragraph of 1997 and 1998 (617's (6), Vol. II lines 5550-5557)
    ("1997-11-01", "jeopardized_financial_institution = true", "(b)(6)", 4, 24),
    ("1998-11-01", 'affected_financial_institution = true\n'
                   'gross_receipts_from_offense = "$1,000,000.01"', "(b)(6)", 4, 24),
]


@pytest.mark.parametrize("manual,facts,paragraph,increase,floor", FLOORS)
@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_every_floor_below_at_and_above(tmp_path: Path, capsys, manual: str, facts: str,
                                        paragraph: str, increase: int, floor: int,
                                        offset: int) -> None:
    """The level before the paragraph is set so that with its increase it is one below the
    floor (raised to the floor), at it, or one above it (the floor changes nothing)."""
    before = floor - increase + offset
    steps = _steps(capsys, _theft(tmp_path, manual, facts, _loss(manual, before)))
    assert steps[-1]["level"] == (floor if offset <= 0 else floor + 1)
    assert steps[-1]["section"].startswith(f"§2B1.1{paragraph}")
    raised = [s for s in steps if s["title"] == f"Minimum offense level {floor}"]
    assert len(raised) == (1 if offset == -1 else 0)
    if increase:
        (increased,) = [s for s in steps if s["delta"] == increase
                        and s["section"].startswith(f"§2B1.1{paragraph}")
                        and not s["title"].startswith("Minimum")]
        assert increased["level"] == before + increase


# (edition, fact, the step's section, the increase): loss $500, 4 + 1 = 5 before it
INCREASES = [
    ("1987-11-01", "theft_from_the_person = true", "(b)(3)", 2),
    ("1987-11-01", "more_than_minimal_planning = true", "(b)(4)", 2),
    ("1989-11-01", "more_than_minimal_planning = true", "(b)(4)", 2),
    ("1990-11-01", "more_than_minimal_planning = true", "(b)(5)", 2),
    ("1991-11-01", "theft_from_the_person = true", "(b)(3)", 2),
    ("1993-11-01", "more_than_minimal_planning = true", "(b)(5)(A)", 2),
    ("1993-11-01", "receiving_stolen_property_in_business = true", "(b)(5)(B)", 4),
    ("1995-11-01", "theft_from_the_person = true", "(b)(2)", 2),
    ("1995-11-01", "more_than_minimal_planning = true", "(b)(4)(A)", 2),
    ("1995-11-01", "receiving_stolen_property_in_business = true", "(b)(4)(B)", 4),
]


@pytest.mark.parametrize("manual,facts,section,increase", INCREASES)
def test_every_increase(tmp_path: Path, capsys, manual: str, facts: str, section: str,
                        increase: int) -> None:
    steps = _steps(capsys, _theft(tmp_path, manual, facts, "$500"))
    assert [(s["section"], s["level"]) for s in steps] == [
        ("§2B1.1(a)", 4), ("§2B1.1(b)(1)(B)", 5), (f"§2B1.1{section}", 5 + increase)]


def test_the_mail_floor_before_planning_from_amendment_312(tmp_path: Path, capsys) -> None:
    """Amendment 312's reason (Vol. I lines 6404-6415): with more than minimal planning and a
    loss of $1,000 or less, the original order gave 1-2 levels less than §2B5.2. Loss $500:
    Nov. 1, 1989: 5, (4) planning +2 = 7, (5) mail floor 6 changes nothing: 7. Nov. 1, 1990:
    5, (4) mail floor 6, (5) planning +2 = 8."""
    facts = "undelivered_mail = true\nmore_than_minimal_planning = true"
    before = _steps(capsys, _theft(tmp_path, "1989-11-01", facts, "$500"))
    assert [(s["section"], s["level"]) for s in before] == [
        ("§2B1.1(a)", 4), ("§2B1.1(b)(1)(B)", 5), ("§2B1.1(b)(4)", 7), ("§2B1.1(b)(5)", 7)]
    assert before[-1]["change"] == "no change"
    after = _steps(capsys, _theft(tmp_path, "1990-11-01", facts, "$500"))
    assert [(s["section"], s["level"]) for s in after] == [
        ("§2B1.1(a)", 4), ("§2B1.1(b)(1)(B)", 5), ("§2B1.1(b)(4)", 6), ("§2B1.1(b)(5)", 8)]


def test_worked_case_1988(tmp_path: Path, capsys) -> None:
    """The Jan. 15, 1988 Manual (the 1987 text of (b)): a stolen firearm taken from the person
    with more than minimal planning, loss $1,500: (a) 4; (b)(1)(C) "$1,001 - $2,000 add 2" = 6;
    (b)(2) +1 = 7 (not less than 7); (b)(3) +2 = 9; (b)(4) +2 = 11."""
    path = _theft(tmp_path, "1988-01-15", "firearm_or_controlled_substance_taken = true\n"
                  "theft_from_the_person = true\nmore_than_minimal_planning = true", "$1,500")
    result = calc_json(capsys, path)
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B1.1(a)", 4), ("§2B1.1(b)(1)(C)", 6), ("§2B1.1(b)(2)", 7), ("§2B1.1(b)(3)", 9),
        ("§2B1.1(b)(4)", 11)]
    assert result["table_offense_level"] == 11


def test_worked_case_1994_receiving_in_business(tmp_path: Path, capsys) -> None:
    """The Nov. 1, 1993 Manual: a fence in the business of receiving and selling stolen
    property received stolen mail and firearms worth $30,000, with more than minimal
    planning: (a) 4; (b)(1)(G) more than $20,000 add 6 = 10; (b)(2)(B) received firearms +1
    = 11; (b)(4)(B) mail: 11 is not less than 6; (b)(5) "(A) ... 2 levels; or (B) ... 4
    levels": (B), +4 = 15."""
    path = _theft(tmp_path, "1993-11-01", "firearm_or_controlled_substance_taken = true\n"
                  "undelivered_mail = true\nmore_than_minimal_planning = true\n"
                  "receiving_stolen_property_in_business = true", "$30,000")
    assert [(s["section"], s["level"]) for s in _steps(capsys, path)] == [
        ("§2B1.1(a)", 4), ("§2B1.1(b)(1)(G)", 10), ("§2B1.1(b)(2)", 11),
        ("§2B1.1(b)(4)", 11), ("§2B1.1(b)(5)(B)", 15)]


@pytest.mark.parametrize("receipts,applied", [("$1,000,000", False), ("$1,000,000.01", True)])
def test_gross_receipts_more_than_1_000_000(tmp_path: Path, capsys, receipts: str,
                                            applied: bool) -> None:
    """Nov. 1, 1991 (b)(7)(B): "derived more than $1,000,000 in gross receipts": exactly
    $1,000,000 is not more. Loss $2,000,000: 4 + 14 = 18; +4 = 22; at least 24."""
    path = _theft(tmp_path, "1991-11-01", 'affected_financial_institution = true\n'
                  f'gross_receipts_from_offense = "{receipts}"', "$2,000,000")
    steps = _steps(capsys, path)
    if applied:
        assert [(s["section"], s["level"]) for s in steps[-2:]] == [
            ("§2B1.1(b)(7)(B)", 22), ("§2B1.1(b)(7)", 24)]
    else:
        assert (steps[-1]["section"], steps[-1]["level"], steps[-1]["change"]) == (
            "§2B1.1(b)(7)", 18, "not applied")


@pytest.mark.parametrize("manual,facts", [
    # before Amendment 317 (Nov. 1, 1990) no financial-institution paragraph
    ("1989-11-01", "jeopardized_financial_institution = true"),
    # before Amendment 364 (Nov. 1, 1991) no (B)
    ("1990-11-01", "affected_financial_institution = true"),
    ("1990-11-01", 'gross_receipts_from_offense = "$2,000,000"'),
    # Amendment 100 (Nov. 1, 1989) replaced "organized criminal activity"
    ("1989-11-01", "organized_criminal_activity = true"),
    ("1988-06-15", "organized_scheme_vehicles = true"),
    # Amendment 512 (Nov. 1, 1995) deleted (b)(2)
    ("1995-11-01", "firearm_or_controlled_substance_taken = true"),
    ("1998-11-01", "firearm_or_controlled_substance_taken = true"),
    # the stolen property business came with Amendment 481 (Nov. 1, 1993; §2B1.2 before)
    ("1992-11-01", "receiving_stolen_property_in_business = true"),
    # the trade secrets paragraph with Amendment 551 (Nov. 1, 1997)
    ("1995-11-01", "trade_secret_to_benefit_foreign_government = true"),
    # the theft guideline's facts in the consolidated guideline
    ("2025", "firearm_or_controlled_substance_taken = true"),
    ("2025", "affected_financial_institution = true"),
])
def test_a_paragraph_the_edition_lacks_is_refused(tmp_path: Path, capsys, manual: str,
                                                  facts: str) -> None:
    name = facts.split(" = ")[0]
    path = case_file(tmp_path, "2B1.1", "theft_fraud", f'loss = "$500"\n{facts}', manual)
    if manual == "2025":  # (a)(1)/(a)(2) read the statutory maximum
        path.write_text(path.read_text().replace('guideline = "2B1.1"',
                                                 'guideline = "2B1.1"\n'
                                                 'statutory_maximum_months = 120'))
    assert f"offense.theft_fraud.{name}" in calc_refused(capsys, path)


@pytest.mark.parametrize("name", ["financial_institution_gross_receipts"])
def test_the_consolidated_receipts_are_refused_in_the_theft_guideline(tmp_path: Path, capsys,
                                                                       name: str) -> None:
    """The theft guideline's (B) reads the receipts "from the offense" of an offense that
    affected a financial institution, not the consolidated guideline's receipts "from one or
    more financial institutions": the message names the fact to give."""
    path = _theft(tmp_path, "1995-11-01", f'{name} = "$2,000,000"', "$500")
    error = calc_refused(capsys, path)
    assert f"offense.theft_fraud.{name}" in error and "gross_receipts_from_offense" in error


CROSS = ('[offense.theft_fraud.cross_reference]\nground = "firearm_explosive_or_drug_taken"\n'
         'guideline = "2K2.1"\noffense_level = {level}\n')


@pytest.mark.parametrize("level,applied", [(11, False), (12, False), (13, True)])
def test_c1_if_greater_from_amendment_512(tmp_path: Path, capsys, level: int,
                                          applied: bool) -> None:
    """Nov. 1, 1995 - Oct. 31, 2001, (c)(1): "... apply ... §2K2.1 ..., as appropriate, if the
    resulting offense level is greater than that determined above" (Vol. I lines
    16320-16333). Loss $30,000 (4 + 6 = 10), more than minimal planning +2 = 12: §2K2.1 at
    12 or less is not applied; 13 is."""
    path = _theft(tmp_path, "1995-11-01", "more_than_minimal_planning = true", "$30,000",
                  CROSS.format(level=level))
    steps = _steps(capsys, path)
    assert steps[-1]["section"] == "§2B1.1(c)(1)"
    assert steps[-1]["level"] == (level if applied else 12)
    assert (steps[-1]["change"] == "not applied") is not applied


@pytest.mark.parametrize("manual", ["1994-11-01", "1987-11-01"])
def test_no_cross_reference_before_amendment_512(tmp_path: Path, capsys, manual: str) -> None:
    path = _theft(tmp_path, manual, "", "$30,000", CROSS.format(level=20))
    error = calc_refused(capsys, path)
    assert "offense.theft_fraud.cross_reference" in error and "Nov. 1, 1995" in error


FACTS_1987_1995 = {
    "1987-11-01": ["firearm_or_controlled_substance_taken = true",
                   "theft_from_the_person = true", "more_than_minimal_planning = true",
                   "undelivered_mail = true", "organized_criminal_activity = true"],
    "1991-11-01": ["firearm_or_controlled_substance_taken = true",
                   "theft_from_the_person = true", "more_than_minimal_planning = true",
                   "undelivered_mail = true", "organized_scheme_vehicles = true",
                   "jeopardized_financial_institution = true"],
    "1995-11-01": ["theft_from_the_person = true", "more_than_minimal_planning = true",
                   "receiving_stolen_property_in_business = true", "undelivered_mail = true",
                   "organized_scheme_vehicles = true",
                   "jeopardized_financial_institution = true"],
}


@settings(max_examples=20, deadline=None)
@given(manual=st.sampled_from(sorted(FACTS_1987_1995)), a=st.integers(0, 9_000_000),
       b=st.integers(0, 9_000_000), data=st.data())
def test_more_loss_or_a_characteristic_never_lowers_the_level(tmp_path_factory, manual, a, b,
                                                               data) -> None:
    """Over the real tables of 1987, 1991 and 1995 (whole dollars: the 1987 table's lines are
    whole dollars): more loss, or one more characteristic, never lowers the level, which
    stays within 1-43."""
    import contextlib
    import io
    import json

    from ussg.guidelines.cli import main
    names = FACTS_1987_1995[manual]
    chosen = data.draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
    extra = data.draw(st.sampled_from(names))
    low, high = sorted((a, b))
    folder = tmp_path_factory.mktemp("theft")
    levels = []
    for amount, facts in ((low, chosen), (high, chosen), (high, sorted({*chosen, extra}))):
        path = _theft(folder, manual, "\n".join(facts), f"${amount:,}")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["calc", str(path), "--format", "json"]) == 0
        levels.append(json.loads(out.getvalue())["table_offense_level"])
    assert levels[0] <= levels[1] <= levels[2]
    assert all(1 <= level <= 43 for level in levels)


def test_the_example_gives_what_its_comments_work_by_hand(capsys) -> None:
    """examples/theft-financial-institution-1991.toml, worked in its comments."""
    from tests.conftest import EXAMPLES
    result = calc_json(capsys, EXAMPLES / "theft-financial-institution-1991.toml")
    assert [(s["section"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two"] == [
        ("§2B1.1(a)", 4), ("§2B1.1(b)(1)(N)", 17), ("§2B1.1(b)(5)", 19),
        ("§2B1.1(b)(7)(B)", 23), ("§2B1.1(b)(7)", 24)]
    assert result["table_offense_level"] == 24
