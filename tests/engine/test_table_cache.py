"""The parse cache of table files (guidelines/engine/tables.py, _read): keyed by the digest of
the file's bytes, so an edited table is parsed again; a damaged cache entry is ignored; the
data read through the cache equals the file parsed directly."""

import hashlib
import tomllib

import pytest

from ussg.guidelines.engine import tables


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    tables._cache_folder.cache_clear()
    yield tmp_path / "cache" / "ussg" / "tables"
    tables._cache_folder.cache_clear()


def test_a_table_read_through_the_cache_is_the_file_parsed(cache_home, tmp_path) -> None:
    table = tmp_path / "t.toml"
    table.write_text('section = "§9"\n[[version]]\neffective = 1987-11-01\nlevels = 2\n')
    first = tables._read(table)
    entry = cache_home / f"{hashlib.sha256(table.read_bytes()).hexdigest()}.pickle"
    assert entry.is_file()
    assert tables._read(table) == first == tomllib.loads(table.read_text())


def test_an_edited_table_is_parsed_again_never_served_stale(cache_home, tmp_path) -> None:
    table = tmp_path / "t.toml"
    table.write_text("levels = 2\n")
    assert tables._read(table) == {"levels": 2}
    table.write_text("levels = 4\n")
    assert tables._read(table) == {"levels": 4}


def test_a_damaged_cache_entry_is_ignored(cache_home, tmp_path) -> None:
    table = tmp_path / "t.toml"
    table.write_text("levels = 6\n")
    tables._read(table)
    entry = cache_home / f"{hashlib.sha256(table.read_bytes()).hexdigest()}.pickle"
    entry.write_bytes(b"not a pickle")
    assert tables._read(table) == {"levels": 6}


def test_no_cache_when_asked(cache_home, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("USSG_TABLE_CACHE", "0")
    tables._cache_folder.cache_clear()
    table = tmp_path / "t.toml"
    table.write_text("levels = 8\n")
    assert tables._read(table) == {"levels": 8}
    assert not cache_home.exists()
