"""Saving a case (the terminal app's Save): the file the CLI reads back gives the same
computation, and a hand-written file keeps its comments and layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.writing import case_to_toml
from ussg.guidelines.case.reading import load_case, parse_case

from tests.conftest import ROOT

def _case_files() -> list[Path]:
    files = sorted((ROOT / "examples").glob("*.toml"))
    for path in sorted((ROOT / "tests" / "data").rglob("*.toml")):
        try:
            calculate(load_case(path))
        except Exception:  # edge tables, bad-input fixtures: not whole valid cases
            continue
        files.append(path)
    return files


CASE_FILES = _case_files()


def _json(case) -> dict:
    return calculate(case).to_json_dict()


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_a_saved_case_computes_as_the_file_it_came_from(path: Path) -> None:
    case = load_case(path)
    for saved in (case_to_toml(case), case_to_toml(case, path.read_text())):
        again = parse_case(saved)
        assert again == case
        assert _json(again) == _json(case), path.name


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_saving_an_unchanged_case_leaves_its_file_as_it_was(path: Path) -> None:
    text = path.read_text()
    assert case_to_toml(load_case(path), text) == text


def test_an_edit_keeps_the_comments_and_changes_only_its_value() -> None:
    path = ROOT / "examples" / "leon-1994.toml"
    text = path.read_text()
    case = load_case(path)
    drug = case.offense.drugs[0].model_copy(update={"quantity": "50 kg"})
    edited = case.model_copy(update={"offense": case.offense.model_copy(
        update={"drugs": [drug]})})
    saved = case_to_toml(edited, text)
    assert parse_case(saved) == edited
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert comments and all(line in saved.splitlines() for line in comments)
    changed = [(a, b) for a, b in zip(text.splitlines(), saved.splitlines()) if a != b]
    assert len(changed) == 1 and "50 kg" in changed[0][1]


def test_a_count_removed_in_the_app_is_removed_from_the_file() -> None:
    path = ROOT / "examples" / "multicount-1995.toml"
    case = load_case(path)
    fewer = case.model_copy(update={"counts": case.counts[:-1]})
    saved = case_to_toml(fewer, path.read_text())
    assert parse_case(saved) == fewer
    assert saved.count("[[counts]]") == len(case.counts) - 1


def test_a_multi_count_case_saved_afresh_has_no_offense_table() -> None:
    """[offense] and [[counts]] exclude each other: the CLI refuses a file with both."""
    saved = case_to_toml(load_case(ROOT / "examples" / "multicount-1995.toml"))
    assert "[offense]" not in saved
