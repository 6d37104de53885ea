"""Versioned tables: "the table in force on date D".

Every table under ``tables/`` is a list of versions keyed by effective date. This module is
the only place that knows about dates: callers ask for :func:`in_force` and receive one
version (a plain mapping with its citation keys). Files are read once, checked against
the schema of their kind (``ussg.guidelines.engine.table_schemas``) and cached; the cache
directory also records a table found in shape (under the digests of its files and of the
schema's code), so that a start checks only what changed.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import os
import pickle
import sys
import tomllib
from pathlib import Path
from dataclasses import dataclass, field
from collections.abc import Callable
from functools import cache, cached_property
from typing import Any

from pydantic import BaseModel, ValidationError

from ussg.guidelines.engine.code_cache import cache_folder
from ussg.guidelines.engine.patterns import LazyPattern
from ussg.guidelines.engine.table_schemas import (SCHEMA_NAMES, Common, Meta, kind_of, schema_for,
                                                 schema_of)

TABLES_PACKAGE = "ussg.tables"
ORIGINAL = dt.date(1987, 11, 1)  # the first Guidelines Manual


def tables_folder() -> Any:
    """tables/ (the package ``ussg.tables``), as ``importlib.resources.files`` gives it: its
    folder on disk, a ``Path``. Found without importing importlib.resources, which imports
    tempfile, shutil, bz2, lzma and zipfile (about 4% of a start); a package that is not a
    folder on disk (installed in a zip) is read through importlib.resources."""
    package = importlib.import_module(TABLES_PACKAGE)
    if package.__file__ and os.path.isfile(package.__file__):
        return Path(package.__file__).parent
    from importlib import resources  # not a folder on disk: importlib.resources reads it

    return resources.files(TABLES_PACKAGE)


class TableError(LookupError):
    """No version of a table is in force on the date asked for."""


class MalformedTable(Exception):
    """A table file is not in the shape of its kind (guidelines/engine/table_schemas/).

    Not a TableError: callers catch TableError to learn that a date has no version in force
    (editions.supported_dates, for one), and a broken file must not pass for that.
    """


@dataclass(frozen=True, eq=False)  # identity: versions are loaded once and cached
class Version:
    """One version of a table: its data plus where it came from."""

    table: str
    section: str
    effective: dt.date
    amendments: tuple[int, ...]
    verification: str
    source: str
    # what the file says, as the engine reads it (:attr:`data`), read when first asked for
    read: Callable[[], dict[str, Any]] = field(repr=False)
    # the schema of its kind, imported when first asked for (:attr:`schema`): a start whose
    # tables the cache records as checked builds none of the schemas' models
    schema_found: Callable[[], type[Common]] | None = field(default=None, repr=False)
    where: str = field(default="", repr=False)  # its file under tables/, for a message

    @cached_property
    def data(self) -> dict[str, Any]:
        """What the file says, as the engine reads it. A table of one file a version has its
        versions' data read when first asked for (:func:`load_table`): a case uses one
        version of a table, not every one."""
        return self.read()

    @cached_property
    def schema(self) -> type[Common] | None:
        """The schema of its kind (guidelines/engine/table_schemas/), or None."""
        return None if self.schema_found is None else self.schema_found()

    @cached_property
    def checked_as(self) -> Common | None:
        """The version typed by the schema of its kind (checked when its table was loaded,
        or before, see :func:`load_table`)."""
        return None if self.schema is None else _checked(self.schema, self.data, self.where)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @cached_property
    def citation(self) -> CitationText:
        """E.g. "Amendment 125, eff. Nov. 1, 1989" or "original 1987 text"; for a statute,
        the Public Law that made the version (or the version's own `citation`, where its text
        was read from a later Manual than its amendments). The words carry the structured
        :class:`Citation` (``.citation``), which a step made from them keeps."""
        return CitationText(self._citation_words(), self.structured_citation)

    def _citation_words(self) -> str:
        if "citation" in self.data:
            return self.data["citation"]
        if self.data.get("law"):
            return f"{self.data['law']}, eff. {format_date(self.effective)}"
        if not self.amendments and self.effective == ORIGINAL:
            return f"original text, eff. {format_date(self.effective)}"
        if not self.amendments:  # an edition's text whose amending amendment is not identified
            return f"text of the {format_date(self.effective)} Manual"
        label = "Amendment" if len(self.amendments) == 1 else "Amendments"
        numbers = ", ".join(str(a) for a in self.amendments)
        return f"{label} {numbers}, eff. {format_date(self.effective)}"

    @cached_property
    def structured_citation(self) -> Citation:
        statute = bool(self.data.get("law"))
        return Citation(section=self.section, edition=None if statute else self.effective,
                        amendments=self.amendments, effective=self.effective,
                        document=self.data["law"] if statute else source_document(self))


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a version of a table comes from, as a value: what a step cites.

    ``document`` names the source its words and numbers were read from, as a reader finds
    it ("Guidelines Manual, Nov. 1, 2016, §3B1.1", "Appendix C, Amendment 125", or for a
    statute the Public Law), never a file of ussg's reference copy.
    """

    section: str  # the section the table is, e.g. "§2D1.1(b)(1)" (its 2025 number)
    edition: dt.date | None  # the Manual edition the version took effect with; None: statute
    amendments: tuple[int, ...]  # Appendix C amendments that made the version ([] original)
    effective: dt.date
    document: str


