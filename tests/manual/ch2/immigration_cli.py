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


def write_case(tmp_path: Path, guideline: str, table: str, statute: str, facts: str,
               name: str = "case", category: str = "I") -> Path:
    """A one-count case under ``guideline`` sentenced Dec. 15, 2025 (offense ended Aug. 1,
    2024), its facts table ``[offense.<table>]`` holding ``facts``, criminal history category
    ``category`` as stated; statutory maximum 10 years."""
    path = tmp_path / f"{name}.toml"
    path.write_text(f"""# Test case: §{guideline} with the facts below, sentenced Dec. 15, 2025.
sentencing_date = 2025-12-15
offense_date = 2024-08-01

[case]
name = "{name}"

[offense]
guideline = "{guideline}"
statute = "{statute}"
statutory_maximum_months = 120

[offense.{table}]
{facts}

[criminal_history]
category = "{category}"
""", encoding="utf-8")
    return path
