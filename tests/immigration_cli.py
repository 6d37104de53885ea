"""Running a case through the real CLI in-process (``ussg calc --format json``), for the
Chapter Two, Part L tests."""

from __future__ import annotations

import json
from pathlib import Path

from ussg.guidelines.cli import main


def calc(capsys, path: Path, *args: str) -> dict:
    """The JSON result of ``ussg calc``; the run must succeed."""
    code = main(["calc", str(path), "--format", "json", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out.splitlines()[0])


def refused(capsys, path: Path, *args: str) -> str:
    """Standard error of a run refused as bad input (exit 2, no traceback)."""
    code = main(["calc", str(path), *args])
    out, err = capsys.readouterr()
    assert code == 2, out
    assert "Traceback" not in err
    return err


def chapter_two(result: dict, section: str) -> list[tuple[str, int | None, int]]:
    """(section, change, level) of each step of guideline ``section`` ("§2L1.2") that set or
    changed the level."""
    return [(s["section"], s["delta"], s["level"]) for s in result["steps"]
            if s["chapter"] == "chapter_two" and s["section"].startswith(section)
            and (s["delta"] is not None or s["change"].startswith("="))]
