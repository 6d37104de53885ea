"""Work typed into the terminal app is never lost (issue #18, "Data loss"): keys typed at a
fast typist's speed all land in the field they were typed into, in order; the question
about unsaved changes sees every key typed before Ctrl+Q; moving into a filled field does
not select it for replacement; Save as keeps the comments of the file that was open; keys
typed while a file opens go nowhere hidden; a recovery copy of unsaved work outlives a
killed app and is offered when the file is opened again.

Keys are sent as a terminal sends them (``burst``: each handed to the app as it arrives,
without waiting for the app to handle the ones before), and each test waits on a condition,
never a fixed time. The case is the Leon example (examples/leon-1994.toml).
"""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import pytest
from textual.command import CommandList
from textual.widgets import Input, Select, TabbedContent, TextArea

from ussg.guidelines import load_case, parse_case
from ussg.guidelines.manual.checklist import checklist_items, guidelines_of
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.dialogs import ChoiceDialog, PathDialog
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.checklist_view import ChecklistRow
from ussg.tui.widgets.departure_list import DepartureRow
from ussg.tui.widgets.drug_list import DrugRow

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import burst, settled, until

LEON = EXAMPLES / "leon-1994.toml"
KEY_REPEAT = 0.01  # seconds between keys: faster than key repeat (about 30 ms)


def worksheet(app: WorksheetApp) -> WorksheetScreen:
    screen = app.screen
    assert isinstance(screen, WorksheetScreen)
    return screen


async def focus(pilot, widget) -> None:
    widget.focus()
    await until(pilot, lambda: widget.has_focus)


def leon_copy(tmp_path: Path) -> Path:
    """A copy of the Leon example to edit and save."""
    path = tmp_path / "leon.toml"
    shutil.copy(LEON, path)
    return path


async def type_defendant(pilot, screen: WorksheetScreen, keys: list[str] | str) -> None:
    """Into the caption's defendant field: a list of keys all at once (``burst``), a string
    key by key."""
    await focus(pilot, screen.query_one("#case-defendant", Input))
    if isinstance(keys, list):
        await burst(pilot, keys)
    else:
        await pilot.press(*keys)