class CitationText(str):
    """A version's citation in words (what worksheets print, unchanged), carrying the
    structured :class:`Citation` so that a step given these words as its ``source`` can
    keep it (ussg.guidelines.engine.computation.Step.citation)."""

    citation: Citation

    def __new__(cls, words: str, citation: Citation) -> CitationText:
        text = super().__new__(cls, words)
        text.citation = citation
        return text


# Where a version's `source` (tables/README.md) read its text, earliest mention first: a
# Guidelines Manual edition (the whole text, a section cut from it, the Drug Quantity Table
# or the Sentencing Table copied from it, or an archived official printing), or Appendix C.
_MANUAL = LazyPattern(r"manual_(\d{4})/|sections/(\d{4})/|verbatim_from_(\d{4})_Manual"
                     r"|sentencing_table_\d{4}-\d\d-\d\d_to_(\d{4})"
                     r"|as printed in the (\d{4}) Guidelines Manual")
_APPENDIX_C = LazyPattern(r"APPENDIX_C_|AppC_amendment_|[Aa]mendments? \d+")
# an amendment named in a source: "Amendment 346 quotes", "AppC_amendment_706", "(709 quotes"
_AMENDMENT = LazyPattern(r"(?:[Aa]mendments? |AppC_amendment_)(\d+)|\((\d+) (?:quotes|edits)")
NOT_RECORDED = "source document not recorded"


def source_document(version: Version) -> str:
    """The document a Guidelines table version was read from, by the name a reader looks
    it up by: "Guidelines Manual, Nov. 1, 2016, §3B1.1" where its `source` first names a
    Manual's text; "Appendix C, Amendment 125" where it first names Appendix C: the
    amendments that made the version, or for a version no amendment made (the original
    text), the amendment whose text quotes it."""
    source = version.source
    manual = _MANUAL.search(source)
    appendix = _APPENDIX_C.search(source)
    if manual and (not appendix or manual.start() <= appendix.start()):
        year = next(group for group in manual.groups() if group)
        if manual.group(4):  # ussg's Sentencing Table copies: cells as the 2016 Manual prints
            year = "2016"
        return f"Guidelines Manual, Nov. 1, {year}, {version.section}"
    if not appendix:
        return NOT_RECORDED
    numbers = list(version.amendments) or [
        int(next(group for group in match.groups() if group))
        for match in _AMENDMENT.finditer(source, appendix.start())][:1]
    if not numbers:
        return "Appendix C"
    label = "Amendment" if len(numbers) == 1 else "Amendments"
    return f"Appendix C, {label} {', '.join(str(n) for n in numbers)}"


@dataclass(frozen=True)
class Table:
    name: str
    section: str
    title: str
    versions: tuple[Version, ...]  # sorted by effective date
    reviewed_through: dt.date  # every amendment up to this date was checked for changes
    gaps: tuple[tuple[dt.date, dt.date], ...] = ()  # spans whose versions are not entered
    before_first_version: str = ""  # why no version is entered before the first one

    def unchecked_on(self, on: dt.date) -> bool:
        """True if the version in force on ``on`` may not be entered: ``on`` is after the
        date the table was reviewed through, or in one of its gaps."""
        return on > self.reviewed_through or any(start <= on <= end for start, end in self.gaps)

    def in_force(self, on: dt.date) -> Version:
        """The latest version whose effective date is on or before ``on``.

        Refused past ``reviewed_through``: a later amendment may have made a version that
        is not entered yet, and the last entered one must not be used in its place.
        """
        if on > self.reviewed_through:
            raise TableError(
                f"{self.section} ({self.title}) is only checked against amendments through "
                f"{format_date(self.reviewed_through)}; it cannot be used for {format_date(on)}"
            )
        for start, end in self.gaps:
            if start <= on <= end:
                raise TableError(
                    f"{self.section} ({self.title}): the versions in force from "
                    f"{format_date(start)} to {format_date(end)} are not entered yet"
                )
        chosen = None
        for version in self.versions:
            if version.effective <= on:
                chosen = version
            else:
                break
        if chosen is None:
            first = format_date(self.versions[0].effective) if self.versions else "never"
            why = f": {self.before_first_version}" if self.before_first_version else ""
            raise TableError(
                f"{self.section} ({self.title}) has no version in force on "
                f"{format_date(on)}; its first recorded version is {first}{why}"
            )
        return chosen


