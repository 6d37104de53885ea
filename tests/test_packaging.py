"""`pip install .` (not editable) ships tables/ in the wheel and finds them at run time."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_ships_tables_and_computes_leon_from_elsewhere(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    (wheel,) = wheels.glob("ussg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("tables/")}
    in_repo = {p.name for p in (ROOT / "tables").rglob("*.toml")}
    assert in_repo <= shipped, in_repo - shipped

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(site), str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = ("import guidelines, sys; from guidelines import calculate, load_case;"
            "assert 'site' in guidelines.__file__, guidelines.__file__;"
            f"c = calculate(load_case({str(ROOT / 'examples' / 'leon-1994.toml')!r}));"
            "print(c.result.table_offense_level, c.result.range.life)")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["43", "True"]
