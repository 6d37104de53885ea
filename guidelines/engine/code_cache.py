"""Code that the standard library compiles from text at every start, compiled once and kept
between runs of ussg's own processes (the command line and the terminal app it opens).

Two places of Python 3.11 and 3.12 compile source text while ussg's modules are imported:

- ``dataclasses._create_fn`` writes each method a dataclass is given (``__init__``,
  ``__repr__``, ``__eq__``, ``__setattr__``, ``__hash__`` ...) as text and runs it with
  ``exec``: some 550 compiles for one case through ``ussg calc``, about a fifth of its
  instructions;
- ``typing.ForwardRef`` compiles each annotation written as a string (the modules'
  ``from __future__ import annotations``), which pydantic evaluates for every field of every
  model: some 950 compiles, about a twentieth.

The code compiled from a text depends only on the text, on how it is compiled (the mode, the
file name ``<string>``, no ``__future__`` flag) and on the compiler. So the code objects are
kept (``marshal``) in the user's cache folder, each under its exact text and mode, in a file
named by Python's bytecode magic number (the compiler's version) and optimisation level. The
classes and annotations are the same: the standard library's functions run unchanged and
execute the same code with the same globals; only the compile of a text already seen is
skipped (``tests/engine/test_code_cache.py`` compares every kind of dataclass made both ways).

How they are made to compile through the cache: each calls the builtin (``exec``,
``compile``) by name, and a module's globals are looked up before the builtins, so a
``dataclasses.exec`` and a ``typing.compile`` stand in for the builtins in those modules
(where those functions are their only callers), without copying the standard library's
code. :func:`install` does it only on a Python whose functions have the shape this module
serves (:func:`dataclasses_supported`, :func:`typing_supported`); elsewhere (Python 3.13 makes
a dataclass's methods in one compile) it leaves the standard ones.

Only ussg's own processes install it (``guidelines/cli.py``), never a program that imports the
library: a library does not change the standard library under its user. The same switch as
the table cache turns it off (``USSG_TABLE_CACHE=0``). A missing, unreadable or damaged file
is ignored (the texts are compiled, and the file written again); the file is written whole
or not at all (parallel ``--jobs`` processes), at exit, by a run that compiled a text the
file did not have.
"""

import builtins
import dataclasses
import marshal
import os
import sys
import typing
import zlib
from importlib._bootstrap_external import MAGIC_NUMBER  # what importlib.util re-exports
from collections.abc import Callable
from typing import Any

#: The most texts the file holds (a Leon start uses about 1,200; the file is read whole at
#: each start): past it, a run writes only its own texts (those of classes since edited are
#: so dropped), and a run with more than this of its own (a test session) writes nothing.
MOST_TEXTS = 4000

#: The file's first bytes: what it is and Python's bytecode magic number; then the CRC-32 of
#: the rest (4 bytes, big-endian), which is the marshalled {(text, mode): code}. A check
#: against a damaged disk, not an attacker: the folder is the user's own (0700).
HEADER = b"ussg compiled code\0" + MAGIC_NUMBER

_CODE = type(compile("", "<string>", "exec", dont_inherit=True))


def _calls_by_name(function: Any, builtin: str, parameters: tuple[str, ...]) -> bool:
    """Whether ``function`` has these parameters and calls ``builtin`` by name, its module
    having no global of that name (so that one there would stand in for the builtin)."""
    code = getattr(function, "__code__", None)
    module = sys.modules.get(getattr(function, "__module__", None) or "")
    if code is None or module is None:
        return False
    return (code.co_varnames[:code.co_argcount + code.co_kwonlyargcount] == parameters
            and builtin in code.co_names and builtin not in vars(module))


def _served_python() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info[:2] in ((3, 11), (3, 12))


def dataclasses_supported() -> bool:
    """Whether this Python's ``dataclasses._create_fn`` is the one this module serves: CPython
    3.11 or 3.12, with its parameters, calling ``exec(txt, globals, ns)`` by name."""
    return _served_python() and _calls_by_name(
        getattr(dataclasses, "_create_fn", None), "exec",
        ("name", "args", "body", "globals", "locals", "return_type"))


def typing_supported() -> bool:
    """Whether this Python's ``typing.ForwardRef`` is the one this module serves: CPython 3.11
    or 3.12, its ``__init__`` with its parameters, calling
    ``compile(arg, '<string>', 'eval')`` by name."""
    return _served_python() and _calls_by_name(
        getattr(getattr(typing, "ForwardRef", None), "__init__", None), "compile",
        ("self", "arg", "is_argument", "module", "is_class"))