def format_date(day: dt.date) -> str:
    """Nov. 1, 1993 style, as the Manual writes dates."""
    months = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
    return f"{months[day.month - 1]} {day.day}, {day.year}"


def _read(path) -> dict[str, Any]:
    """A table file, parsed. Parsing TOML is most of what a first case costs after Python's
    own start-up, so each file's parse is kept in the user's cache directory under the
    digest of the file's bytes (:func:`_digest_of`): an edited table is a new digest and is
    parsed again, never served stale. No cache (unwritable, or ``USSG_TABLE_CACHE=0``) only
    costs time."""
    return _read_with_digest(path)[0]


def _digest_of(data: bytes) -> str:
    """The key of these bytes in the cache: their BLAKE2b digest (256 bits), as hex.

    Every byte counts, so a table edited in any way (even to the same size, its modification
    time put back) is a new key. Not SHA-256: hashlib's comes from OpenSSL, whose set-up at
    a process's first digest (about 10 M instructions, a start's only one) and whose digest
    without the processor's SHA instructions cost a ``ussg calc`` start about 26 M
    instructions; BLAKE2b is built into Python and hashes these bytes in about half the
    instructions."""
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def _read_with_digest(path) -> tuple[dict[str, Any], str]:
    """:func:`_read`, and the digest of the file's bytes (:func:`_digest_of`)."""
    data = path.read_bytes()
    digest = _digest_of(data)
    return _parsed(data, digest), digest


def _parsed(data: bytes, digest: str) -> dict[str, Any]:
    """A table file's bytes parsed (``digest``: their :func:`_digest_of`), through the cache."""
    folder = _cache_folder()
    if folder is None:
        return tomllib.loads(data.decode("utf-8"))
    cached = folder / f"{digest}.pickle"
    try:
        return pickle.loads(cached.read_bytes())
    except Exception:  # absent, unreadable or damaged: parse the file itself
        pass
    raw = tomllib.loads(data.decode("utf-8"))
    keep_pickled(cached, raw)
    return raw


def keep_pickled(where: Path, value: Any) -> None:
    """Keep ``value`` pickled at ``where`` in the cache folder, written whole or not at all
    (a parallel run never reads half a file); a cache that cannot be written only costs time."""
    import tempfile  # only to write the cache: tempfile imports shutil, bz2 and lzma

    try:
        handle, temporary = tempfile.mkstemp(dir=where.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, where)
    except OSError:
        pass


#: What a version is known by before its data is read: the keys :func:`_version` reads.
_SUMMARY_KEYS = ("effective", "amendments", "verification", "source")


def _summaries_file(digests: list[str]) -> Path | None:
    """Where the cache keeps the versions' summaries (:data:`_SUMMARY_KEYS`) of the version
    files of these digests, in this order: named by their digests together, so that an
    edited, added or removed version file is a new name. None: no cache."""
    folder = _cache_folder()
    if folder is None:
        return None
    return folder / f"{_digest_of(''.join(digests).encode())}.versions"


def _summaries(digests: list[str]) -> list[dict[str, Any]] | None:
    where = _summaries_file(digests)
    try:
        summaries = pickle.loads(where.read_bytes()) if where is not None else None
    except Exception:  # absent, unreadable or damaged: read the versions
        return None
    return summaries if type(summaries) is list and len(summaries) == len(digests) else None


def _keep_summaries(digests: list[str], raws: list[dict[str, Any]]) -> None:
    where = _summaries_file(digests)
    if where is None or where.exists():
        return
    keep_pickled(where, [{k: raw[k] for k in _SUMMARY_KEYS if k in raw} for raw in raws])


