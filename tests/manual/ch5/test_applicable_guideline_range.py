"""§4B1.1(c): the summary shows "the applicable guideline range" that §4B1.1(c) determines,
and one range everywhere, through the real CLI with the Manual's own figures (issue #13).

- §4B1.1, comment. (n.3(E)) (2002-2025; tests/data/chapter_four/career-offender-924c.toml):
  "the otherwise applicable guideline range for the drug count is 188–235 months" (level 34
  - 3, Category VI); + 60 = 248–295; the (c)(3) table "is 262–327 months. The range with the
  greatest minimum, 262–327 months, is used".
- §5G1.2, comment. (n.4(B)(iii)) (2016 Manual; the case file says how it is computed):
  "applicable guideline range of 460–485 months".
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument

from tests.conftest import ROOT, run_ussg
from tests.tui.tui_pilot import shown_text

DATA = ROOT / "tests" / "data" / "chapter_four"
N3E = DATA / "career-offender-924c.toml"
N4BIII = DATA / "career-offender-924c-5g1.2-n4biii-2016.toml"
PLAIN = DATA / "career-offender.toml"


def _summary(text: str) -> dict[str, str]:
    """The summary block of a text worksheet: label -> value (a value wrapped onto lines
    indented under it joined again)."""
    block = text.split("\nTotal offense level", 1)[1]
    lines = ("Total offense level" + block).splitlines()
    summary: dict[str, str] = {}
    label = ""
    for line in lines:
        if line.startswith(" " * 27) and label:
            summary[label] += " " + line.strip()
        elif line and not line.startswith(("WARNING", " ")) and len(line) > 27:
            label = line[:27].strip()
            summary[label] = line[27:]
        else:
            label = ""
    return summary


def _pair(r: dict) -> tuple:
    return r["min_months"], r["max_months"], r["life"]


def test_n3e_summary_shows_the_applicable_range_262_to_327() -> None:
    run = run_ussg("calc", N3E)
    assert run.code == 0, run.err
    summary = _summary(run.out)
    assert summary["Guideline range"] == "262–327 months (the applicable guideline range, §4B1.1(c)(2))"
    assert summary["Otherwise applicable range"] == (
        '188–235 months (the "otherwise applicable guideline range" of the other counts, '
        '§4B1.1(c)(2)(A), comment. (n.3(C)))')
    assert summary["Total punishment"] == "262–327 months"


def test_n3e_markdown_and_json_name_both_ranges() -> None:
    markdown = run_ussg("calc", N3E, "--format", "markdown").out
    assert ("- Guideline range: **262–327 months (the applicable guideline range, "
            "§4B1.1(c)(2))**") in markdown
    assert '- Otherwise applicable range: **188–235 months (the "otherwise applicable' in markdown
    (result,) = run_ussg("calc", N3E, "--format", "json").json_lines()
    assert _pair(result["applicable_range"]) == (262, 327, False)
    assert _pair(result["range"]) == (188, 235, False)  # the Sentencing Table cell, as before


def test_n3e_no_step_shows_another_total_than_262_to_327() -> None:
    """248–295 appears only as (c)(2)(A), inside the step that chooses between (A) and (B)."""
    (result,) = run_ussg("calc", N3E, "--format", "json").json_lines()
    assert not [s for s in result["steps"] if s["title"].startswith("Total punishment")]
    totals = [s["change"] for s in result["steps"] if s["section"] == "§4B1.1(c)(2)"]
    assert totals == ["262–327 months"]


def test_n4biii_2016_gives_460_to_485_everywhere() -> None:
    run = run_ussg("calc", N4BIII)
    assert run.code == 0, run.err
    assert "460–480" not in run.out
    summary = _summary(run.out)
    assert summary["Guideline range"] == "460–485 months (the applicable guideline range, §4B1.1(c)(2))"
    assert summary["Otherwise applicable range"].startswith("100–125 months")
    assert summary["Total punishment"] == "460–485 months"
    assert summary["Consecutive terms"] == "+360 months"
    (result,) = run_ussg("calc", N4BIII, "--format", "json").json_lines()
    step = next(s for s in result["steps"] if s["section"] == "§4B1.1(c)(2)")
    assert step["input"] == ("(A) 100–125 months + 360 months = 460–485 months; "
                             "(B) 360 months–life")
    assert step["change"] == "460–485 months"
    assert _pair(result["applicable_range"]) == _pair(result["total_range"]) == (460, 485, False)
    # every range a step or the summary gives as a total is the same one
    shown = {s["change"] for s in result["steps"]
             if re.fullmatch(r"4\d\d–4\d\d months", s["change"])}
    assert shown == {"460–485 months"}
    consecutive = [s for s in result["steps"] if s["title"] == "Consecutive term"]
    assert [s["change"] for s in consecutive] == ["60 months consecutive",
                                                 "300 months consecutive"]
    assert all("§5G1.2(e)" in s["reason"] for s in consecutive)


def test_without_4b1_1c_the_summary_and_json_are_as_before(tmp_path: Path) -> None:
    run = run_ussg("calc", PLAIN)
    assert run.code == 0, run.err
    assert "Otherwise applicable range" not in run.out
    assert "§4B1.1(c)(2))" not in run.out
    (result,) = run_ussg("calc", PLAIN, "--format", "json").json_lines()
    assert "applicable_range" not in result


async def test_the_terminal_app_shows_the_applicable_range(tmp_path: Path) -> None:
    """The result line of the terminal app (it shows what the library computed)."""
    path = tmp_path / "case.toml"
    shutil.copy(N3E, path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        line = shown_text(app.screen.query_one("#result-text"))
        assert "Category VI · 262–327 months" in line
        assert "188–235" not in line
