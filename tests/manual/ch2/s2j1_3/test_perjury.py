"""§2J1.3 (Perjury or Subornation of Perjury; Bribery of Witness), every edition from Nov. 1,
1987, each level worked by hand from the Manual's text:
- 2016 Manual lines 7097-7133 and 2025 Manual lines 12869-12939
  (../shared/reference/ussg/manual_20xx/GLM20xx_fulltext.txt): the text since Nov. 1, 2003;
- Appendix C (../shared/reference/ussg/appendix_c_2016/): Amendment 175 (Vol. I lines
  3421-3431: (b)(1), (b)(2), (c)(1) of 1987 and 1989), 481 (lines 14258-14264: witness
  bribery), 653 (Vol. II line 15305: (a) 12 to 14), 758 (Vol. III lines 17291-17293), 777
  (Supplement lines 2112-2116: Note 2 names §3C1.1).
The edges are computed in-process through the engine; the worked cases run the real CLI.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines import CaseFileError, calculate, parse_case
from ussg.guidelines.engine.tables import load_table

from tests.manual.ch2.chapter_two_cli import calc_json, case_file

G, KEY = "2J1.3", "perjury"


def _text(when: str, facts: str, more: str = "") -> str:
    # a date: sentenced that day (the Manual in force); else a Manual. Category VI: the 1987
    # Sentencing Table's zero-minimum cells of the lower categories are refused by ussg
    head = f"sentencing_date = {when}" if "-" in when else f'manual = "{when}"'
    return (f'{head}\n[offense]\nguideline = "{G}"\n[offense.{KEY}]\n{facts}\n{more}'
            f'[criminal_history]\ncategory = "VI"\n')


def _steps(when: str, facts: str, more: str = "") -> list[tuple[str, str, int]]:
    computation = calculate(parse_case(_text(when, facts, more)))
    return [(s.section, s.change, s.level) for s in computation.steps
            if s.chapter == "chapter_two"]


def _refused(when: str, facts: str, more: str = "") -> str:
    with pytest.raises(CaseFileError) as error:
        calculate(parse_case(_text(when, facts, more)))
    return str(error.value)


PERJURY = 'offense = "perjury"'


# (a): 12, then 14 from Nov. 1, 2003 (Amendment 653, Vol. II line 15305) ----------------------

@pytest.mark.parametrize("when, level", [("1987", 12), ("1993", 12), ("2003-10-31", 12),
                                         ("2003-11-01", 14), ("2016", 14), ("2025", 14)])
def test_base_offense_level(when, level):
    assert _steps(when, PERJURY) == [("§2J1.3(a)", f"= {level}", level)]


@pytest.mark.parametrize("when", ["1987", "1993-10-31"])
def test_witness_bribery_refused_before_amendment_481(when):
    # §2J1.8 (Bribery of Witness) until Amendment 481 (Vol. I lines 14270-14272) deleted it
    assert "offense.perjury.offense: Bribery of a witness was §2J1.8 (Bribery of Witness) " \
           "until Amendment 481" in _refused(when, 'offense = "witness_bribery"')


def test_witness_bribery_from_amendment_481():
    assert _steps("1993-11-01", 'offense = "witness_bribery"\nsubstantial_interference = '
                                "true") == [("§2J1.3(a)", "= 12", 12), ("§2J1.3(b)(2)", "+3", 15)]


# (b) --------------------------------------------------------------------------------------

@pytest.mark.parametrize("when, base", [("1987", 12), ("1989", 12), ("2003", 14), ("2025", 14)])
def test_characteristics(when, base):
    # (b)(1) +8 and (b)(2) +3 in every edition (Amendment 175 reworded, Vol. I lines 3423-3428;
    # 2025 lines 12873-12879)
    facts = 'offense = "subornation_of_perjury"\ninjury_or_property_damage = true\n' \
            "substantial_interference = true"
    assert _steps(when, facts) == [("§2J1.3(a)", f"= {base}", base),
                                   ("§2J1.3(b)(1)", "+8", base + 8),
                                   ("§2J1.3(b)(2)", "+3", base + 11)]


# (c)(1): §2X3.1 in respect to the criminal offense, if greater ------------------------------

def _respect(level: int) -> str:
    return f'\n[offense.{KEY}.in_respect_to]\nguideline = "other"\noffense_level = {level}\n'


@pytest.mark.parametrize("when, base, underlying, adopted", [
    # §2X3.1: 6 levels lower than the underlying offense; adopted only if greater than (a)-(b)
    ("1987", 12, 18, False),  # 12, not greater than 12
    ("1987", 12, 19, True),   # 13
    ("2025", 14, 20, False),  # 14
    ("2025", 14, 21, True),   # 15
])
def test_cross_reference_if_greater(when, base, underlying, adopted):
    steps = _steps(when, PERJURY + _respect(underlying))
    assert steps[0] == ("§2J1.3(a)", f"= {base}", base)
    last = steps[-1]
    assert last[0] == "§2J1.3(c)(1)"
    assert last[2] == (underlying - 6 if adopted else base)
    assert (last[1] == f"→ {underlying - 6}") == adopted


def test_subornation_cross_reference_refused_before_amendment_175():
    # 1987 (c)(1): "If the conduct was perjury in respect to a criminal offense" (175, Vol. I
    # line 3429, replaced "conduct was perjury"; its reason: "to ensure that subornation of
    # perjury is not excluded from subsection (c) due to a lack of parallel wording")
    assert "offense.perjury.in_respect_to: §2J1.3(c)(1) as it stood on" in _refused(
        "1987", 'offense = "subornation_of_perjury"' + _respect(30))
    assert _steps("1989", 'offense = "subornation_of_perjury"' + _respect(30))[-1] == \
        ("§2J1.3(c)(1)", "→ 24", 24)


# The note on Chapter Three, Part C / §3C1.1 -------------------------------------------------

@pytest.mark.parametrize("when, words", [
    ("1987", "Chapter Three, Part C (Obstruction) does not apply"),
    ("2011", "Chapter Three, Part C (Obstruction and Related Adjustments) does not apply"),
    ("2025", "§3C1.1 (Obstructing or Impeding the Administration of Justice) does not apply"),
])
def test_obstruction_refused_unless_the_count_was_obstructed(when, words):
    more = "[adjustments.obstruction]\nobstructed_justice = true\n"
    message = _refused(when, PERJURY, more)
    assert f"adjustments.obstruction.obstructed_justice: §2J1.3, comment. (n.2): “For " \
           f"offenses covered under this section, {words}" in message
    computation = calculate(parse_case(_text(when, PERJURY + "\nobstructed_the_perjury_count "
                                             "= true", more)))
    assert computation.result.total_offense_level == (12 if when == "1987" else 14) + 2


# Worked cases through the real CLI ------------------------------------------------------------

def test_worked_1987_and_2016(tmp_path, capsys):
    # Perjury before a grand jury investigating a cocaine conspiracy of 5 kg: 1987, level 12;
    # §2D1.1 1987 table, "5-14.9 KG Cocaine", level 32 (its third row); §2X3.1: 26 > 12 -> 26. 2016: 14 + 3 (substantial
    # interference) = 17; §2D1.1 30 (5 kg, Amendment 782), §2X3.1 24 > 17 -> 24
    drugs = '[[offense.drugs]]\nsubstance = "cocaine"\nquantity = "5 kg"\n'
    respect = f'\n[offense.{KEY}.in_respect_to]\nguideline = "2D1.1"\n'
    for manual, expected, total in [
            ("1987", [("§2J1.3(a)", "= 12", 12), ("§2D1.1(c)(3)", "= 32", 32),
                      ("§2X3.1(a)", "= 26", 26), ("§2J1.3(c)(1)", "→ 26", 26)], 26),
            ("2016", [("§2J1.3(a)", "= 14", 14), ("§2J1.3(b)(2)", "+3", 17),
                      ("§2D1.1(c)(5)", "= 30", 30), ("§2X3.1(a)(1)", "= 24", 24),
                      ("§2J1.3(c)(1)", "→ 24", 24)], 24)]:
        facts = PERJURY + ("\nsubstantial_interference = true" if manual == "2016" else "")
        path = case_file(tmp_path, G, KEY, facts + respect, manual)
        path.write_text(path.read_text()
                        .replace(f"[offense.{KEY}]", drugs + f"[offense.{KEY}]", 1))
        result = calc_json(capsys, path)
        steps = [(s["section"], s["change"], s["level"]) for s in result["steps"]
                 if s["chapter"] == "chapter_two"]
        assert steps == expected, manual
        assert result["total_offense_level"] == total


# Properties over the real table -------------------------------------------------------------

TABLE = load_table("perjury")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.dates(dt.date(1987, 11, 1), TABLE.reviewed_through),
       underlying=st.integers(1, 42), more=st.integers(1, 10))
def test_a_greater_underlying_offense_never_lowers_the_level(day, underlying, more):
    """(c)(1) "if greater": never below (a)'s level of the version in force, never lowered by
    a more serious underlying offense, within 1-43."""
    base = TABLE.in_force(day)["base_level"]

    def level(of: int) -> int:
        return calculate(parse_case(_text(day.isoformat(), PERJURY + _respect(of)))) \
            .result.total_offense_level
    low = level(underlying)
    assert base <= low <= level(min(underlying + more, 43)) <= 43
