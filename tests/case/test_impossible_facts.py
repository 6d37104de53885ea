"""Facts that cannot all be true are refused through the real command line (exit 2), every
field involved named; every problem of a file is listed at once, with its line; the Python
API raises the same CaseFileError from loading and from calculating.

The case files are examples/criminal-record.toml (a prior record worked by hand; born
1985-04-10, instant offense 2014-03-01 to 2014-09-30, sentenced 2016-02-15) and
examples/leon-1994.toml, each with the one change the test names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ussg.guidelines import CaseFileError, calculate, load_case, parse_case
from ussg.guidelines.cli import main

from tests.conftest import EXAMPLES

RECORD = (EXAMPLES / "criminal-record.toml").read_text()
LEON = (EXAMPLES / "leon-1994.toml").read_text()
PRIOR_OFFENSES = ["2001-06-01", "2002-05-01", "2005-02-01"]  # the first three priors


def _refused(tmp_path: Path, capsys, text: str) -> str:
    path = tmp_path / "case.toml"
    path.write_text(text)
    assert main(["calc", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err and str(path) in err
    return err


def _changed(text: str, old: str, new: str, why: str) -> str:
    assert old in text, old
    return f"# {why}\n" + text.replace(old, new, 1)


def test_born_after_every_offense_names_each_date(tmp_path: Path, capsys) -> None:
    """A birth date after the priors would turn adult priors into juvenile ones (§4A1.2(d))
    and change the category: refused, naming the instant offense's dates, the sentencing
    date and each prior's offense date against criminal_history.birth_date."""
    err = _refused(tmp_path, capsys, _changed(RECORD, "birth_date = 1985-04-10",
                                              "birth_date = 2020-01-01", "born after it all"))
    for field in ["offense_date", "criminal_history.instant_offense_began", "sentencing_date",
                  "criminal_history.priors[0].offense_date",
                  "criminal_history.priors[12].offense_date"]:
        assert f": {field}: " in err and "criminal_history.birth_date 2020-01-01" in err, field
    assert "13 priors" not in err and "and " in err  # 16 problems: the first 20 listed


def test_a_prior_before_birth_is_refused(tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(
        RECORD, "offense_date = 2001-06-01", "offense_date = 1984-06-01",
        "the first prior dated a year before the defendant was born"))
    assert ("criminal_history.priors[0].offense_date: 1984-06-01 is not after "
            "criminal_history.birth_date 1985-04-10") in err


def test_a_prior_in_year_0001_is_refused(tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(
        RECORD, "offense_date = 2001-06-01", "offense_date = 0001-06-01", "year 1"))
    assert "criminal_history.priors[0].offense_date: 0001-06-01 is before 1900" in err


def test_a_prior_sentenced_before_its_offense_is_refused(tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(
        RECORD, "sentence_date = 2001-08-01", "sentence_date = 2001-05-01", "out of order"))
    assert ("criminal_history.priors[0].sentence_date: sentence_date 2001-05-01 is before "
            "offense_date 2001-06-01") in err


def test_an_offense_ended_before_the_guidelines_is_refused(tmp_path: Path, capsys) -> None:
    """Offenses committed before Nov. 1, 1987 are not sentenced under the Guidelines."""
    err = _refused(tmp_path, capsys, _changed(LEON, "sentencing_date = 1994-09-28",
                                              "sentencing_date = 1994-09-28\n"
                                              "offense_date = 1954-06-01", "a 1954 offense"))
    assert "offense_date: the offense ended 1954-06-01, before Nov. 1, 1987" in err
    assert "the Guidelines do not apply to it" in err


def test_instant_offense_ended_before_it_began(tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(
        RECORD, "instant_offense_began = 2014-03-01", "instant_offense_began = 2014-12-01",
        "began after it ended (offense_date 2014-09-30)"))
    assert ("offense_date: 2014-09-30 is before criminal_history.instant_offense_began "
            "2014-12-01") in err


def test_an_age_that_contradicts_the_birth_date(tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(
        RECORD, "juvenile = true\noffense_date = 2001-06-01",
        "juvenile = true\nage_at_offense = 12\noffense_date = 2001-06-01",
        "born 1985-04-10, the defendant was 16 on 2001-06-01, not 12"))
    assert ("criminal_history.priors[0].age_at_offense: 12 does not agree with "
            "criminal_history.birth_date 1985-04-10: the defendant was 16") in err


