"""The parse cache of table files (guidelines/engine/tables.py, _read): keyed by the digest of
the file's bytes, so an edited table is parsed again; a damaged cache entry is ignored; the
data read through the cache equals the file parsed directly."""

import hashlib
import os
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
    entry = cache_home / f"{tables._digest_of(table.read_bytes())}.pickle"
    assert entry.is_file()
    assert tables._read(table) == first == tomllib.loads(table.read_text())


def test_an_edited_table_is_parsed_again_never_served_stale(cache_home, tmp_path) -> None:
    table = tmp_path / "t.toml"
    table.write_text("levels = 2\n")
    assert tables._read(table) == {"levels": 2}
    table.write_text("levels = 4\n")
    assert tables._read(table) == {"levels": 4}


def test_a_table_edited_to_the_same_size_and_time_is_parsed_again(cache_home, tmp_path) -> None:
    # the key is the digest of every byte, not the file's size or modification time: a
    # one-byte edit that keeps both (the time put back) is still a new key
    table = tmp_path / "t.toml"
    table.write_text("levels = 2\n")
    times = os.stat(table).st_atime_ns, os.stat(table).st_mtime_ns
    assert tables._read(table) == {"levels": 2}
    table.write_text("levels = 3\n")
    os.utime(table, ns=times)
    assert os.stat(table).st_size == 11 and os.stat(table).st_mtime_ns == times[1]
    assert tables._read(table) == {"levels": 3}
    assert len(list(cache_home.glob("*.pickle"))) == 2


def test_the_key_is_blake2b_of_the_bytes() -> None:
    # BLAKE2b, built into Python, not OpenSSL's SHA-256 (README "Speed"): 64 hex digits
    data = b'section = "x"\n'
    assert tables._digest_of(data) == hashlib.blake2b(data, digest_size=32).hexdigest()
    assert tables._digest_of(data) != tables._digest_of(data + b" ")


def test_a_damaged_cache_entry_is_ignored(cache_home, tmp_path) -> None:
    table = tmp_path / "t.toml"
    table.write_text("levels = 6\n")
    tables._read(table)
    entry = cache_home / f"{tables._digest_of(table.read_bytes())}.pickle"
    entry.write_bytes(b"not a pickle")
    assert tables._read(table) == {"levels": 6}


