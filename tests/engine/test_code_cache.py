"""The cache of the code that dataclasses and typing.ForwardRef compile from text
(guidelines/engine/code_cache.py): a dataclass or annotation made through it is the one Python
makes without it; a second start is served from the file; a changed text is compiled anew; a
damaged or unreadable file is ignored and written again; only ussg's command line installs
it, and only on a Python whose functions have the shape it serves."""

import dataclasses
import inspect
import os
import subprocess
import sys
import types
import typing
from typing import ClassVar

import pytest

from tests.conftest import EXAMPLES, ROOT, run_ussg
from ussg.guidelines.engine import code_cache

served_here = pytest.mark.skipif(
    not (code_cache.dataclasses_supported() or "exec" in vars(dataclasses)),
    reason="a Python whose dataclasses._create_fn the cache does not serve")


@pytest.fixture
def standard(monkeypatch):
    """The standard library as Python has it (the command line's module, imported by other
    tests of this session, may have installed the cache in this process)."""
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    monkeypatch.delattr(typing, "compile", raising=False)


@pytest.fixture
def through_cache(standard, tmp_path, monkeypatch):
    """A function that installs a new CodeCache over ``tmp_path/code.marshal`` (undone at the
    end of the test) and returns it."""
    def install(path=tmp_path / "code.marshal") -> code_cache.CodeCache:
        cache = code_cache.CodeCache(str(path))
        monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)
        monkeypatch.setattr(typing, "compile", cache.compile, raising=False)
        return cache
    return install


def _factory() -> list[int]:
    return [1, 2]


def _classes() -> dict[str, type]:
    """One dataclass of each kind the options make, created anew at each call."""

    @dataclasses.dataclass
    class Plain:
        a: int
        b: str = "x"
        c: list[int] = dataclasses.field(default_factory=_factory)
        d: ClassVar[int] = 3
        e: int = dataclasses.field(default=5, repr=False, compare=False, hash=False)

    @dataclasses.dataclass(frozen=True, order=True)
    class Frozen:
        a: int
        b: tuple[int, ...] = ()

    @dataclasses.dataclass(frozen=True, order=True)
    class FrozenChild(Frozen):
        c: str = "child"

    @dataclasses.dataclass(eq=True, unsafe_hash=True, repr=False)
    class Hashed:
        a: int
        b: int = dataclasses.field(default=0, hash=False)

    @dataclasses.dataclass(eq=False, match_args=False)
    class NoEq:
        a: int

    @dataclasses.dataclass(slots=True, kw_only=True)
    class Slotted:
        a: int
        b: int = 2

    @dataclasses.dataclass(slots=True, frozen=True, weakref_slot=True)
    class SlottedFrozen:
        a: int

    @dataclasses.dataclass
    class Posted:
        a: int
        scale: dataclasses.InitVar[int] = 1
        total: int = dataclasses.field(init=False, default=0)
        _: dataclasses.KW_ONLY
        note: str = ""

        def __post_init__(self, scale: int) -> None:
            self.total = self.a * scale

    return {cls.__name__: cls for cls in (Plain, Frozen, FrozenChild, Hashed, NoEq, Slotted,
                                          SlottedFrozen, Posted)}


def _examples(classes: dict[str, type]) -> dict[str, list]:
    c = classes
    return {
        "Plain": [c["Plain"](1), c["Plain"](2, "y", [3], 9)],
        "Frozen": [c["Frozen"](1, (2,)), c["Frozen"](0)],
        "FrozenChild": [c["FrozenChild"](1, (2,), "z"), c["FrozenChild"](1)],
        "Hashed": [c["Hashed"](1, 2), c["Hashed"](1, 3)],
        "NoEq": [c["NoEq"](4)],
        "Slotted": [c["Slotted"](a=1), c["Slotted"](a=1, b=3)],
        "SlottedFrozen": [c["SlottedFrozen"](7)],
        "Posted": [c["Posted"](2, 3, note="n"), c["Posted"](2)],
    }


