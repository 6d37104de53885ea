"""The file's name and its unsaved mark (●) at the top right: in the theme's warning colour
while the worksheet differs from the file, muted when it reads as saved again, and in the
colours of a theme chosen meanwhile (tui/widgets/result_summary.py)."""

from __future__ import annotations

from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.widgets.drug_list import DrugRow

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import drained, settled, type_into

LEON = EXAMPLES / "leon-1994.toml"


def _mark(app: WorksheetApp) -> tuple[str, list]:
    """The file-state line as painted: its text and each cell's colours."""
    line = app.screen.query_one("#file-state")
    strip = app.screen._compositor.render_strips()[line.region.y]
    cells, x = [], 0
    for segment in strip:
        for char in segment.text:
            if line.region.x <= x < line.region.right:
                cells.append((char, segment.style.color, segment.style.bgcolor))
            x += 1
    return "".join(c for c, _, _ in cells).strip(), [c for c in cells if c[0] == "●"]


async def test_the_mark_follows_the_file_and_the_theme(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "textual-dark"
        await settled(pilot)
        amount = app.screen.query_one(DrugRow).query_one(".amount", Input)
        name, marks = _mark(app)
        assert name == "leon-1994.toml" and not marks  # as saved: no mark

        await type_into(pilot, amount, "0")  # 510 kg: unsaved
        name, marks = _mark(app)
        assert name == "leon-1994.toml ●" and len(marks) == 1
        dark = marks[0][1]
        assert dark is not None

        await pilot.press("backspace")  # 51 kg again: as saved, the mark gone
        await drained(pilot)
        assert _mark(app) == ("leon-1994.toml", [])

        await pilot.press("0")
        await drained(pilot)
        app.theme = "textual-light"  # a theme of other colours while unsaved
        await drained(pilot)
        _, marks = _mark(app)
        assert len(marks) == 1 and marks[0][1] != dark
        light = marks[0][1]

    # the same colour as a worksheet edited under that theme from the start
    fresh = WorksheetApp(CaseDocument.open(LEON))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "fresh"))
    async with fresh.run_test(size=(80, 24)) as pilot:
        fresh.theme = "textual-light"
        await settled(pilot)
        amount = fresh.screen.query_one(DrugRow).query_one(".amount", Input)
        await type_into(pilot, amount, "0")
        _, marks = _mark(fresh)
        assert len(marks) == 1 and marks[0][1] == light
