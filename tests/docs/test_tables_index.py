"""tables/README.md lists every table file as the files describe themselves: a table added,
removed, retitled or given a new version without the index rewritten fails here."""

from __future__ import annotations

from tests.docs.tables_index import README, TABLES, readme_section, rows, section_text


def test_the_index_is_the_one_the_files_give() -> None:
    text = README.read_text()
    assert readme_section(text) == section_text(), (
        "tables/README.md's index is out of date: run python -m tests.docs.tables_index")


def test_every_table_file_has_a_row() -> None:
    names = {p.name for p in TABLES.glob("*.toml")} | {
        f"{p.name}/" for p in TABLES.iterdir() if (p / "table.toml").exists()}
    listed = {row.split("`")[1] for row in rows()}
    assert listed == names
    assert len(names) > 250