def _same_function(made: types.FunctionType, standard: types.FunctionType) -> None:
    assert made.__code__ == standard.__code__
    assert made.__code__.co_filename == standard.__code__.co_filename == "<string>"
    assert made.__code__.co_flags == standard.__code__.co_flags
    assert (made.__name__, made.__qualname__) == (standard.__name__, standard.__qualname__)
    assert made.__defaults__ == standard.__defaults__
    assert made.__kwdefaults__ == standard.__kwdefaults__
    assert ({k: repr(v) for k, v in made.__annotations__.items()}  # InitVar has no ==
            == {k: repr(v) for k, v in standard.__annotations__.items()})
    assert made.__globals__ is standard.__globals__
    assert _cells(made) == _cells(standard)


def _cells(function: types.FunctionType) -> list:
    """What the function closes over; a class made by ``_classes`` (each call makes its own)
    by its name."""
    return [f"the class {value.__qualname__}" if isinstance(value, type)
            and value.__qualname__.startswith("_classes.<locals>.") else value
            for value in (cell.cell_contents for cell in function.__closure__ or ())]


def _describe(cls: type, examples: list) -> dict:
    """What a dataclass is and does, in values comparable across two creations of it."""
    made = {name: value for name, value in vars(cls).items()
            if isinstance(value, types.FunctionType) and value.__code__.co_filename == "<string>"}
    facts = {
        "generated": sorted(made),
        "doc": cls.__doc__,
        "signature": str(inspect.signature(cls)),
        "params": repr(cls.__dataclass_params__),
        "fields": [(f.name, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare,
                    f.kw_only, str(f.type)) for f in dataclasses.fields(cls)],
        "slots": getattr(cls, "__slots__", None),
        "match_args": getattr(cls, "__match_args__", None),
        "hash is None": cls.__hash__ is None,
        "values": [dataclasses.astuple(x) for x in examples],
        "self-equal": [x == x for x in examples],
        "equal": examples[0] == examples[-1],
    }
    if "__repr__" in made:  # else object's, which shows the address
        facts["reprs"] = [repr(x) for x in examples]
    if "__hash__" in made:  # else object's (by address) or None
        facts["hashes"] = [hash(x) for x in examples]
    if "__lt__" in made:
        facts["order"] = [examples[0] < examples[-1], examples[0] >= examples[-1]]
    if cls.__dataclass_params__.frozen:
        with pytest.raises(dataclasses.FrozenInstanceError):
            examples[0].a = 99
    return facts


@served_here
def test_a_dataclass_made_through_the_cache_is_the_one_python_makes(through_cache) -> None:
    standard = _classes()
    standard_facts = {name: _describe(cls, _examples(standard)[name])
                      for name, cls in standard.items()}
    cache = through_cache()
    for attempt in ("compiled", "served from the file"):
        made = _classes()
        if attempt == "compiled":  # (a text met twice in a process is compiled once)
            assert cache.compiled > 0
        else:
            assert cache.compiled == 0 and cache.served > 0
        for name, cls in made.items():
            assert _describe(cls, _examples(made)[name]) == standard_facts[name], (attempt, name)
            for method, function in vars(cls).items():
                if isinstance(function, types.FunctionType) and method in vars(standard[name]):
                    if function.__code__.co_filename == "<string>":
                        _same_function(function, vars(standard[name])[method])
        cache.save()
        cache = through_cache()  # the next start: a new process's cache, the same file


@served_here
def test_an_annotation_compiled_through_the_cache_is_the_one_python_compiles(
        through_cache) -> None:
    texts = ["int | None", "list[dict[str, int]]", "*tuple[int, str]", "Plain"]
    standard = [typing.ForwardRef(text) for text in texts]
    cache = through_cache()
    for _ in range(2):  # compiled, then served
        made = [typing.ForwardRef(text) for text in texts]
        for ours, theirs in zip(made, standard, strict=True):
            assert ours == theirs
            assert ours.__forward_code__ == theirs.__forward_code__
            assert ours.__forward_code__.co_filename == theirs.__forward_code__.co_filename
            assert eval(ours.__forward_code__, {"Plain": int}) == eval(
                theirs.__forward_code__, {"Plain": int})
    assert cache.served >= len(texts)
    with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
        typing.ForwardRef("not an expression (")


