"""Work typed into the terminal app is never lost (issue #18, "Data loss"): keys typed at a
fast typist's speed all land in the field they were typed into, in order; the question
about unsaved changes sees every key typed before Ctrl+Q; moving into a filled field does
not select it for replacement; Save as keeps the comments of the file that was open.

Keys are sent as a terminal sends them (``burst``: each handed to the app as it arrives,
without waiting for the app to handle the ones before), and each test waits on a condition,
never a fixed time. The case is the Leon example (examples/leon-1994.toml).
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from textual.command import CommandList
from textual.widgets import Input, Select

from guidelines import load_case, parse_case
from tui.app import WorksheetApp
from tui.document import CaseDocument
from tui.screens.dialogs import ChoiceDialog, PathDialog
from tui.screens.worksheet import WorksheetScreen
from tui.widgets.checklist_view import ChecklistRow
from tui.widgets.departure_list import DepartureRow
from tui.widgets.drug_list import DrugRow

from .conftest import EXAMPLES
from .tui_pilot import burst, settled, until

LEON = EXAMPLES / "leon-1994.toml"
KEY_REPEAT = 0.01  # seconds between keys: faster than key repeat (about 30 ms)


def worksheet(app: WorksheetApp) -> WorksheetScreen:
    screen = app.screen
    assert isinstance(screen, WorksheetScreen)
    return screen


async def focus(pilot, widget) -> None:
    widget.focus()
    await until(pilot, lambda: widget.has_focus)


async def test_quit_right_after_typing_asks_about_the_keys_typed() -> None:
    """Ctrl+Q a moment after the last key (all sent at once): the question comes every
    time, and the field holds every key."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        field = screen.query_one("#case-defendant", Input)
        await focus(pilot, field)
        typed = ""
        for trial in "ABCDEF":
            await burst(pilot, [trial, trial.lower(), "ctrl+q"])
            typed += trial + trial.lower()
            await until(pilot, lambda: isinstance(app.screen, ChoiceDialog) or not app.is_running)
            assert app.is_running and isinstance(app.screen, ChoiceDialog), trial
            await pilot.press("escape")
            await until(pilot, lambda: app.screen is screen)
            assert field.value == typed
            assert screen.modified
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.click("#choice-discard")
        await until(pilot, lambda: not app.is_running)


async def test_ctrl_s_right_after_typing_saves_every_key(tmp_path: Path) -> None:
    path = tmp_path / "leon.toml"
    shutil.copy(LEON, path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await focus(pilot, screen.query_one("#case-defendant", Input))
        await burst(pilot, [*"R. Leon", "ctrl+s"])
        await until(pilot, lambda: "R. Leon" in path.read_text())
        await settled(pilot)
        assert not screen.modified
    assert load_case(path).case.defendant == "R. Leon"


async def test_typing_fast_into_the_purity_field() -> None:
    """"9x3%", four Backspaces, "93%" at 10 ms a key, while each key recomputes the case."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = worksheet(app)
        purity = screen.query_one(DrugRow).query_one(".purity", Input)
        await focus(pilot, purity)
        await burst(pilot, [*"9x3%", *["backspace"] * 4, *"93%"], KEY_REPEAT)
        await settled(pilot)
        assert purity.value == "93%"
        assert screen.outcome.data["offense"]["drugs"][0]["purity"] == "93%"


async def test_typing_fast_into_the_substance_field() -> None:
    """Into an empty worksheet's substance field, with the type-ahead suggesting names."""
    app = WorksheetApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = worksheet(app)
        date = screen.query_one("#sentencing-date", Input)
        await focus(pilot, date)
        await burst(pilot, "1994-09-28", KEY_REPEAT)
        await settled(pilot)
        substance = screen.query_one(DrugRow).query_one(".substance", Input)
        await focus(pilot, substance)
        await burst(pilot, "cocaine b", KEY_REPEAT)
        await settled(pilot)
        assert substance.value == "cocaine b"
        await burst(pilot, [*["backspace"] * 9, *"heroin", "ctrl+u", *"cocaine base"],
                    KEY_REPEAT)
        await settled(pilot)
        assert substance.value == "cocaine base"
        assert screen.outcome.data["offense"]["drugs"] == [{"substance": "cocaine base"}]


async def test_typing_fast_into_the_date_field_while_the_edition_changes() -> None:
    """"2016-02-1" is already a date (another edition than "2016-02-"): the edition the
    worksheet follows changes under the typist's fingers, and no key is lost."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        date = screen.query_one("#sentencing-date", Input)
        await focus(pilot, date)
        await burst(pilot, ["ctrl+u", *"2016-02-"], KEY_REPEAT)
        await burst(pilot, "15", KEY_REPEAT)
        await settled(pilot)
        assert date.value == "2016-02-15"
        computation = screen.outcome.computation
        assert computation is not None
        assert computation.manual_in_force.year == 2015  # Nov. 1, 2015 edition (§1B1.11)


async def test_tab_into_a_filled_field_then_a_key_adds_to_it() -> None:
    """The departure's reason and a checklist note: Tab moves in, the key is appended."""
    path_text = LEON.read_text() + ('\n[[checklist]]\nitem = "aggravating_role"\n'
                                    'status = "applied"\nnote = "five participants"\n')
    app = WorksheetApp(CaseDocument(None, tomllib.loads(path_text), path_text))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = worksheet(app)
        departure = screen.query_one(DepartureRow)
        reason = departure.query_one(".reason", Input)
        loaded = reason.value
        await focus(pilot, departure.query_one(".amount", Input))
        await pilot.press("tab")
        await until(pilot, lambda: reason.has_focus)
        await pilot.press("!")
        assert reason.value == loaded + "!"

        await pilot.press("f3")
        row = next(r for r in screen.query(ChecklistRow) if r.item.item == "aggravating_role")
        note = row.query_one(".note", Input)
        await focus(pilot, row.query_one(".status", Select))
        await pilot.press("tab")
        await until(pilot, lambda: note.has_focus)
        await pilot.press(*" (Leon, his brother, three runners)")
        assert note.value == "five participants (Leon, his brother, three runners)"


async def test_save_as_keeps_the_comments_of_the_file_opened(tmp_path: Path) -> None:
    original = tmp_path / "leon.toml"
    shutil.copy(LEON, original)
    copy = tmp_path / "leon-edited.toml"
    app = WorksheetApp(CaseDocument.open(original))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await focus(pilot, screen.query_one("#case-defendant", Input))
        await pilot.press(*"R. Leon")
        await pilot.press("ctrl+p")
        await pilot.press(*"Save as")
        await until(pilot, lambda: app.screen.query(CommandList)
                    and app.screen.query_one(CommandList).option_count > 0)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, PathDialog))
        app.screen.query_one("#path", Input).value = str(copy)
        await pilot.press("enter")
        await until(pilot, lambda: copy.exists())
        await settled(pilot)
        assert screen.document.path == copy and not screen.modified
    comments = [line for line in LEON.read_text().splitlines() if line.lstrip().startswith("#")]
    assert len(comments) > 5
    saved = copy.read_text().splitlines()
    assert all(line in saved for line in comments)
    assert any("§2D1.1(b)(1)" in line for line in saved)  # the comment after a value, too
    assert parse_case(copy.read_text()).case.defendant == "R. Leon"
    assert original.read_text() == LEON.read_text()  # the file opened is as it was
