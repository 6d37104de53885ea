"""The registry's index of the Chapter Two packages' declarations (registry.py,
``_declared_as_indexed``): a second start is served from it without importing a package; an
edited, added or removed package (or a damaged index) is never served stale; a package whose
``__init__.py`` imports anything else is imported at every start.

Each start is a fresh Python whose Chapter Two folder is a copy under ``tmp_path`` (the
package's ``__path__`` pointed there after the registry is imported), with its own cache."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHAPTER_TWO = ROOT / "guidelines" / "manual" / "ch2"
COPIED = ("s2a2_1", "s2d1_1", "s2k2_1")

START = """
import json, sys
from ussg.guidelines.manual.ch2 import registry
import ussg.guidelines.manual.ch2 as chapter_two
chapter_two.__path__[:] = [sys.argv[1]]
found = registry.chapter_two_guidelines()
imported = sorted(m.rsplit(".", 1)[1] for m in sys.modules
                  if m.startswith("ussg.guidelines.manual.ch2.s"))
print(json.dumps({"guidelines": [[g.section, g.title, g.facts_key, g.facts_module]
                                 for g in found],
                  "imported": imported}))
"""


@pytest.fixture
def folder(tmp_path) -> Path:
    """A Chapter Two folder with three of the packages (their declarations)."""
    for name in COPIED:
        (tmp_path / "ch2" / name).mkdir(parents=True)
        shutil.copy(CHAPTER_TWO / name / "__init__.py", tmp_path / "ch2" / name)
    (tmp_path / "ch2" / "__pycache__").mkdir()  # not a package
    return tmp_path / "ch2"


def _start(folder: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(folder.parent / "cache")}
    env.pop("USSG_TABLE_CACHE", None)
    run = subprocess.run([sys.executable, "-c", START, str(folder)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def _indexes(folder: Path) -> list[Path]:
    return sorted((folder.parent / "cache" / "ussg" / "tables").glob("chapter-two-*.pickle"))


def _sections(start: dict) -> list[str]:
    return [g[0] for g in start["guidelines"]]


def test_a_second_start_is_served_from_the_index(folder) -> None:
    first = _start(folder)
    assert _sections(first) == ["2A2.1", "2D1.1", "2K2.1"]
    assert first["imported"] == list(COPIED)
    assert len(_indexes(folder)) == 1
    second = _start(folder)
    assert second["guidelines"] == first["guidelines"]
    assert second["imported"] == []


def test_an_edited_package_is_read_again_even_at_the_same_size(folder) -> None:
    first = _start(folder)
    init = folder / "s2a2_1" / "__init__.py"
    text = init.read_text()
    stat = init.stat()
    init.write_text(text.replace("Attempted Murder\"", "Attempted Murdes\""))
    os.utime(init, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # its time put back
    assert init.stat().st_size == stat.st_size
    edited = _start(folder)
    assert edited["imported"] == list(COPIED)
    assert edited["guidelines"][0][1].endswith("Attempted Murdes")
    assert edited["guidelines"][1:] == first["guidelines"][1:]
    assert _start(folder)["imported"] == []  # the new index serves the next start


def test_an_added_or_removed_package_is_found(folder) -> None:
    _start(folder)
    added = folder / "s2k2_9"
    added.mkdir()
    (added / "__init__.py").write_text(
        (folder / "s2k2_1" / "__init__.py").read_text()
        .replace('section="2K2.1"', 'section="2K2.9"')
        .replace('facts_key="firearms"', 'facts_key="firearms_9"'))
    assert _sections(_start(folder)) == ["2A2.1", "2D1.1", "2K2.1", "2K2.9"]
    assert _start(folder)["imported"] == []
    shutil.rmtree(folder / "s2d1_1")
    assert _sections(_start(folder)) == ["2A2.1", "2K2.1", "2K2.9"]


def test_a_package_importing_more_than_its_declaration_is_imported_at_every_start(folder):
    init = folder / "s2d1_1" / "__init__.py"
    init.write_text(init.read_text().replace(
        "from ussg.guidelines.manual.ch2.registry import OffenseGuideline",
        "from ussg.guidelines.manual.ch2.registry import OffenseGuideline\n"
        "from ussg.guidelines.engine.tables import format_date"))
    assert _start(folder)["imported"] == list(COPIED)
    assert _indexes(folder) == []
    assert _start(folder)["imported"] == list(COPIED)


def test_a_damaged_index_is_not_read(folder) -> None:
    first = _start(folder)
    (index,) = _indexes(folder)
    index.write_bytes(index.read_bytes()[:40])
    again = _start(folder)
    assert again == first  # imported, and the index written whole again
    assert _start(folder)["imported"] == []


def test_the_real_registry_is_the_packages(tmp_path) -> None:
    """The index of the repository's own packages gives what importing them gives."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("USSG_TABLE_CACHE", None)
    script = START.replace("chapter_two.__path__[:] = [sys.argv[1]]\n", "")
    runs = [subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120) for _ in range(2)]
    first, second = (json.loads(run.stdout) for run in runs)
    assert second["imported"] == [] and first["imported"]
    assert second["guidelines"] == first["guidelines"]