def test_no_cache_when_asked(cache_home, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("USSG_TABLE_CACHE", "0")
    tables._cache_folder.cache_clear()
    table = tmp_path / "t.toml"
    table.write_text("levels = 8\n")
    assert tables._read(table) == {"levels": 8}
    assert not cache_home.exists()


# A table found in the shape of its schema is recorded in the cache under the digests of its
# files and of the schema's code; a later start checks only a table whose record is absent.

def _load_afresh(name: str) -> tables.Table:
    """The table loaded from its files, as a new start would (load_table's own cache, which
    the rest of the session shares, left alone)."""
    return tables.load_table.__wrapped__(name)


def _versions_checked(monkeypatch) -> list[str]:
    """The versions checked against their kind's schema from now on (the heading, Meta, is
    always read through its schema: its values are used)."""
    checked: list[str] = []
    real = tables._checked

    def spy(schema, raw, where):
        if schema is not tables.Meta:
            checked.append(where)
        return real(schema, raw, where)

    monkeypatch.setattr(tables, "_checked", spy)
    return checked


def test_a_table_is_checked_once_then_on_the_record(cache_home, monkeypatch) -> None:
    # tables/sentencing_table.toml: the Sentencing Table, a table of one file and many versions
    checked = _versions_checked(monkeypatch)
    first = _load_afresh("sentencing_table")
    assert len(checked) == len(first.versions) > 1  # a fresh cache: every version checked
    assert len(list(cache_home.glob("*.checked"))) == 1
    checked.clear()
    again = _load_afresh("sentencing_table")
    assert checked == []  # on the record: not checked again
    assert [v.data for v in again.versions] == [v.data for v in first.versions]
    # still typed by its schema when asked (checked then)
    assert type(again.versions[0].checked_as) is type(first.versions[0].checked_as)


def test_the_record_names_the_files_and_the_schema(cache_home) -> None:
    schema = tables.load_table("sentencing_table").versions[0].schema
    assert schema is not None
    one = tables._checked_mark(["a" * 64], schema)
    assert one is not None and one.parent == cache_home
    assert tables._checked_mark(["b" * 64], schema) != one  # an edited table: a new record
    assert tables._checked_mark(["a" * 64], tables.Meta) != one  # another schema's code
    assert tables._checked_mark(["a" * 64, "b" * 64], schema) != one  # a file added


def test_the_schema_files_are_read_once_for_every_kind(monkeypatch) -> None:
    # every kind's code digest reads tables.py and guidelines/engine/table_schemas/*.py: the
    # digest of those files is made once a process, not once a kind
    read: list[str] = []
    real = tables.Path.read_bytes

    def spy(path):
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(tables.Path, "read_bytes", spy)
    tables._files_digest.cache_clear()
    tables._code_digest.cache_clear()
    try:
        first = tables._code_digest("kind.One")
        common = len(read)
        assert common == len(tables._common_schema_files()) > 2
        second = tables._code_digest("kind.Two")
        assert len(read) == common  # not read again
        assert first != second  # the schema's name is in its digest
    finally:
        tables._files_digest.cache_clear()
        tables._code_digest.cache_clear()


def test_an_edited_schema_file_is_a_new_code_digest(tmp_path) -> None:
    extra = tmp_path / "table_schemas.py"
    extra.write_text("A = 1\n")
    first = tables._code_digest("kind.Own", frozenset({extra}))
    tables._files_digest.cache_clear()
    tables._code_digest.cache_clear()
    extra.write_text("A = 2\n")  # what a new process reads
    assert tables._code_digest("kind.Own", frozenset({extra})) != first
    tables._files_digest.cache_clear()
    tables._code_digest.cache_clear()


def test_without_a_cache_every_version_is_checked(cache_home, monkeypatch) -> None:
    monkeypatch.setenv("USSG_TABLE_CACHE", "0")
    tables._cache_folder.cache_clear()
    checked = _versions_checked(monkeypatch)
    for _ in range(2):
        table = _load_afresh("sentencing_table")
    assert len(checked) == 2 * len(table.versions)


def test_the_editions_calendar_is_read_through_the_cache(cache_home) -> None:
    """editions.toml (the calendar of Manual dates) is parsed once, then served from the
    cache under the digest of its bytes, as the tables are; what it gives is the file's."""
    from ussg.guidelines.engine import editions

    path = tables.tables_folder() / "editions.toml"
    entry = cache_home / f"{tables._digest_of(path.read_bytes())}.pickle"
    editions.calendar.cache_clear()
    try:
        read = editions.calendar()
        assert entry.is_file()
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        assert read.reviewed_through == raw["reviewed_through"]
        assert [d.effective for d in read.dates] == sorted(e["effective"] for e in raw["edition"])
    finally:
        editions.calendar.cache_clear()


# A table of one file a version (tables/drug_quantity_table/): once the cache records its
# versions checked and keeps what each is known by, a start parses (or reads from the cache)
# a version's data only when it is asked for; an edited version file is never served stale.

@pytest.fixture
def dqt_copy(cache_home, tmp_path, monkeypatch):
    """tables/ with a copy of the Drug Quantity Table's folder, as load_table reads it."""
    import shutil
    shutil.copytree(tables.tables_folder() / "drug_quantity_table",
                    tmp_path / "tables" / "drug_quantity_table")
    monkeypatch.setattr(tables, "tables_folder", lambda: tmp_path / "tables")
    return tmp_path / "tables" / "drug_quantity_table"


def _parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = tables._parsed

    def spy(data, digest):
        parsed.append(digest)
        return real(data, digest)

    monkeypatch.setattr(tables, "_parsed", spy)
    return parsed


def test_a_version_is_read_when_asked_for(dqt_copy, monkeypatch) -> None:
    first = _load_afresh("drug_quantity_table")  # every version read and checked
    files = sorted(p for p in dqt_copy.glob("*.toml") if p.name != "table.toml")
    assert len(first.versions) == len(files) > 10
    expected = [tomllib.loads(p.read_text(encoding="utf-8")) for p in files]
    parsed = _parses(monkeypatch)
    again = _load_afresh("drug_quantity_table")
    assert len(parsed) == 1  # the heading (table.toml) only
    assert [(v.effective, v.amendments, v.verification, v.source, v.where)
            for v in again.versions] == [(v.effective, v.amendments, v.verification, v.source,
                                          v.where) for v in first.versions]
    chosen = again.in_force(again.versions[3].effective)
    assert len(parsed) == 1
    assert chosen.data == expected[3]
    assert len(parsed) == 2  # that version's data, when asked for
    assert [v.data for v in again.versions] == expected


def test_an_edited_version_file_is_never_served_stale(dqt_copy, monkeypatch) -> None:
    _load_afresh("drug_quantity_table")
    path = sorted(p for p in dqt_copy.glob("*.toml") if p.name != "table.toml")[0]
    text = path.read_text(encoding="utf-8")
    times = os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns
    # its source begins with an X, its last newline dropped: the same size
    assert 'source = "' in text and text.endswith("\n")
    edited = text.replace('source = "', 'source = "X', 1)[:-1]
    assert len(edited) == len(text)
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=times)  # and its time put back
    again = _load_afresh("drug_quantity_table")
    assert again.versions[0].source.startswith("X")
    assert again.versions[0].data == tomllib.loads(edited)
