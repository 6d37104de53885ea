"""Facts a court states (issue #13): each goes through the real command line, shown as a step
"as found" with its source, the figures that follow from it worked out by hand from the
Manual's own tables (the source line cited at each assertion)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ussg.guidelines.cli import main

from .conftest import ROOT

DATA = ROOT / "tests" / "data" / "stated"
REFERENCE = ROOT.parent / "shared" / "reference" / "ussg"
ZERO = (ROOT / "tests" / "data" / "chapter_four" / "zero-point.toml").read_text()


def _calc(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["calc", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> dict:
    code, out, err = _calc(capsys, path, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def _write(tmp_path: Path, text: str, name: str = "case.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def _variant(tmp_path: Path, base: Path | str, old: str, new: str) -> Path:
    text = base.read_text() if isinstance(base, Path) else base
    assert old in text, old
    return _write(tmp_path, text.replace(old, new, 1))


def _step(result: dict, title: str) -> dict:
    (step,) = [s for s in result["steps"] if s["title"] == title]
    return step


# -- 1. Criminal history points alone (Ch.5 Pt.A) -------------------------------------------

def test_points_alone_give_the_category_as_found(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(capsys, DATA / "points-alone-2025.toml")
    step = _step(result, "Criminal history category (as found)")
    assert step["section"] == "Ch.5 Pt.A"
    assert step["input"] == "7 criminal history points, as the case states them"
    assert step["change"] == "IV"  # 2025 Sentencing Table heading "IV (7, 8, 9)", line 21670
    assert "7, 8, 9 points" in step["reason"]
    assert result["criminal_history_category"] == "IV"
    # level 30 (§2D1.1(c)(5), "At least 1 KG but less than 3 KG of Heroin", GLM2025 line
    # 8001), category IV:
    # tables/sentencing_table_2010-11-01_to_2025.csv line 179, "30,IV,135-168"
    assert result["total_offense_level"] == 30
    assert result["range"]["min_months"] == 135 and result["range"]["max_months"] == 168
    code, out, _ = _calc(capsys, DATA / "points-alone-2025.toml")
    assert code == 0
    assert "Ch.5 Pt.A — Criminal history category (as found)" in out
    assert "Criminal history category  IV" in out


# Every row of the Sentencing Table's headings, 2025 Manual (GLM2025_fulltext.txt lines
# 21661-21678): I (0 or 1), II (2 or 3), III (4, 5, 6), IV (7, 8, 9), V (10, 11, 12),
# VI (13 or more). The 1987 table has the same point sets (App. C, Amendment 270 only put
# them in parentheses), so a 1990 sentencing gives the same rows.
ROWS = [(0, "I"), (1, "I"), (2, "II"), (3, "II"), (4, "III"), (6, "III"), (7, "IV"),
        (9, "IV"), (10, "V"), (12, "V"), (13, "VI"), (40, "VI")]


@pytest.mark.parametrize(("points", "category"), ROWS)
@pytest.mark.parametrize("manual", ["1990", "2025"])
def test_every_row_of_the_sentencing_table(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           points: int, category: str, manual: str) -> None:
    path = _variant(tmp_path, DATA / "points-alone-2025.toml", "points = 7",
                    f"points = {points}")
    result = _json(capsys, path, "--manual", manual)
    assert result["criminal_history_category"] == category
    assert _step(result, "Criminal history category (as found)")["change"] == category


def test_points_alone_serve_the_zero_point_offender(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    """§4C1.1(a)(1) "the defendant did not receive any criminal history points from Chapter
    Four, Part A" reads the stated points (sections/2025/USSG_4C1.1_2025.txt)."""
    stated = ZERO.replace("instant_offense_began = 2024-03-01\npriors = []", "points = 0")
    result = _json(capsys, _write(tmp_path, stated))
    assert result["criminal_history_category"] == "I"
    # 150 g heroin: "At least 100 G but less than 400 G of Heroin" level 24 (§2D1.1(c)(8),
    # GLM2025 line 8079);
    # all criteria met: -2 (§4C1.1(a))
    assert result["total_offense_level"] == 22
    one = _json(capsys, _write(tmp_path, stated.replace("points = 0", "points = 1")))
    assert one["total_offense_level"] == 24  # (a)(1) not met


def test_points_with_category_are_still_checked_and_neither_is_an_error(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _variant(tmp_path, DATA / "points-alone-2025.toml", "points = 7",
                    'category = "III"\npoints = 7')
    code, _, err = _calc(capsys, path)
    assert code == 2 and "criminal_history.points: 7 points make category IV, not III" in err
    path = _variant(tmp_path, DATA / "points-alone-2025.toml", "points = 7", "")
    code, _, err = _calc(capsys, path)
    assert code == 2 and "criminal_history" in err and "`points`" in err
