"""The gain as a measure of the loss, edition by edition (issue #15): §2B1.1 from Nov. 1, 2001,
§2F1.1 (Nov. 1, 1987 - Oct. 31, 2001), and its refusal in the theft guideline.

Every expected word and number is read from the sources, cited at each test, never from
ussg's output (paths under /work/shared/reference/ussg/):
- §2B1.1 from Nov. 1, 2001: "The court shall use the gain that resulted from the offense as an
  alternative measure of loss only if there is a loss but it reasonably cannot be determined."
  (sections/2016/USSG_2B1.1_2016.txt line 205, n.3(B); sections/2025/USSG_2B1.1_2025.txt lines
  48-50, Notes to Table (B)); n.2 until Amendment 653 redesignated Notes 2 through 9 as 3
  through 10 on Nov. 1, 2003 (appendix_c_2016/APPENDIX_C_Vol_II.txt lines 15174-15176).
- §2F1.1 before Nov. 1, 1991, n.8: "The offender's gross gain from committing the fraud is an
  alternative estimate that ordinarily will understate the loss." (APPENDIX_C_Vol_I.txt lines
  10060-10061, the note Amendment 393 deleted); from Nov. 1, 1991 n.8: "The offender's gain
  from committing the fraud is an alternative estimate that ordinarily will underestimate the
  loss." (lines 10151-10153, inserted by 393); n.9 from Nov. 1, 1998 (Amendment 587,
  APPENDIX_C_Vol_II.txt lines 902-904; 617 quotes n.9 as struck, lines 6073-6080).
- The theft guideline (§2B1.1 before Nov. 1, 2001): no words on gain (Appendix C searched).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ussg.guidelines.cli import main
from ussg.guidelines.engine.tables import in_force

GAIN_2001 = ("The court shall use the gain that resulted from the offense as an alternative "
             "measure of loss only if there is a loss but it reasonably cannot be determined.")
GAIN_1987 = ("The offender's gross gain from committing the fraud is an alternative estimate "
             "that ordinarily will understate the loss.")
GAIN_1991 = ("The offender's gain from committing the fraud is an alternative estimate that "
             "ordinarily will underestimate the loss.")


def _run(path: Path, text: str, capsys) -> tuple[int, dict | str]:
    """``ussg calc PATH --format json`` on the case ``text``: (exit code, the computation or
    the message on standard error)."""
    path.write_text(text)
    code = main(["calc", str(path), "--format", "json"])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 else out.err)


def _case(date: str, guideline: str, facts: str) -> str:
    key = "theft_fraud" if guideline == "2B1.1" else "fraud_deceit"
    more = "statutory_maximum_months = 240\n" if guideline == "2B1.1" else ""
    return (f"sentencing_date = {date}\n[case]\nname = \"gain\"\n[offense]\n"
            f"guideline = \"{guideline}\"\n{more}[offense.{key}]\n{facts}\n"
            f"[criminal_history]\ncategory = \"I\"\n")


def _loss_step(result: dict, guideline: str) -> dict:
    (step,) = [s for s in result["steps"] if s["section"].startswith(f"§{guideline}(b)(1)")]
    return step


def _computed(tmp_path: Path, capsys, date: str, guideline: str, facts: str) -> dict:
    code, result = _run(tmp_path / "case.toml", _case(date, guideline, facts), capsys)
    assert code == 0, result
    return result


def _refused(tmp_path: Path, capsys, date: str, guideline: str, facts: str) -> str:
    code, error = _run(tmp_path / "case.toml", _case(date, guideline, facts), capsys)
    assert code == 2, error
    assert "Traceback" not in error
    return error


# (sentencing date, guideline, the table's threshold the gain reaches, base level, levels
# below/at the threshold, levels just above it, the section of the line above, the note cited,
# the words). Loss tables: 2001 (D) more than $30,000 add 6, (E) more than $70,000 add 8, the
# 2001 table as Amendment 791 quotes it less 647's (O)-(P) (APPENDIX_C_Supplement.txt lines
# 4576-4595), unchanged in those lines until 2015; 2015 on (C) more than $15,000 add 4, (D)
# more than $40,000 add 6 (sections/2016 lines 17-47; 2025 lines 20-42). §2F1.1: 1987 (B)
# $2,001 - $5,000 add 1, (C) $5,001 - $10,000 add 2 (Amendment 154 quotes it, Vol. I lines
# 3106-3117); 1989 on (E) more than $20,000 add 4, (F) more than $40,000 add 5 (lines
# 3120-3138). Base levels: §2B1.1(a) 6 (2001), (a)(1) 7 with a 20-year maximum (from Nov. 1,
# 2003, Amendment 653); §2F1.1(a) 6.
ERAS = [
    ("2002-06-01", "2B1.1", 70_000, 6, 6, 8, "(E)", "§2B1.1, comment. (n.2(B))", GAIN_2001),
    ("2003-06-01", "2B1.1", 70_000, 6, 6, 8, "(E)", "§2B1.1, comment. (n.2(B))", GAIN_2001),
    ("2010-06-01", "2B1.1", 70_000, 7, 6, 8, "(E)", "§2B1.1, comment. (n.3(B))", GAIN_2001),
    ("2016-06-01", "2B1.1", 40_000, 7, 4, 6, "(D)", "§2B1.1, comment. (n.3(B))", GAIN_2001),
    ("2025-12-01", "2B1.1", 40_000, 7, 4, 6, "(D)",
     "§2B1.1(b)(1), Notes to Table (B)", GAIN_2001),
    ("1988-06-01", "2F1.1", 5_000, 6, 1, 2, "(C)", "§2F1.1, comment. (n.8)", GAIN_1987),
    ("1990-06-01", "2F1.1", 40_000, 6, 4, 5, "(F)", "§2F1.1, comment. (n.8)", GAIN_1987),
    ("1995-06-01", "2F1.1", 40_000, 6, 4, 5, "(F)", "§2F1.1, comment. (n.8)", GAIN_1991),
    ("2000-06-01", "2F1.1", 40_000, 6, 4, 5, "(F)", "§2F1.1, comment. (n.9)", GAIN_1991),
]


@pytest.mark.parametrize("date,guideline,threshold,base,below,above,line,note,words", ERAS)
def test_the_gain_reaches_the_loss_table_edges_with_the_editions_words(
        tmp_path: Path, capsys, date: str, guideline: str, threshold: int, base: int,
        below: int, above: int, line: str, note: str, words: str) -> None:
    """A gain a dollar (or, in the original whole-dollar table, one dollar) below the line,
    at it, and just above: the same levels as a loss would take, and the step quotes the
    edition's note on gain."""
    whole = guideline == "2F1.1" and date < "1989-11-01"  # lines of whole dollars
    cases = [(threshold - 1, below), (threshold, below),
             (threshold + 1 if whole else f"{threshold}.01", above)]
    for amount, levels in cases:
        result = _computed(tmp_path, capsys, date, guideline, f'gain = "{amount}"')
        step = _loss_step(result, guideline)
        assert result["total_offense_level"] == base + levels, (amount, step)
        assert step["input"].startswith(f"gain ${amount:,}" if isinstance(amount, int)
                                        else "gain $")
        assert f"{note}: “{words}”" in step["reason"]
        if levels == above:
            assert step["section"] == f"§{guideline}(b)(1){line}"
        loss = _computed(tmp_path, capsys, date, guideline, f'loss = "{amount}"')
        assert loss["total_offense_level"] == result["total_offense_level"]
        assert "gain" not in _loss_step(loss, guideline)["reason"]