def _as_read(raw: dict[str, Any]) -> dict[str, Any]:
    return raw


def _checked_mark(digests: list[str], schema: type[BaseModel]) -> Path | None:
    """Where the cache records that a table's versions (the files of ``digests``) were
    checked against ``schema`` and found in its shape: named by the files' digests and the
    digest of the schema's code (:func:`_schema_digest`), so that an edited table or an
    edited schema is checked again. None: no cache."""
    return _checked_mark_of(digests, _schema_digest(schema))


def _checked_mark_of(digests: list[str], schema_digest: str) -> Path | None:
    """:func:`_checked_mark`, given the digest of the schema's code."""
    folder = _cache_folder()
    if folder is None:
        return None
    files = _digest_of("".join(digests).encode())
    return folder / f"{files}-{schema_digest}.checked"


@cache
def _schema_digest(schema: type[BaseModel]) -> str:
    """The digest of what decides whether a version is in the shape of ``schema``: pydantic's
    version, the schema's name, this module, every module of
    guidelines/engine/table_schemas/, and the module of the schema and of each model it
    derives from (a guideline's own table_schemas.py)."""
    files = {Path(sys.modules[c.__module__].__file__ or "") for c in schema.__mro__
             if isinstance(c, type) and issubclass(c, BaseModel) and c is not BaseModel}
    return _code_digest(f"{schema.__module__}.{schema.__qualname__}", frozenset(files))


@cache
def _code_digest(schema_name: str, more_files: frozenset[Path] = frozenset()) -> str:
    """:func:`_schema_digest` of the schema named ``schema_name`` (module and name), whose
    models are in guidelines/engine/table_schemas/ and ``more_files``."""
    import pydantic
    common = _common_schema_files()
    digest = hashlib.blake2b(f"{pydantic.VERSION} {schema_name}".encode(), digest_size=16)
    digest.update(_files_digest(common).encode())
    digest.update(_files_digest(frozenset(more_files - common)).encode())
    return digest.hexdigest()


@cache
def _common_schema_files() -> frozenset[Path]:
    """The files every schema's digest reads: this module and guidelines/engine/table_schemas/."""
    import ussg.guidelines.engine.table_schemas as schemas
    return frozenset({Path(__file__), *Path(schemas.__file__).parent.glob("*.py")})