@pytest.mark.parametrize("fact", ["participants = 5", "otherwise_extensive = true"])
def test_a_role_fact_without_an_aggravating_role_is_refused(
        fact: str, tmp_path: Path, capsys) -> None:
    """§3B1.1 counts participants only for an organizer, leader, manager or supervisor:
    stated alone, the fact would be dropped without a word."""
    err = _refused(tmp_path, capsys, _changed(
        LEON, 'aggravating = "organizer_or_leader"   # §3B1.1(a)\nparticipants = 5', fact,
        "a §3B1.1 fact without the role"))
    name = fact.split(" ")[0]
    assert f"adjustments.role.{name}: a §3B1.1 fact, read only with an aggravating role" in err


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ('"cocaine base"', '"cocaine base\\u0000"', "offense.drugs[0].substance",
     "contains a control character, U+0000, at character 13"),
    ('"cocaine base"', '"cocaine\\u200bbase"', "offense.drugs[0].substance",
     "contains an invisible character, U+200B ZERO WIDTH SPACE, at character 8"),
    ("sentencing_date = 1994-09-28", 'manual = "１９９３"', "manual",
     "contains a digit other than 0-9, U+FF11 FULLWIDTH DIGIT ONE, at character 1"),
    ('"51 kg"', '"５1 kg"', "offense.drugs[0].quantity", "contains a digit other than 0-9"),
    ("[criminal_history]", '[criminal_history]\nunder_sentence_of = " "',
     "criminal_history.under_sentence_of", "is empty"),
    ("sentencing_date = 1994-09-28", 'manual = ""', "manual", "is empty"),
])
def test_hidden_characters_and_empty_names_are_refused(
        old: str, new: str, field: str, words: str, tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(LEON, old, new, "a name that is not what it shows"))
    assert f": {field}: {words}" in err
    assert "\x00" not in err and "\u200b" not in err and "１" not in err  # never echoed raw


def test_every_problem_at_once_with_lines_and_suggestions(tmp_path: Path, capsys) -> None:
    text = "sentencing_dat = 1994-09-28\n" + _changed(
        LEON, "[adjustments.role]", "[acceptance]\naccepted = \"true\"\n[adjustments.role]\n"
        "participantz = 4", "three mistakes: a misspelt top-level key, a string for a "
        "boolean, a misspelt §3B1.1 key")
    err = _refused(tmp_path, capsys, text)
    assert err.startswith(f"ussg: {tmp_path / 'case.toml'}: 3 problems:"), err
    lines = text.splitlines()
    spelt = lines.index("participantz = 4") + 1
    assert (f"adjustments.role.participantz: unknown key (did you mean `participants`? "
            f"`ussg schema` lists every key) (line {spelt})") in err
    assert ("sentencing_dat: unknown key (did you mean `sentencing_date`? `ussg schema` lists "
            "every key) (line 1)") in err
    assert 'acceptance.accepted: expected a TOML boolean (true or false), got the string "true"' \
        in err


def test_the_api_raises_one_exception_with_every_problem(tmp_path: Path) -> None:
    text = LEON.replace("[adjustments.role]", "[adjustments.role]\nparticipantz = 4\n"
                        "otherwise_extensive = 1")
    with pytest.raises(CaseFileError) as raised:
        parse_case(text, where="leon.toml")
    error = raised.value
    assert error.where == "leon.toml"
    fields = [p.field for p in error.problems]
    assert fields == ["adjustments.role.participantz", "adjustments.role.otherwise_extensive"]
    assert all(isinstance(p.line, int) for p in error.problems)
    assert isinstance(error, ValueError) and str(error).count("leon.toml") == 3


def test_calculate_raises_the_same_exception_naming_the_file(tmp_path: Path) -> None:
    """An error the engine finds (a substance the 1994 Drug Quantity Table does not list)
    reaches the API user as a CaseFileError with the field, and the file when given."""
    path = tmp_path / "leon.toml"
    path.write_text(LEON.replace('"cocaine base"', '"unobtainium"'))
    case = load_case(path)
    with pytest.raises(CaseFileError) as raised:
        calculate(case, where=str(path))
    assert raised.value.where == str(path)
    assert raised.value.problems[0].field == "offense.drugs[0].substance"
    assert str(raised.value).startswith(f"{path}: offense.drugs[0].substance: unknown substance")
    with pytest.raises(CaseFileError):  # without a file: the same type
        calculate(case)


def test_schema_says_manual_or_sentencing_date_is_required(capsys) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["required"] == ["criminal_history"]
    assert {"required": ["manual"]} in schema["anyOf"]
    assert {"required": ["sentencing_date"]} in schema["anyOf"]
