"""What leaves the terminal app: an export carries the Checklist tab's "does not match the
mark" warnings, and a screenshot is saved beside the case file and says where (issue #18).

The case is the Leon example (examples/leon-1994.toml) with two checklist marks the chain
contradicts: §3B1.1 Aggravating Role marked "not applicable" (the chain applies §3B1.1(a),
+4), and §2D1.1(b)(2) import by aircraft or vessel marked "applied" (the chain does not
apply it: Leon's case states no such fact).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList
from textual.widgets import Input, Select

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.dialogs import ExportDialog
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.checklist_view import ChecklistRow

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import choose, settled, shown_text, until

LEON = EXAMPLES / "leon-1994.toml"
MARKS = """
[[checklist]]
item = "aggravating_role"
status = "not_applicable"

[[checklist]]
item = "drug_aircraft_or_vessel"
status = "applied"
note = "by boat"
"""
ROLE = "§3B1.1 Aggravating Role marked not applicable, in the chain: does not match the mark"
VESSEL = ("§2D1.1(b)(2) Import or export by aircraft or vessel (minimum level 26) marked "
          "applied, not in the chain: does not match the mark")


def marked_leon(folder: Path) -> Path:
    path = folder / "leon.toml"
    path.write_text(LEON.read_text(encoding="utf-8") + MARKS, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["text", "markdown"])
async def test_an_export_warns_of_the_marks_the_chain_contradicts(tmp_path: Path,
                                                                  kind: str) -> None:
    path = marked_leon(tmp_path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, WorksheetScreen)
        await pilot.press("f3")  # the tab flags both rows
        await until(pilot, lambda: len(screen.query(ChecklistRow)) > 0)
        await settled(pilot)
        flagged = {row.item.item for row in screen.query(ChecklistRow)
                   if row.has_class("-mismatch")}
        assert flagged == {"aggravating_role", "drug_aircraft_or_vessel"}
        assert all("does not match the mark" in shown_text(row.query_one(".in-chain"))
                   for row in screen.query(ChecklistRow) if row.item.item in flagged)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        if kind == "markdown":
            await choose(pilot, dialog.query_one("#format", Select), "Markdown")
        target = tmp_path / ("leon.md" if kind == "markdown" else "leon.txt")
        assert dialog.query_one("#path", Input).value == str(target)
        dialog.query_one("#path", Input).focus()
        await pilot.press("enter")
        await until(pilot, target.exists)
    text = target.read_text(encoding="utf-8")
    if kind == "markdown":
        assert f"- **Warning:** checklist: {ROLE}\n" in text
        assert f"- **Warning:** checklist: {VESSEL}\n" in text
        assert "| applied | §2D1.1(b)(2) |" in text  # the library's trail, as before
    else:
        joined = " ".join(text.split())  # the warnings wrap at 100 columns
        assert f"WARNING: checklist: {ROLE}" in joined
        assert f"WARNING: checklist: {VESSEL}" in joined
        assert all(len(line) <= 100 for line in text.splitlines()
                   if line.startswith(("WARNING: checklist", "         ")))


async def test_a_clean_checklist_adds_no_warning(tmp_path: Path) -> None:
    """Marks the chain agrees with (§3B1.1 applied, §2D1.1(b)(2) not applicable): the export
    is the library's worksheet, nothing added."""
    from ussg.guidelines import calculate, load_case
    from ussg.guidelines.render.worksheet import text_worksheet

    path = tmp_path / "leon.toml"
    path.write_text(LEON.read_text(encoding="utf-8")
                    + MARKS.replace('"not_applicable"', '"x"').replace('"applied"',
                                                                       '"not_applicable"')
                    .replace('"x"', '"applied"'), encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#path", Input).focus()
        await pilot.press("enter")
        await until(pilot, (tmp_path / "leon.txt").exists)
    case = load_case(path)
    assert (tmp_path / "leon.txt").read_text(encoding="utf-8") == \
        text_worksheet(calculate(case), case)


async def test_a_screenshot_is_saved_beside_the_case_and_says_where(tmp_path: Path) -> None:
    path = marked_leon(tmp_path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Screenshot")

        def first_offered() -> str:
            found = app.screen.query(CommandList)
            if not found or found.first().option_count == 0:
                return ""
            return str(found.first().get_option_at_index(0).prompt)

        await until(pilot, lambda: "Screenshot" in first_offered())
        await pilot.press("enter")
        await until(pilot, lambda: list(tmp_path.glob("leon *.svg")))
        [shot] = tmp_path.glob("leon *.svg")
        await until(pilot, lambda: any(str(shot) in n.message for n in app._notifications))
    assert shot.read_text(encoding="utf-8").startswith("<svg")
