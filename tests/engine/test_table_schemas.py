"""Every table file is in the shape of its kind (guidelines/engine/table_schemas/), and a table
that is not is refused when it is loaded, naming the file, the version and the key.

The malformed tables below are copies of the real `tables/` package with one key changed
(the rest of each file as shipped), loaded by the real loader and the real command line.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from ussg.guidelines.engine import tables
from ussg.guidelines.engine.table_schemas import KIND_OF, Meta, schema_of
from ussg.guidelines.engine.tables import MalformedTable, TableError, load_table, table_names

from tests.conftest import EXAMPLES, ROOT

TABLES = Path(str(resources.files("ussg.tables")))


def test_every_table_file_is_loaded_and_checked_against_its_kind() -> None:
    on_disk = {p.stem for p in TABLES.glob("*.toml")} - {"editions"}
    on_disk |= {p.name for p in TABLES.iterdir() if (p / "table.toml").is_file()}
    assert set(table_names()) == on_disk
    files = 0
    for name in table_names():
        table = load_table(name)
        schema = schema_of(name, Meta(section=table.section, title=table.title,
                                      reviewed_through=table.reviewed_through,
                                      fact=_fact(name), guideline=_guideline(name)))
        assert table.versions, name
        for version in table.versions:
            files += 1
            # a schema is the version's class, or names the shapes it dispatches to
            # (§2K2.1's consolidated guideline and the one it replaced in 1991: SHAPES)
            assert (type(version.checked_as) is schema
                    or type(version.checked_as) in getattr(schema, "SHAPES", ())), (
                name, version.effective)
            assert version.checked_as.effective == version.effective
            assert tuple(version.checked_as.amendments) == version.amendments
    # 70 files of one table each, plus the folders' one file a version
    assert files > 200


def _guideline(name: str) -> str | None:
    path = TABLES / f"{name}.toml"
    if not path.is_file():
        path = TABLES / name / "table.toml"
    import tomllib
    return tomllib.loads(path.read_text()).get("guideline")


def _fact(name: str) -> str | None:
    path = TABLES / f"{name}.toml"
    if not path.is_file():
        return None
    import tomllib
    return tomllib.loads(path.read_text()).get("fact")


def test_every_kind_listed_is_a_table_and_characteristics_name_their_fact() -> None:
    assert set(KIND_OF) <= set(table_names())
    for name in set(table_names()) - set(KIND_OF):
        assert _fact(name) or _guideline(name), \
            f"{name} is neither listed in KIND_OF, a §2D1.1 characteristic, nor a guideline's"


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the tables package, importable as `tables_under_test`; edit(file, old, new)
    changes the first place ``old`` is in one file."""
    copy = tmp_path / "tables_under_test"
    shutil.copytree(TABLES, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(tables, "TABLES_PACKAGE", "tables_under_test")
    sys.modules.pop("tables_under_test", None)  # each test imports its own copy

    def edit(file: str, old: str, new: str) -> Path:
        path = copy / file
        text = path.read_text()
        assert old in text, (file, old)
        path.write_text(text.replace(old, new, 1))
        return copy

    yield edit
    sys.modules.pop("tables_under_test", None)


def _load(name: str):
    """Read the table afresh (load_table's cache keeps the real tables for other tests)."""
    return load_table.__wrapped__(name)


# (file, text in the shipped file, its replacement, table, what the error must name)
BROKEN = {
    "level_as_text": (
        "dangerous_weapon.toml", 'amendments = [124]\nparagraph = "(b)(1)"\nlevels = 2',
        'amendments = [124]\nparagraph = "(b)(1)"\nlevels = "2"',  # the 1989 version
        "dangerous_weapon", ["tables/dangerous_weapon.toml", "1989-11-01", "levels"]),
    "misspelt_key": (
        "mitigating_role.toml", "minor_participant =", "minor_participants =",
        "mitigating_role", ["tables/mitigating_role.toml", "1987-11-01", "minor_participants",
                            "Extra inputs are not permitted"]),
    "unknown_verification": (
        "offense_level_bounds.toml", 'verification = "verbatim"', 'verification = "checked"',
        "offense_level_bounds", ["tables/offense_level_bounds.toml", "1987-11-01",
                                 "verification"]),
    "threshold_as_number": (
        "drug_quantity_table/1987-11-01_amdt0.toml", 'at_least = "0 g"', "at_least = 0",
        "drug_quantity_table", ["tables/drug_quantity_table/1987-11-01_amdt0.toml",
                                "1987-11-01", "substance.", "rows.", "at_least"]),
    "reviewed_through_as_text": (
        "sentencing_table.toml", "reviewed_through = 2025-11-01",
        'reviewed_through = "2025-11-01"', "sentencing_table",
        ["tables/sentencing_table.toml", "the heading", "reviewed_through"]),
}


@pytest.mark.parametrize("case", BROKEN.values(), ids=BROKEN.keys())
def test_a_malformed_table_is_refused_naming_the_file_the_version_and_the_key(
        broken, case) -> None:
    file, old, new, name, named = case
    if file.startswith("drug_quantity_table/"):  # the first substance's last row only
        path = TABLES / file
        text = path.read_text()
        at = text.index('at_least = "0 g"')
        old = text[at - 40:at + len(old)]
        new = old.replace('at_least = "0 g"', new)
    broken(file, old, new)
    with pytest.raises(MalformedTable) as error:
        _load(name)
    assert not isinstance(error.value, TableError)  # never taken for "no version in force"
    for words in named:
        assert words in str(error.value), (words, str(error.value))


def test_the_shipped_file_loads_where_the_malformed_copy_does_not(broken) -> None:
    """The same loader and copy, unedited, loads: the refusals above are the edits'."""
    assert _load("dangerous_weapon").versions[1].effective == dt.date(1989, 11, 1)


def test_the_command_line_names_a_malformed_table_without_a_traceback(tmp_path: Path) -> None:
    package = tmp_path / "ussg"  # a `ussg` whose tables are this copy; the rest is the repo's
    shutil.copytree(ROOT / "ussg", package, ignore=shutil.ignore_patterns("__pycache__"))
    copy = package / "tables"
    shutil.copytree(TABLES, copy, ignore=shutil.ignore_patterns("__pycache__"))
    path = copy / "aggravating_role.toml"
    text = path.read_text()
    assert text.count("organizer_or_leader = 4") >= 1
    path.write_text(text.replace("organizer_or_leader = 4", "organizer_or_leader = 4.0", 1))
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}  # this copy is `ussg.tables`
    proc = subprocess.run([sys.executable, "-m", "ussg", "calc",
                           str(EXAMPLES / "leon-1994.toml")],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr  # a broken package is a bug, not bad input
    assert "Traceback" not in proc.stderr
    for words in ("tables/aggravating_role.toml", "1987-11-01", "organizer_or_leader"):
        assert words in proc.stderr, proc.stderr