@cache
def _files_digest(files: frozenset[Path]) -> str:
    """The digest of these files' names and bytes, in the order of their paths: read once a
    process however many schemas share them (a start asks for several kinds)."""
    digest = hashlib.blake2b(digest_size=32)
    for path in sorted(files):
        digest.update(str(path.name).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _schema_and_digest(name: str, meta: Meta) -> tuple[Callable[[], type[Common]], str]:
    """The schema table ``name`` is checked against (``schema_of``), as a function that
    imports it, and the digest of its code (:func:`_schema_digest`). A kind's schema is
    named without importing it (its module builds a dozen pydantic models, a tenth of a
    case's computing at a start): its models are all in guidelines/engine/table_schemas/,
    whose every file the digest reads. A guideline's own schema (its package's
    table_schemas.py, whose models may derive from anywhere) is imported to find them."""
    if meta.guideline is None:
        kind = kind_of(name, meta)
        schema_name = f"{Common.__module__}.{kind}.{SCHEMA_NAMES[kind]}"
        return cache(lambda: schema_for(kind)), _code_digest(schema_name)
    schema = schema_of(name, meta)
    return (lambda: schema), _schema_digest(schema)


@cache
def _cache_folder() -> Path | None:
    """$XDG_CACHE_HOME/ussg/tables (default ~/.cache), private to the user (0700), or None."""
    named = cache_folder("tables")
    if named is None:
        return None
    folder = Path(named)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if folder.stat().st_uid != os.getuid() or not os.access(folder, os.W_OK):
            return None  # someone else's folder: its files are not ours to load
    except OSError:
        return None
    return folder


def _checked(schema: type[BaseModel], raw: dict[str, Any], where: str) -> Any:
    """``raw`` validated against ``schema``; else MalformedTable naming the file, the
    version's effective date and the key."""
    try:
        return schema.model_validate(raw)
    except ValidationError as error:
        problems = []
        for problem in error.errors(include_url=False):
            key = ".".join(str(part) for part in problem["loc"]) or "(the whole version)"
            problems.append(f"{key}: {problem['msg']}")
        effective = raw.get("effective")
        if schema is Meta:
            part, kind = "the heading", "table heading"
        else:
            part = (f"the version effective {effective.isoformat()}"
                    if isinstance(effective, dt.date) else "a version without an effective date")
            kind = f"{schema.__name__.lower()} table"
        raise MalformedTable(f"tables/{where}: {part} is not in the shape of a {kind} "
                             f"(guidelines/engine/table_schemas/): " + "; ".join(problems)) from None


def _version(name: str, section: str, raw: dict[str, Any],
             schema: Callable[[], type[Common]], where: str, check: bool,
             read: Callable[[], dict[str, Any]] | None = None) -> Version:
    """The version whose data is ``raw`` (or, given ``read``, whose data ``read`` gives and
    whose :data:`_SUMMARY_KEYS` are ``raw``'s)."""
    version = Version(
        table=name,
        section=section,
        effective=raw["effective"],
        amendments=tuple(raw.get("amendments", ())),
        verification=raw.get("verification", "unverified"),
        source=raw.get("source", ""),
        read=read if read is not None else functools.partial(_as_read, raw),
        schema_found=schema,
        where=where,
    )
    if check:
        version.checked_as  # noqa: B018 - MalformedTable now, naming the file, if it is not
    return version


@cache
def load_table(name: str) -> Table:
    """Read ``tables/<name>.toml`` or the folder ``tables/<name>/`` (one version a file)."""
    root = tables_folder()
    single = root / f"{name}.toml"
    if single.is_file():
        raw, digest = _read_with_digest(single)
        where = single.name
        meta = _checked(Meta, {k: v for k, v in raw.items() if k != "version"}, where)
        schema, schema_digest = _schema_and_digest(name, meta)
        mark = _checked_mark_of([digest], schema_digest)
        check = mark is None or not mark.exists()
        versions = [_version(name, meta.section, v, schema, where, check)
                    for v in raw.get("version", [])]
    else:
        folder = root / name
        heading, digest = _read_with_digest(folder / "table.toml")
        meta = _checked(Meta, heading, f"{name}/table.toml")
        schema, schema_digest = _schema_and_digest(name, meta)
        files = sorted((entry for entry in folder.iterdir()
                        if entry.name.endswith(".toml") and entry.name != "table.toml"),
                       key=lambda entry: entry.name)
        contents = [entry.read_bytes() for entry in files]
        digests = [_digest_of(data) for data in contents]
        mark = _checked_mark_of([digest, *digests], schema_digest)
        check = mark is None or not mark.exists()
        # A table of one file a version (the Drug Quantity Table's 17): a case uses one
        # version, so where the cache has checked them and kept what each version is known
        # by (its effective date, amendments, verification, source), each version's data
        # is parsed (or read from the cache) only when first asked for: reading all of
        # them was about 3% of a §2D1.1 case's start. The bytes read now are the ones
        # parsed then, so what a version says is always what its digest names.
        summaries = None if check else _summaries(digests)
        if summaries is not None:
            versions = [_version(name, meta.section, summary, schema, f"{name}/{entry.name}",
                                 False, functools.partial(_parsed, data, file_digest))
                        for entry, summary, data, file_digest
                        in zip(files, summaries, contents, digests)]
        else:
            raws = [_parsed(data, file_digest) for data, file_digest in zip(contents, digests)]
            versions = [_version(name, meta.section, raw, schema, f"{name}/{entry.name}", check)
                        for entry, raw in zip(files, raws)]
            _keep_summaries(digests, raws)
    if check and mark is not None:  # every version is in its shape: no need to look again
        try:
            mark.touch()
        except OSError:
            pass
    versions.sort(key=lambda v: v.effective)
    gaps = tuple((start, end) for start, end in meta.gaps)
    return Table(name, meta.section, meta.title, tuple(versions), meta.reviewed_through, gaps,
                 meta.before_first_version)


def table_names() -> list[str]:
    """Every table the package ships (editions.toml is the calendar, not a table)."""
    root = tables_folder()
    names = []
    for entry in root.iterdir():
        if entry.name.endswith(".toml") and entry.name != "editions.toml":
            names.append(entry.name.removesuffix(".toml"))
        elif entry.is_dir() and (entry / "table.toml").is_file():
            names.append(entry.name)
    return sorted(names)


@cache
def in_force(name: str, on: dt.date) -> Version:
    """The version of table ``name`` in force on ``on`` (cached: tables never change)."""
    return load_table(name).in_force(on)