def test_the_2001_rule_and_the_fraud_note_say_what_each_makes_of_the_gain(
        tmp_path: Path, capsys) -> None:
    """From Nov. 1, 2001 the gain stands in "only if there is a loss but it reasonably cannot
    be determined"; §2F1.1's note calls it an alternative estimate that ordinarily will
    underestimate the loss: the reason says the words differ."""
    step = _loss_step(_computed(tmp_path, capsys, "2010-06-01", "2B1.1", 'gain = "1000"'),
                      "2B1.1")
    assert step["input"] == "gain $1,000 (the loss reasonably cannot be determined)"
    assert "differ" not in step["reason"]
    step = _loss_step(_computed(tmp_path, capsys, "1995-06-01", "2F1.1", 'gain = "1000"'),
                      "2F1.1")
    assert step["input"] == "gain $1,000 (as the estimate of the loss)"
    assert "ordinarily comes out lower than the loss" in step["reason"]
    assert "its words differ from those of §2B1.1 from Nov. 1, 2001" in step["reason"]


# The date edges of each version (the day before, the day of): §2B1.1's note is n.2(B) until
# Oct. 31, 2003 and n.3(B) from Nov. 1, 2003 (653); the Notes to Table from Nov. 1, 2024
# (Amendment 827); §2F1.1's words change on Nov. 1, 1991 (393), its note number on Nov. 1,
# 1998 (587).
DATE_EDGES = [
    ("2001-11-01", "2B1.1", "§2B1.1, comment. (n.2(B))", GAIN_2001),
    ("2003-10-31", "2B1.1", "§2B1.1, comment. (n.2(B))", GAIN_2001),
    ("2003-11-01", "2B1.1", "§2B1.1, comment. (n.3(B))", GAIN_2001),
    ("2024-10-31", "2B1.1", "§2B1.1, comment. (n.3(B))", GAIN_2001),
    ("2024-11-01", "2B1.1", "§2B1.1(b)(1), Notes to Table (B)", GAIN_2001),
    ("1987-11-01", "2F1.1", "§2F1.1, comment. (n.8)", GAIN_1987),
    ("1991-10-31", "2F1.1", "§2F1.1, comment. (n.8)", GAIN_1987),
    ("1991-11-01", "2F1.1", "§2F1.1, comment. (n.8)", GAIN_1991),
    ("1998-10-31", "2F1.1", "§2F1.1, comment. (n.8)", GAIN_1991),
    ("1998-11-01", "2F1.1", "§2F1.1, comment. (n.9)", GAIN_1991),
    ("2001-10-31", "2F1.1", "§2F1.1, comment. (n.9)", GAIN_1991),
]