@served_here
def test_a_second_start_is_served_and_a_changed_text_compiled_anew(through_cache) -> None:
    cache = through_cache()
    _classes()
    first = cache.compiled + cache.served
    assert cache.compiled > 0
    cache.save()

    cache = through_cache()
    _classes()
    assert (cache.compiled, cache.served) == (0, first)

    @dataclasses.dataclass
    class Changed:  # a text the file does not have: compiled, then kept
        renamed_field: int

    assert cache.compiled > 0
    assert Changed(1).renamed_field == 1
    cache.save()
    cache = through_cache()

    @dataclasses.dataclass
    class ChangedAgain:
        renamed_field: int

    assert cache.compiled == 0 and cache.served > 0


@served_here
@pytest.mark.parametrize("damage", ["garbage", "truncated", "one byte changed", "other magic",
                                    "a folder", "not a dict"])
def test_a_damaged_or_unreadable_file_is_ignored_and_written_again(
        through_cache, tmp_path, damage) -> None:
    path = tmp_path / "code.marshal"
    cache = through_cache(path)
    _classes()
    cache.save()
    good = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00\xffnot marshal data" * 10)
    elif damage == "truncated":
        path.write_bytes(good[:len(good) // 2])
    elif damage == "one byte changed":
        middle = len(good) // 2
        path.write_bytes(good[:middle] + bytes([good[middle] ^ 0x55]) + good[middle + 1:])
    elif damage == "other magic":
        path.write_bytes(good.replace(code_cache.MAGIC_NUMBER, b"\x00\x00\r\n", 1))
    elif damage == "a folder":
        path.unlink()
        path.mkdir()
    else:
        import marshal
        import zlib
        payload = marshal.dumps([1, 2, 3])
        path.write_bytes(code_cache.HEADER + zlib.crc32(payload).to_bytes(4, "big") + payload)

    cache = through_cache(path)
    classes = _classes()  # no error: every text compiled again
    assert cache.compiled > 0 and cache.codes is not None
    assert len(cache.codes) == cache.compiled  # nothing was read from the file
    assert repr(classes["Plain"](1)) == "_classes.<locals>.Plain(a=1, b='x', c=[1, 2])"
    cache.save()  # no error either, even where the file cannot be written
    if damage != "a folder":
        assert path.read_bytes() == good  # written again, whole
        cache = through_cache(path)
        _classes()
        assert cache.compiled == 0
    assert not list(tmp_path.glob("*.tmp"))


@served_here
def test_parallel_writers_leave_a_whole_file(tmp_path) -> None:
    """Several processes (``--jobs``, or several ``ussg`` at once) each write what they
    compiled: the file is always one of theirs whole, never a mix or a half."""
    script = (
        "import dataclasses, sys\n"
        "from ussg.guidelines.engine import code_cache\n"
        "cache = code_cache.install()\n"
        "assert cache is not None\n"
        "n = int(sys.argv[1])\n"
        "for i in range(40):\n"
        "    dataclasses.make_dataclass(f'C{n}_{i}',\n"
        "                               [(f'field_{n}_{i}_{j}', int) for j in range(3)])\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("USSG_TABLE_CACHE", None)
    runs = [subprocess.Popen([sys.executable, "-c", script, str(n)], env=env, cwd=ROOT)
            for n in range(4)]
    assert [run.wait(timeout=120) for run in runs] == [0] * 4
    (written,) = (tmp_path / "cache" / "ussg" / "code").glob("*.marshal")
    cache = code_cache.CodeCache(str(written))
    assert len(cache._read()) > 40  # a whole file, read back with every entry checked
    assert not list(written.parent.glob("*.tmp"))


def test_the_file_holds_at_most_most_texts(through_cache, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(code_cache, "MOST_TEXTS", 3)
    cache = code_cache.CodeCache(str(tmp_path / "code.marshal"))
    for text in ("a", "b"):
        cache.code(text, "eval")
    cache.save()
    assert set(cache._read()) == {("a", "eval"), ("b", "eval")}
    later = code_cache.CodeCache(str(tmp_path / "code.marshal"))
    for text in ("c", "d"):
        later.code(text, "eval")
    later.save()  # the union would hold 4: only this run's texts are kept
    assert set(later._read()) == {("c", "eval"), ("d", "eval")}
    many = code_cache.CodeCache(str(tmp_path / "code.marshal"))
    for text in ("e", "f", "g", "h"):
        many.code(text, "eval")
    many.save()  # more than MOST_TEXTS of its own: nothing written
    assert set(many._read()) == {("c", "eval"), ("d", "eval")}


def test_a_folder_not_the_users_is_not_read(tmp_path, monkeypatch) -> None:
    cache = code_cache.CodeCache(str(tmp_path / "code.marshal"))
    cache.code("1 + 1", "eval")
    cache.save()
    assert cache._read()
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    assert code_cache.CodeCache(str(tmp_path / "code.marshal"))._read() == {}


def test_only_a_python_of_the_served_shape_is_changed(standard, monkeypatch) -> None:
    if sys.version_info[:2] in ((3, 11), (3, 12)):
        assert code_cache.dataclasses_supported() and code_cache.typing_supported()

    def _create_fn(name, args, body, *, globals=None, locals=None):  # another shape
        return exec

    with monkeypatch.context() as patch:
        patch.setattr(dataclasses, "_create_fn", _create_fn)
        assert not code_cache.dataclasses_supported()
    with monkeypatch.context() as patch:
        patch.setattr(dataclasses, "exec", exec, raising=False)  # someone's stand-in already
        assert not code_cache.dataclasses_supported()
    with monkeypatch.context() as patch:
        patch.setattr(sys, "version_info", (3, 13, 0, "final", 0))
        assert not code_cache.dataclasses_supported() and not code_cache.typing_supported()
        assert code_cache.install() is None
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)


def test_no_cache_when_asked(standard, monkeypatch) -> None:
    monkeypatch.setenv("USSG_TABLE_CACHE", "0")
    assert code_cache.cache_path() is None
    assert code_cache.install() is None
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)


def _code_files(home) -> list:
    return sorted((home / "ussg" / "code").glob("*.marshal"))


@served_here
def test_the_command_line_serves_a_second_start_from_the_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("USSG_TABLE_CACHE", raising=False)
    first = run_ussg("calc", EXAMPLES / "leon-1994.toml")
    assert first.code == 0, first.err
    (written,) = _code_files(tmp_path / "cache")
    before = written.stat()
    second = run_ussg("calc", EXAMPLES / "leon-1994.toml")
    assert (second.code, second.out, second.err) == (0, first.out, first.err)
    after = written.stat()
    # not written again: the run compiled no text the file did not have
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)

    monkeypatch.setenv("USSG_TABLE_CACHE", "0")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "off"))
    off = run_ussg("calc", EXAMPLES / "leon-1994.toml")
    assert (off.code, off.out, off.err) == (0, first.out, first.err)
    assert not (tmp_path / "off").exists()


def test_a_program_importing_the_library_keeps_the_standard_library(tmp_path) -> None:
    script = ("from ussg import calculate, load_case\n"
              "calculate(load_case('examples/leon-1994.toml'))\n"
              "import dataclasses, typing\n"
              "print('exec' in vars(dataclasses), 'compile' in vars(typing))\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("USSG_TABLE_CACHE", None)
    run = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert (run.returncode, run.stdout) == (0, "False False\n"), run.stderr
    assert not _code_files(tmp_path / "cache")