@pytest.fixture
def state(tmp_path: Path, monkeypatch) -> Path:
    """$XDG_STATE_HOME for the test: where the recovery copies go."""
    folder = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder


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
    path = leon_copy(tmp_path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await type_defendant(pilot, screen, [*"R. Leon", "ctrl+s"])
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


@pytest.mark.parametrize("gap", [KEY_REPEAT, 0.0], ids=["10ms", "all-at-once"])
async def test_typing_fast_into_the_case_notes(gap: float) -> None:
    """The caption's notes box (several lines): words, Enter, Backspaces, the arrows and
    Home at 10 ms a key, and all at once (as a loaded machine hands over keys that waited),
    while each key recomputes the case; then Tab leaves the box, and the
    keys typed after it go to the next field, not into the notes. (At 120×40 the lines fit the
    box: with soft wrap, End goes to the end of the line as wrapped.)"""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = worksheet(app)
        notes = screen.query_one("#case-notes", TextArea)
        notes.clear()  # Leon's file has a note: start from an empty box
        await focus(pilot, notes)
        await settled(pilot)
        keys = [*"PSR dated 1994-08-01x", "backspace", "enter", *"Plea to count 3",
                *["backspace"] * 7, *"all counts", "up", "home", *"Draft ", "ctrl+e", *"."]
        await burst(pilot, keys, gap)
        await settled(pilot)
        assert notes.text == "Draft PSR dated 1994-08-01.\nPlea to all counts"
        assert screen.outcome.data["case"]["notes"] == notes.text
        await burst(pilot, ["tab", *"R. Leon"], gap)
        await settled(pilot)
        assert notes.text == "Draft PSR dated 1994-08-01.\nPlea to all counts"


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


async def test_typing_fast_across_a_tab() -> None:
    """The departure's level, Tab, more of its reason, all at once: each key in its field."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = worksheet(app)
        departure = screen.query_one(DepartureRow)
        amount, reason = departure.query_one(".amount", Input), departure.query_one(".reason")
        loaded = reason.value
        await focus(pilot, amount)
        await burst(pilot, ["ctrl+u", *"37", "tab", *" (see PSR)", "shift+tab", "backspace",
                            *"6"], KEY_REPEAT)
        await settled(pilot)
        assert amount.value == "36"
        assert reason.value == loaded + " (see PSR)"


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
    original = leon_copy(tmp_path)
    copy = tmp_path / "leon-edited.toml"
    app = WorksheetApp(CaseDocument.open(original))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await type_defendant(pilot, screen, "R. Leon")
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


# -- the recovery copy (tui/recovery.py) ----------------------------------------------------

async def answer_the_offer(pilot, choice: str) -> WorksheetScreen:
    """Answer the offer of a recovery copy ("restore", "discard" or "cancel"); the
    worksheet then loaded."""
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
    await pilot.click(f"#choice-{choice}")
    await until(pilot, lambda: isinstance(app.screen, WorksheetScreen) and app.screen.loaded)
    return worksheet(app)


def recovery_files(state: Path) -> list[Path]:
    folder = state / "ussg" / "recovery"
    return sorted(folder.iterdir()) if folder.exists() else []


async def test_unsaved_work_survives_a_killed_app_and_is_offered_again(
        tmp_path: Path, state: Path) -> None:
    """Edits, then the app ends without the quit question (as when the terminal is closed):
    opening the file again offers the work; restored, it is unsaved until Ctrl+S, which
    writes it into the file (comments kept) and removes the copy."""
    path = leon_copy(tmp_path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await type_defendant(pilot, screen, "R. Leon")
        amount = screen.query_one(DrugRow).query_one(".amount", Input)
        await focus(pilot, amount)
        await pilot.press("backspace", "backspace", *"49")
        await until(pilot, lambda: any("R. Leon" in f.read_text() and '"49 kg"' in f.read_text()
                                       for f in recovery_files(state)))
    assert path.read_text() == LEON.read_text()  # nothing was saved
    [copy] = recovery_files(state)
    assert str(path) in copy.read_text()  # its first line says whose copy it is

    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await answer_the_offer(pilot, "restore")
        await settled(pilot)
        assert screen.query_one("#case-defendant", Input).value == "R. Leon"
        assert screen.query_one(DrugRow).query_one(".amount", Input).value == "49"
        assert screen.modified  # restored work is not saved work
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.modified)
    assert recovery_files(state) == []
    saved = load_case(path)
    assert saved.case.defendant == "R. Leon"
    assert saved.offense.drugs[0].quantity == "49 kg"
    comments = [line for line in LEON.read_text().splitlines() if line.lstrip().startswith("#")]
    assert all(line in path.read_text().splitlines() for line in comments)


async def test_a_recovery_copy_can_be_discarded_and_a_clean_quit_leaves_none(
        state: Path) -> None:
    app = WorksheetApp()  # an untitled worksheet
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await focus(pilot, screen.query_one("#sentencing-date", Input))
        await pilot.press(*"2025-12-01")
        await until(pilot, lambda: len(recovery_files(state)) == 1)
        # back to nothing typed: nothing unsaved, so no copy either
        await pilot.press("ctrl+u")
        await until(pilot, lambda: recovery_files(state) == [])
        await pilot.press(*"2025-12-01")
        await until(pilot, lambda: len(recovery_files(state)) == 1)

    app = WorksheetApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await answer_the_offer(pilot, "discard")
        assert screen.query_one("#sentencing-date", Input).value == ""
        assert recovery_files(state) == []
        await focus(pilot, screen.query_one("#sentencing-date", Input))
        await pilot.press(*"2025-12-01")
        await until(pilot, lambda: len(recovery_files(state)) == 1)
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.click("#choice-discard")
        await until(pilot, lambda: not app.is_running)
    assert recovery_files(state) == []


async def test_a_copy_older_than_the_file_is_not_offered(tmp_path: Path, state: Path) -> None:
    """Work kept, then the file saved by other means (another editor): the file is newer."""
    path = leon_copy(tmp_path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await type_defendant(pilot, screen, "R. Leon")
        await until(pilot, lambda: len(recovery_files(state)) == 1)
    [copy] = recovery_files(state)
    later = copy.stat().st_mtime + 10
    os.utime(path, (later, later))
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        assert screen.query_one("#case-defendant", Input).value == ""
        assert not screen.modified


async def test_keys_typed_while_a_file_opens_go_nowhere_hidden() -> None:
    """Ctrl+O from the Checklist tab, the path typed, Enter and more keys at once (the
    typist does not wait): the file typed opens, unchanged, with the checklist of its own
    edition, and F2–F5 still switch tabs. (The courier example is under the 2025 Manual,
    Leon under the Nov. 1, 1993 edition.)"""
    courier = EXAMPLES / "courier-2025.toml"
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, PathDialog))
        await pilot.press("ctrl+u", *str(courier))
        await burst(pilot, ["enter", *"abc", "f3", *"xyz", "backspace", "f2", *"12"])
        await until(pilot, lambda: isinstance(app.screen, WorksheetScreen)
                    and app.screen.document.path != LEON and app.screen.loaded)
        await settled(pilot)
        screen = worksheet(app)
        assert screen.document.path == courier
        assert not screen.modified
        assert screen.outcome.case == load_case(courier)
        tabs = screen.query_one(TabbedContent)
        for key, tab in (("f3", "checklist"), ("f4", "table"), ("f5", "compare"),
                         ("f2", "worksheet"), ("f3", "checklist")):
            await pilot.press(key)
            await until(pilot, lambda: tabs.active == tab)
        computation = screen.outcome.computation
        assert computation is not None and computation.manual_in_force.year == 2025
        await settled(pilot)
        offered = [row.item.item for row in screen.query(ChecklistRow) if row.offered]
        assert offered == [item.item for item in checklist_items(
            computation.manual_in_force, guidelines_of(screen.outcome.case))]