@pytest.mark.parametrize("date,guideline,note,words", DATE_EDGES)
def test_each_version_takes_effect_on_its_date(tmp_path: Path, capsys, date: str,
                                               guideline: str, note: str, words: str) -> None:
    step = _loss_step(_computed(tmp_path, capsys, date, guideline, 'gain = "50000"'),
                      guideline)
    assert f"{note}: “{words}”" in step["reason"]


@pytest.mark.parametrize("date,edition,words", [
    # Nov. 1, 1987 - June 14, 1988: (b)(1) "value of the property taken", n.2 "replacement cost
    # to the victim or market value of the property, whichever is greater" (Amendment 7 quotes
    # both, APPENDIX_C_Vol_I.txt lines 204-209); the Manual in force, tables/editions.toml
    ("1988-06-14", "Nov. 1, 1987 Manual as in force on Jan. 15, 1988", "whichever is greater"),
    # June 15, 1988 on: "'Loss' means the value of the property taken, damaged, or destroyed"
    # (Amendment 7, line 210)
    ("1988-06-15", "Nov. 1, 1987 Manual as in force on June 15, 1988",
     "“the value of the property taken, damaged, or destroyed” (n.2)"),
    ("1993-10-31", "Nov. 1, 1992 Manual",
     "“the value of the property taken, damaged, or destroyed” (n.2)"),
    # Nov. 1, 1993 on: n.2 sends a fraudulent loan or credit card application to §2F1.1's
    # principles (Amendment 482, lines 14516-14518)
    ("1993-11-01", "Nov. 1, 1993 Manual", "Commentary to §2F1.1"),
    ("2001-10-31", "Nov. 1, 2000 Manual as in force on May 1, 2001", "Commentary to §2F1.1"),
])
def test_the_theft_guideline_has_no_words_on_gain(tmp_path: Path, capsys, date: str,
                                                  edition: str, words: str) -> None:
    """Before Nov. 1, 2001 §2B1.1 is the theft guideline: a gain is refused (exit 2), naming
    the field and the edition, and saying why."""
    error = _refused(tmp_path, capsys, date, "2B1.1", 'gain = "50000"')
    assert "offense.theft_fraud.gain" in error
    assert "has no words making the gain a measure of the loss" in error
    assert words in error
    assert f"the {edition}:" in error