def cache_folder(name: str) -> str | None:
    """$XDG_CACHE_HOME/ussg/``name`` (default ~/.cache): the folder of one of ussg's caches
    (the tables', this module's, the terminal app's stylesheets'), or None: they are off
    (``USSG_TABLE_CACHE=0``)."""
    if os.environ.get("USSG_TABLE_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "ussg", name)


def cache_path() -> str | None:
    """$XDG_CACHE_HOME/ussg/code/<magic number>-O<level>.marshal (default ~/.cache), or
    None: the cache is off (``USSG_TABLE_CACHE=0``)."""
    folder = cache_folder("code")
    if folder is None:
        return None
    return os.path.join(folder, f"{MAGIC_NUMBER.hex()}-O{sys.flags.optimize}.marshal")


class CodeCache:
    """The code compiled from each text, read from ``path`` at the first text and written
    back by :meth:`save`; ``path`` None: nothing kept (each text compiled, as Python does)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.codes: dict[tuple[str, str], Any] | None = None  # read at the first text
        self.used: set[tuple[str, str]] = set()
        self.compiled = 0  # texts this process compiled (the tests read them)
        self.served = 0  # texts served from the file

    def code(self, text: str, mode: str) -> Any:
        """``compile(text, "<string>", mode)`` as the standard library's modules compile it
        (neither has a ``__future__`` import, so no flag is inherited), or the same code
        from the file."""
        if self.codes is None:
            self.codes = self._read()
        key = (text, mode)
        code = self.codes.get(key)
        if code is None:
            code = builtins.compile(text, "<string>", mode, dont_inherit=True)
            self.codes[key] = code
            self.compiled += 1
        else:
            self.served += 1
        self.used.add(key)
        return code

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """Stands in for ``exec`` in ``dataclasses`` (``_create_fn``'s
        ``exec(txt, globals, ns)``)."""
        if globals is None:  # as the builtin: the caller's globals
            globals = sys._getframe(1).f_globals
        if type(source) is str:
            source = self.code(source, "exec")
        return builtins.exec(source, globals, locals)

    def compile(self, source: Any, filename: Any, mode: Any, flags: int = 0,
                dont_inherit: bool = False, optimize: int = -1) -> Any:
        """Stands in for ``compile`` in ``typing`` (``ForwardRef``'s
        ``compile(arg, '<string>', 'eval')``); any other call compiles as the builtin
        would there (``typing`` has no ``__future__`` import: it passes on no flag)."""
        if (type(source) is str and filename == "<string>" and mode == "eval" and flags == 0
                and optimize == -1):
            return self.code(source, mode)
        return builtins.compile(source, filename, mode, flags, True, optimize)

    def _read(self) -> dict[tuple[str, str], Any]:
        """The file's {(text, mode): code}, or {}: no file, not ours, or not one this
        Python wrote whole."""
        codes = read_dict(self.path, HEADER, marshal.loads)  # ({}: compile, write it again)
        return {key: code for key, code in codes.items()
                if type(key) is tuple and len(key) == 2 and type(key[0]) is str
                and key[1] in ("eval", "exec") and type(code) is _CODE}

    def save(self) -> None:
        """Write the file again if this process compiled a text it did not have: what is in
        the file now (another process may have written it) with this process's texts; only
        this process's past MOST_TEXTS, none past it again. Atomic: a parallel run reads the
        old file or the new one, never half of one. Never an error: without the file, a run
        only takes longer."""
        if (self.path is None or not self.compiled or self.codes is None
                or len(self.used) > MOST_TEXTS):
            return
        try:
            write_merged(self.path, HEADER, {key: self.codes[key] for key in self.used},
                         self._read(), MOST_TEXTS, marshal.dumps)
        except Exception:
            return
        self.compiled = 0


def read_checked(path: str, header: bytes) -> bytes | None:
    """What :func:`write_checked` wrote at ``path`` after ``header``, or None: a folder not
    the user's own (what such a file holds is not ours to run), another header, or a
    payload not whole (its CRC-32). OSError if there is no file or it cannot be read."""
    if os.stat(os.path.dirname(path)).st_uid != os.getuid():
        return None
    with open(path, "rb") as file:
        data = file.read()
    start = len(header) + 4
    if (data[:len(header)] != header
            or zlib.crc32(data[start:]).to_bytes(4, "big") != data[len(header):start]):
        return None
    return data[start:]


def read_dict(path: str | None, header: bytes, loads: Callable[[bytes], Any]) -> dict:
    """The dict a cache wrote at ``path`` (``loads`` of what :func:`read_checked` reads), or
    {}: no path, no file, unreadable, not the user's own, not written whole, damaged, or not
    a dict. Each cache then keeps only the entries of the kinds it writes."""
    if path is None:
        return {}
    try:
        payload = read_checked(path, header)
        kept = {} if payload is None else loads(payload)
    except Exception:
        return {}
    return kept if type(kept) is dict else {}


def write_merged(path: str, header: bytes, ours: dict, on_file: dict, most: int,
                 dumps: Callable[[dict], bytes]) -> None:
    """Write a cache's file again (:func:`write_checked`): what is on it now (``on_file``:
    another process may have written it) with this process's entries (``ours``) over it;
    only ours where both are more than ``most`` (the entries of code since edited, or of
    other runs, so dropped). OSError if it cannot be written."""
    kept = {**on_file, **ours}
    write_checked(path, header, dumps(ours if len(kept) > most else kept))


def write_checked(path: str, header: bytes, payload: bytes) -> None:
    """Write ``header``, the CRC-32 of ``payload`` (4 bytes, big-endian) and ``payload`` at
    ``path``, whole or not at all (a parallel process reads the old file or the new one),
    in a folder made the user's own (0700); nothing written where the folder is another's.
    OSError if it cannot be written."""
    folder = os.path.dirname(path)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    if os.stat(folder).st_uid != os.getuid():
        return
    import tempfile  # only to write: tempfile imports shutil and random

    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(header + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def install() -> CodeCache | None:
    """From now on in this process, ``dataclasses`` and ``typing`` compile through the cache
    (each where :func:`dataclasses_supported`, :func:`typing_supported`), the file written at
    exit: ussg's own processes only (see the module's text). None: nothing done (the cache
    off, a Python this module does not serve, or installed already)."""
    path = cache_path()
    stand_ins = [(module, name) for module, name, supported in (
        (dataclasses, "exec", dataclasses_supported), (typing, "compile", typing_supported))
        if supported()]
    if path is None or not stand_ins:
        return None
    cache = CodeCache(path)
    for module, name in stand_ins:
        # the module's own global is found before the builtin (see the module's text)
        setattr(module, name, getattr(cache, name))
    import atexit

    atexit.register(cache.save)
    return cache
