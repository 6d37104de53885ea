"""`pip install .` (not editable) installs one name, `ussg`: the library, the tables, the
terminal app and the bundled examples under it, and nothing under a generic import name
(`tables` is PyTables' import name; `guidelines` and `tui` are anybody's)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The wheel built from the repository, installed into a folder of its own."""
    tmp = tmp_path_factory.mktemp("wheel")
    # built from a copy without the checkout's build/ folder, which setuptools reuses: modules
    # a build of an older layout left there would otherwise ship again
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis",
        ".pytest_cache", ".golden", "wt-*"))
    wheels = tmp / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
                    str(source)], check=True, capture_output=True)
    (wheel,) = wheels.glob("ussg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    site = tmp / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(site), str(wheel)], check=True, capture_output=True)
    return site, names


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                          text=True)


def test_the_wheel_claims_no_generic_import_name(installed) -> None:
    _, names = installed
    tops = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith(".dist-info")}
    assert tops == {"ussg"}


@pytest.mark.parametrize("folder, suffixes", [("guidelines", (".py",)), ("tables", (".toml",)),
                                              ("tui", (".py", ".tcss")),
                                              ("examples", (".toml", ".jsonl", ".csv"))])
def test_every_file_of_a_folder_ships_under_ussg(installed, folder, suffixes) -> None:
    _, names = installed
    in_repo = {f"ussg/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / folder).rglob("*")
               if p.suffix in suffixes and "__pycache__" not in p.parts}
    assert in_repo and in_repo <= set(names), in_repo - set(names)


def test_the_installed_package_computes_leon_from_elsewhere(installed, tmp_path: Path) -> None:
    site, _ = installed
    code = ("import ussg; from ussg import calculate, load_case;"
            "assert 'site' in ussg.__file__, ussg.__file__;"
            f"c = calculate(load_case({str(ROOT / 'examples' / 'leon-1994.toml')!r}));"
            "print(c.result.table_offense_level, c.result.range.life)")
    out = _run(site, tmp_path, "-c", code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["43", "True"]


def test_python_m_ussg_lists_and_copies_the_bundled_examples(installed, tmp_path: Path) -> None:
    site, _ = installed
    listing = _run(site, tmp_path, "-m", "ussg", "examples")
    assert listing.returncode == 0, listing.stderr
    shipped = sorted(p.stem for p in (ROOT / "examples").glob("*.toml"))
    assert [line.split()[0] for line in listing.stdout.splitlines()] == shipped
    copied = _run(site, tmp_path, "-m", "ussg", "examples", "leon-1994")
    assert copied.returncode == 0, copied.stderr
    assert (tmp_path / "leon-1994.toml").read_bytes() == (
        ROOT / "examples" / "leon-1994.toml").read_bytes()
    again = _run(site, tmp_path, "-m", "ussg", "examples", "leon-1994")
    assert again.returncode == 2 and "already exists" in again.stderr
    computed = _run(site, tmp_path, "-m", "ussg", "calc", "leon-1994.toml")
    assert computed.returncode == 0, computed.stderr
    assert "life imprisonment" in computed.stdout
    unknown = _run(site, tmp_path, "-m", "ussg", "examples", "leon-1995")
    assert unknown.returncode == 2 and "leon-1994" in unknown.stderr  # a suggestion
