"""`pip install .` ships the terminal app: its subpackages and stylesheets."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_ships_the_terminal_app(tmp_path: Path) -> None:
    """Every module and stylesheet of tui/ is in the wheel (`ussg tui` after `pip install .`)."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    (wheel,) = wheels.glob("ussg-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    in_repo = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tui").rglob("*")
               if p.suffix in (".py", ".tcss")}
    assert in_repo <= shipped, in_repo - shipped