def test_the_gain_tables_version_dates() -> None:
    """Each version of the two gain tables, the day before and the day it takes effect."""
    theft = [(dt.date(2001, 10, 31), False), (dt.date(2001, 11, 1), True)]
    for day, exists in theft:
        assert in_force("theft_fraud_gain", day).get("exists", True) is exists
    notes = [(dt.date(2003, 10, 31), "§2B1.1, comment. (n.2(B))"),
             (dt.date(2003, 11, 1), "§2B1.1, comment. (n.3(B))"),
             (dt.date(2024, 10, 31), "§2B1.1, comment. (n.3(B))"),
             (dt.date(2024, 11, 1), "§2B1.1(b)(1), Notes to Table (B)")]
    for day, note in notes:
        assert in_force("theft_fraud_gain", day)["commentary"] == note
    fraud = [(dt.date(1991, 10, 31), GAIN_1987), (dt.date(1991, 11, 1), GAIN_1991)]
    for day, words in fraud:
        assert in_force("fraud_deceit_gain", day)["text"] == words
    assert in_force("fraud_deceit_gain", dt.date(2001, 10, 31))["commentary"] == \
        "§2F1.1, comment. (n.9)"
    assert in_force("fraud_deceit_gain", dt.date(2001, 11, 1)).get("exists") is False


@pytest.mark.parametrize("guideline,facts,words", [
    ("2F1.1", 'loss = "1000"\ngain = "1000"', "exactly one of them"),
    ("2F1.1", "more_than_minimal_planning = true", "exactly one of them"),
    ("2B1.1", 'loss = "1000"\ngain = "1000"', "exactly one of them"),
])
def test_loss_or_gain_exactly_one(tmp_path: Path, capsys, guideline: str, facts: str,
                                  words: str) -> None:
    assert words in _refused(tmp_path, capsys, "1995-06-01" if guideline == "2F1.1"
                             else "2016-06-01", guideline, facts)


def test_a_gain_between_two_whole_dollar_lines_names_the_gain(tmp_path: Path, capsys) -> None:
    """The original §2F1.1 table (1987-1989) gives ranges of whole dollars ("$2,001 -
    $5,000"): a gain of $5,000.50 lies between two lines and is refused, naming the gain."""
    error = _refused(tmp_path, capsys, "1988-06-01", "2F1.1", 'gain = "5000.50"')
    assert "offense.fraud_deceit.gain" in error


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_greater_gain_never_lowers_the_level_and_counts_as_the_loss(
        tmp_path_factory, capsys, data) -> None:
    """Over the real tables: in every edition with words on gain, a gain takes the level the
    same loss would, and a greater gain never a lower level (levels within 1-43)."""
    guideline = data.draw(st.sampled_from(["2B1.1", "2F1.1"]))
    # from Nov. 1, 1989 for §2F1.1: the original Sentencing Table's 0-1 ... 0-6 month cells
    # at level 6 are refused (Amendment 270); ERAS works the 1987 edition
    start, end = ((dt.date(2001, 11, 1), dt.date(2026, 10, 31)) if guideline == "2B1.1"
                  else (dt.date(1989, 11, 1), dt.date(2001, 10, 31)))
    date = data.draw(st.dates(start, end)).isoformat()
    a, b = sorted(data.draw(st.lists(st.integers(0, 700_000_000), min_size=2, max_size=2)))
    folder = tmp_path_factory.mktemp("gain")
    levels = {}
    for key, facts in (("gain_a", f'gain = "{a}"'), ("gain_b", f'gain = "{b}"'),
                       ("loss_a", f'loss = "{a}"')):
        code, result = _run(folder / f"{key}.toml", _case(date, guideline, facts), capsys)
        assert code == 0, result
        levels[key] = result["total_offense_level"]
    assert levels["gain_a"] == levels["loss_a"]
    assert 1 <= levels["gain_a"] <= levels["gain_b"] <= 43
