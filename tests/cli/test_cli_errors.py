"""Bad input through the real command line: exit 2, a message naming the file and the
field, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_ussg

LEON = (EXAMPLES / "leon-1994.toml").read_text()


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    assert old in LEON, old
    path = tmp_path / "case.toml"
    path.write_text(LEON.replace(old, new, 1))
    return path


BAD = {
    "malformed_toml": ('substance = "cocaine base"', 'substance = "cocaine base',
                       "offense.drugs.substance", "not valid TOML"),
    "unknown_substance": ('"cocaine base"', '"unobtainium"', "offense.drugs[0].substance",
                          "unknown substance 'unobtainium'"),
    "negative_quantity": ('"51 kg"', '"-51 kg"', "offense.drugs[0].quantity", "not a quantity"),
    "zero_quantity": ('"51 kg"', '"0 kg"', "offense.drugs[0].quantity", "greater than zero"),
    "unit_typo": ('"51 kg"', '"51 kgs"', "offense.drugs[0].quantity", "unknown unit 'kgs'"),
    "float_quantity": ('"51 kg"', "51.5", "offense.drugs[0].quantity", "string"),
    "weight_in_units": ('"51 kg"', '"51 units"', "offense.drugs[0].quantity", "measured in weight"),
    "unknown_edition": ("sentencing_date = 1994-09-28", 'manual = "1850"', "manual", "supported:"),
    "not_an_edition_date": ("sentencing_date = 1994-09-28", 'manual = "1988-06-16"', "manual",
                            "no edition or amendment took effect on 1988-06-16"),
    "before_guidelines": ("sentencing_date = 1994-09-28", "sentencing_date = 1985-01-01",
                          "sentencing_date", "before the Guidelines"),
    "impossible_date": ("sentencing_date = 1994-09-28", "sentencing_date = 1994-02-30",
                        "sentencing_date", "Invalid date"),
    "impossible_date_string": ("sentencing_date = 1994-09-28", 'sentencing_date = "1994-02-30"',
                               "sentencing_date", 'expected a TOML date such as 1994-09-28 '
                               '(no quotes, no time of day), got the string "1994-02-30"'),
    "offense_after_sentencing": ("sentencing_date = 1994-09-28",
                                 "sentencing_date = 1994-09-28\noffense_date = 1995-01-01",
                                 "offense_date", "is after sentencing_date"),
    "level_out_of_range": ("to_level = 38", "to_level = 50", "departures[0].to_level",
                           "expected an integer from 1 to 43, got the integer 50 (line 33)"),
    "unknown_key": ("dangerous_weapon = true", "dangerous_weapn = true",
                    "offense.dangerous_weapn", "unknown key"),
    "bad_category": ('category = "I"', 'category = "VII"', "criminal_history.category", "VII"),
    "both_roles": ('aggravating = "organizer_or_leader"',
                   'aggravating = "organizer_or_leader"\nmitigating = "minor_participant"',
                   "adjustments.role", "both"),
    "unknown_role": ('"organizer_or_leader"', '"kingpin"', "adjustments.role.aggravating",
                     "kingpin"),
    "departure_without_reason": ('reason = "In light', 'reasn = "In light', "departures[0]", ""),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_exits_2_naming_file_and_field(name: str, tmp_path: Path) -> None:
    old, new, field, words = BAD[name]
    path = _variant(tmp_path, old, new)
    run = run_ussg("calc", path)
    assert run.code == 2, (run.out, run.err)
    assert run.out == ""
    assert "Traceback" not in run.err
    assert str(path) in run.err
    assert f": {field}" in run.err if field else True
    assert words in run.err, run.err


def test_an_unknown_second_substance_names_its_field(tmp_path: Path) -> None:
    path = _variant(tmp_path, 'quantity = "51 kg"\n',
                    'quantity = "51 kg"\n\n[[offense.drugs]]\nsubstance = "unobtainium"\n'
                    'quantity = "1 kg"\n')
    run = run_ussg("calc", path)
    assert run.code == 2 and "Traceback" not in run.err
    assert "offense.drugs[1].substance" in run.err and "unobtainium" in run.err


def test_missing_file(tmp_path: Path) -> None:
    run = run_ussg("calc", tmp_path / "nope.toml")
    assert run.code == 2 and "no such file" in run.err


def test_batch_prints_good_cases_and_fails_for_bad(tmp_path: Path) -> None:
    bad = _variant(tmp_path, '"51 kg"', '"51 kgs"')
    run = run_ussg("calc", EXAMPLES / "leon-1994.toml", bad, "--format", "json")
    assert run.code == 2
    assert len(run.json_lines()) == 1
    assert str(bad) in run.err


def test_schema_is_json_schema_with_every_top_level_key() -> None:
    import json

    run = run_ussg("schema")
    assert run.code == 0
    schema = json.loads(run.out)
    assert set(schema["properties"]) >= {"manual", "sentencing_date", "offense", "adjustments",
                                         "criminal_history", "departures", "case"}


def test_schema_of_the_computation_record_names_the_published_keys() -> None:
    import json

    run = run_ussg("schema", "--computation")
    assert run.code == 0
    schema = json.loads(run.out)
    assert {"steps", "result", "manual", "warnings"} <= set(schema["properties"])
    step = schema["$defs"]["Step"]["properties"]
    assert {"section", "level", "reason", "source", "change"} <= set(step)


def test_a_reader_that_stops_early_is_not_an_internal_error() -> None:
    """`ussg calc *.toml --format json | head -c 10`: the closed pipe ends the run quietly,
    for case files as for batch files (tests/cli/test_batch.py)."""
    import subprocess
    import sys

    from tests.conftest import EXAMPLES, ROOT
    files = [str(p) for p in sorted(EXAMPLES.glob("*.toml"))]
    process = subprocess.Popen([sys.executable, "-m", "ussg", "calc", "--format", "json",
                                *files], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout.read(10) == b'{"file": "'
    process.stdout.close()
    err = process.stderr.read().decode()
    process.wait(timeout=120)
    assert process.returncode == 0
    assert "internal error" not in err and "Traceback" not in err
