"""Running a Chapter Two case file through the real command line, in-process (issue #15's
guideline tests share these)."""

from __future__ import annotations

import json
from pathlib import Path

from ussg.guidelines.cli import main


def calc_json(capsys, path: Path) -> dict:
    """``ussg calc PATH --format json``: the computation, which must succeed (exit 0)."""
    code = main(["calc", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def calc_refused(capsys, path: Path) -> str:
    """``ussg calc PATH``: refused as bad input (exit 2); its message on standard error."""
    code = main(["calc", str(path)])
    err = capsys.readouterr().err
    assert code == 2, err
    return err


def chapter_two_steps(result: dict) -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step of a computation (``calc_json``'s result):
    the level after the step, in the worksheet's order."""
    return [(s["section"], s["level"]) for s in result["steps"] if s["chapter"] == "chapter_two"]


def case_file(tmp_path: Path, guideline: str, key: str, facts: str, manual: str,
              more: str = "") -> Path:
    """A one-count case file under ``manual`` for ``guideline`` with the findings ``facts``
    (TOML lines) in ``[offense.<key>]``, then ``more`` (other tables), category I."""
    path = tmp_path / f"{key}.toml"
    path.write_text(f'# §{guideline} findings under test (see the test that wrote this file)\n'
                    f'manual = "{manual}"\n[offense]\nguideline = "{guideline}"\n'
                    f'[offense.{key}]\n{facts}\n{more}[criminal_history]\ncategory = "I"\n')
    return path


def level_and_capped(capsys, path: Path) -> tuple[int, bool]:
    """The total offense level and whether a "capped" step (a proviso on cumulative
    adjustments) was taken."""
    result = calc_json(capsys, path)
    return result["total_offense_level"], any("capped" in s["title"] for s in result["steps"])
