"""The case validator's shortcuts for the common case (issue #17, README "Speed") refuse
exactly what the full checks refused, with the same words at the same places, through the
real command line (exit 2); and the tables a case leaves out are one shared instance only
where nothing in them can be changed.

The shortcuts: a role check that returns at once when no role is stated
(guidelines/case/model.py ``Role._one_role``), a drug with an exact quantity alone
(``Drug._one_quantity``), an offense that states no guideline's facts table under a
guideline without one (``_guideline_facts_consistent``), §2D1.1's facts looked for only when
one is stated (``_consistent``), a string of printable ASCII (``Strict._shown_as_read``), and
the default caption, adjustments and role made once (``facts.shared_default``).

The case files are examples/leon-1994.toml with the one change each test names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines.case.model import Adjustments, Case, CaseInfo, Role
from ussg.guidelines.cli import main

from tests.conftest import EXAMPLES, run_ussg

LEON = (EXAMPLES / "leon-1994.toml").read_text()
ROLE = 'aggravating = "organizer_or_leader"   # §3B1.1(a)\nparticipants = 5'
DRUG = 'substance = "cocaine base"\nquantity = "51 kg"'


def _changed(old: str, new: str, why: str) -> str:
    assert old in LEON, old
    return f"# {why}\n" + LEON.replace(old, new, 1)


def _run(tmp_path: Path, capsys, text: str) -> tuple[int, str, str]:
    path = tmp_path / "case.toml"
    path.write_text(text)
    code = main(["calc", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _refused(tmp_path: Path, capsys, text: str) -> str:
    code, out, err = _run(tmp_path, capsys, text)
    assert code == 2 and out == "", err
    return err


# Chapter Three, Part B: the role ---------------------------------------------------------

@pytest.mark.parametrize(("role", "problems"), [
    ('mitigating = "minor_participant"\nparticipants = 5',
     ["adjustments.role.participants"]),
    ("participants = 5\notherwise_extensive = true",
     ["adjustments.role.participants", "adjustments.role.otherwise_extensive"]),
])
def test_a_3b1_1_fact_without_an_aggravating_role_is_refused_naming_each(
        role: str, problems: list[str], tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(ROLE, role, "§3B1.1 facts, no aggravating role"))
    for field in problems:
        assert (f"{field}: a §3B1.1 fact, read only with an aggravating role (organizer or "
                "leader, manager or supervisor): state aggravating, or leave it out") in err
    assert "cannot receive both" not in err


def test_an_aggravating_and_a_mitigating_role_together_are_refused(
        tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(
        ROLE, ROLE + '\nmitigating = "minor_participant"', "§3B1.1 and §3B1.2 at once"))
    assert ("adjustments.role: a defendant cannot receive both an aggravating (§3B1.1) and a "
            "mitigating (§3B1.2) role adjustment") in err


@pytest.mark.parametrize(("role", "step"), [
    ("", None),  # [adjustments.role] with nothing in it: no role, as with the table left out
    ('mitigating = "minor_participant"', "§3B1.2(b)"),
    ('aggravating = "manager_or_supervisor"\nparticipants = 5', "§3B1.1(b)"),
])
def test_a_role_the_check_lets_through_is_computed(
        role: str, step: str | None, tmp_path: Path, capsys) -> None:
    code, out, err = _run(tmp_path, capsys, _changed(ROLE, role, "one role, or none"))
    assert code == 0, err
    assert ("§3B1.1" in out) == (step == "§3B1.1(b)") and ("§3B1.2" in out) == bool(
        step and step.startswith("§3B1.2")), out
    if step:
        assert step in out


# §2D1.1: a drug's quantity ----------------------------------------------------------------

@pytest.mark.parametrize(("drug", "words"), [
    ('substance = "cocaine base"', "give one of quantity, quantity_at_least, quantity_between"),
    (DRUG + '\nquantity_between = ["50 kg", "60 kg"]',
     "give one of quantity, quantity_at_least, quantity_between (not quantity and "
     "quantity_between)"),
    (DRUG + '\nquantity_at_least = "50 kg"',
     "give one of quantity, quantity_at_least, quantity_between (not quantity and "
     "quantity_at_least)"),
    (DRUG + '\npurity = "50%"\nalso_contains = ["heroin"]',  # checked before the quantity
     "purity with also_contains: say which substance the purity is of by stating that "
     "substance alone"),
])
def test_a_drug_without_exactly_one_quantity_is_refused(
        drug: str, words: str, tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(DRUG, drug, "quantities"))
    assert f"offense.drugs[0]: {words} (line " in err, err  # the whole message


# Chapter Two: the offense's guideline and its facts -----------------------------------------

def test_drug_facts_under_another_guideline_are_refused_naming_each(
        tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(
        'guideline = "2D1.1"', 'guideline = "other"\noffense_level = 20\n'
        "violence = true\nmaintained_premises = true", "§2D1.1 facts under another guideline"))
    assert ("offense: drugs, dangerous_weapon, maintained_premises, violence: §2D1.1 facts, "
            "but this offense's guideline is 'other'") in err


@pytest.mark.parametrize("guideline", ['guideline = "2D1.1"',
                                       'guideline = "other"\noffense_level = 20'])
def test_another_guidelines_facts_table_is_refused(
        guideline: str, tmp_path: Path, capsys) -> None:
    """A table stated under a guideline without one of its own (the shortcut's case, but
    with a table stated): the full check runs and names the table."""
    text = _changed('guideline = "2D1.1"\ndangerous_weapon = true          # §2D1.1(b)(1)\n\n'
                    "[[offense.drugs]]\n" + DRUG,
                    guideline + "\n\n[offense.firearms]\n", "§2K2.1's facts, not its guideline")
    err = _refused(tmp_path, capsys, text)
    section = guideline.split('"')[1]
    assert "offense.firearms: the facts of §2K2.1 (" in err
    assert (f"but this offense's guideline is '{section}': give guideline = \"2K2.1\", or "
            "leave [firearms] out") in err


# Every string: nothing hidden, not blank ------------------------------------------------

@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ('name = "United States v. Leon"', 'name = "United States\\nv. Leon"', "case.name",
     "contains a control character, U+000A, at character 14"),
    ('"cocaine base"', '"cocaine base\\t"', "offense.drugs[0].substance",
     "contains a control character, U+0009, at character 13"),
    ('"cocaine base"', '" "', "offense.drugs[0].substance", "is empty"),
])
def test_a_string_the_shortcut_does_not_pass_is_checked_in_full(
        old: str, new: str, field: str, words: str, tmp_path: Path, capsys) -> None:
    err = _refused(tmp_path, capsys, _changed(old, new, "not printable ASCII, or blank"))
    assert f": {field}: {words}" in err


@pytest.mark.parametrize(("old", "new"), [
    ('name = "United States v. Leon"', 'name = "Estados Unidos v. Peña"'),  # not ASCII
    ('name = "United States v. Leon"', 'name = " "'),  # blank: the caption's default is ""
    ('notes = "Sentence', 'notes = "Two lines\\nSentence'),  # free text: line breaks allowed
])
def test_a_string_the_full_check_allows_is_read(
        old: str, new: str, tmp_path: Path, capsys) -> None:
    code, _, err = _run(tmp_path, capsys, _changed(old, new, "a string the check allows"))
    assert code == 0, err


# Tables left out: one shared instance where nothing in it can change --------------------

_BARE = {"manual": "2016", "criminal_history": {"category": "I"}}


def test_the_caption_and_adjustments_left_out_are_one_instance_with_their_defaults() -> None:
    first, second = Case.model_validate(_BARE), Case.model_validate(dict(_BARE))
    assert first.case is second.case and first.adjustments is second.adjustments
    assert first.case == CaseInfo.model_validate({})
    assert first.adjustments == Adjustments.model_validate({})
    assert first.adjustments.role == Role.model_validate({})
    stated = Case.model_validate({**_BARE, "adjustments": {"victim": {"restrained": True}}})
    assert stated.adjustments.role is first.adjustments.role  # the role left out: shared
    assert stated.adjustments is not first.adjustments and stated.adjustments.victim.restrained
    assert "case" not in first.model_fields_set and "adjustments" not in first.model_fields_set


def test_an_offense_left_out_is_each_cases_own() -> None:
    """An offense holds lists (drugs, convictions...) a caller could change in place: a
    case that leaves [offense] out (several counts) gets a new one, never a shared one."""
    counts = {**_BARE, "counts": [{"name": "Count 1", "drugs": [
        {"substance": "cocaine", "quantity": "600 g"}]}]}
    first, second = Case.model_validate(counts), Case.model_validate(counts)
    assert first.offense is not second.offense
    assert first.offense.drugs is not second.offense.drugs
    first.offense.drugs.append(first.counts[0].drugs[0])  # a caller's change stays its own
    assert second.offense.drugs == [] and Case.model_validate(counts).offense.drugs == []


def test_the_schema_gives_no_default_for_the_shared_tables() -> None:
    """`ussg schema` as before: a default made by a factory is not written into it."""
    import json
    schema = json.loads(run_ussg("schema").out)
    for name in ("case", "adjustments", "offense"):
        assert "default" not in schema["properties"][name], name
    role = schema["$defs"]["Adjustments"]["properties"]["role"]
    assert "default" not in role
