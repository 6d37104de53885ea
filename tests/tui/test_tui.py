"""The terminal app, driven with Textual's Pilot as a user would drive it: keys typed into
fields, lists opened and picked from, files saved and reopened. The numbers asserted are
the Leon chain as README.md and the case file state it, never read back from the code.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from textual.widgets import Input, Select, TabbedContent

from ussg.guidelines import load_case, parse_case
from ussg.guidelines.manual.checklist import checklist_items
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.dialogs import ChoiceDialog
from ussg.tui.screens.help import HelpScreen
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.chain_view import ChainView
from ussg.tui.widgets.checklist_view import ChecklistRow
from ussg.tui.widgets.count_list import CountFacts
from ussg.tui.widgets.criminal_history_picker import FROM_RECORD
from ussg.tui.widgets.departure_list import DepartureRow
from ussg.tui.widgets.drug_list import DrugRow
from ussg.tui.widgets.field_message import FieldMessage
from ussg.tui.widgets.result_summary import ResultSummary
from ussg.tui.widgets.sentencing_table_grid import SentencingTableGrid

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import choose, shown_text, type_into

LEON = EXAMPLES / "leon-1994.toml"
LEON_LEVELS = [42, 38, 40, 44, 43]  # base, departure, weapon, role, Ch.5 Pt.A n.2


def worksheet(app: WorksheetApp) -> WorksheetScreen:
    screen = app.screen
    assert isinstance(screen, WorksheetScreen)
    return screen


def assert_leon_result(screen: WorksheetScreen) -> None:
    summary = shown_text(screen.query_one(ResultSummary).query_one("#result-text"))
    assert "Level 43" in summary
    assert "life imprisonment" in summary
    assert "Zone D" in summary
    assert "total 44, treated as 43" in summary
    chain = screen.query_one(ChainView)
    assert chain.levels == LEON_LEVELS
    text = shown_text(chain)
    positions = [text.index(marker) for marker in
                 ("= 42 §2D1.1(c)(1)", "→ 38 Departure", "+2 §2D1.1(b)(1)", "+4 §3B1.1(a)",
                  "→ 43 Ch.5 Pt.A, comment. (n.2)")]
    assert positions == sorted(positions)
    assert "Amendment 505" in text  # the departure's reason is on the chain
    grid = screen.query_one("#grid", SentencingTableGrid)
    assert grid.current_cell == ("life", "D")


async def test_type_the_leon_case_into_an_empty_worksheet() -> None:
    app = WorksheetApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        assert screen.outcome.computation is None
        await type_into(pilot, screen.query_one("#sentencing-date", Input), "1994-09-28")
        row = screen.query_one(DrugRow)
        await type_into(pilot, row.query_one(".substance", Input), "cocaine b")
        await pilot.press("right")  # accept the type-ahead suggestion
        assert row.query_one(".substance", Input).value.lower() == "cocaine base"
        await type_into(pilot, row.query_one(".amount", Input), "51")
        await choose(pilot, row.query_one(".unit", Select), "kg")
        screen.query_one("#fact-offense-dangerous_weapon").focus()
        await pilot.press("space")
        await choose(pilot, screen.query_one("#aggravating-role", Select), "organizer")
        await type_into(pilot, screen.query_one("#participants", Input), "5")
        screen.query_one("#add-departure").focus()
        await pilot.press("enter")
        await pilot.pause()
        departure = screen.query_one(DepartureRow)
        await choose(pilot, departure.query_one(".after", Select), "base")
        await type_into(pilot, departure.query_one(".amount", Input), "38")
        await type_into(pilot, departure.query_one(".reason", Input),
                        "In light of the coming Amendment 505")
        assert screen.outcome.computation is None  # no category yet: nothing is guessed
        await choose(pilot, screen.query_one("#category", Select), "I")

        assert screen.outcome.problems == ()
        assert_leon_result(screen)
        case = screen.outcome.case
        assert case is not None
        assert case.offense.drugs[0].quantity == "51 kg"
        assert screen.modified


async def test_load_the_example_file() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        assert_leon_result(screen)
        assert screen.outcome.case == load_case(LEON)
        assert not screen.modified


async def test_change_the_edition_to_2025() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await choose(pilot, screen.query_one("#manual", Select), "Nov. 1, 2025")
        assert screen.query_one("#manual", Select).value == "2025"
        computation = screen.outcome.computation
        assert computation is not None
        assert "Nov. 1, 2025 edition" in computation.manual
        base = next(s for s in computation.steps if s.section.startswith("§2D1.1(c)"))
        assert base.level == 38
        assert shown_text(screen.query_one(ChainView)).count("= 38 §2D1.1(c)") == 1
        # the old and the new result side by side
        await pilot.press("f5")
        assert screen.query_one(TabbedContent).active == "compare"
        compare = shown_text(screen.query_one("#comparison"))
        assert "Sept. 23, 1994" in compare and "Nov. 1, 2025" in compare
        base_row = next(line for line in compare.splitlines() if "Base offense level" in line)
        assert "= 42" in base_row and "= 38" in base_row
        assert screen.modified


async def test_bad_quantity_shows_inline_and_keeps_the_rest() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        row = screen.query_one(DrugRow)
        await type_into(pilot, row.query_one(".amount", Input), "abc", clear=True)

        message = row.query_one(".quantity-message", FieldMessage)
        assert message.display and message.has_class("-invalid")
        assert "'abc kg' is not a quantity" in shown_text(message)
        assert message.path == "offense.drugs[0].quantity"
        assert screen.outcome.computation is None
        assert "Not computed" in shown_text(screen.query_one("#result-text"))
        # everything else is as it was
        assert row.query_one(".substance", Input).value == "cocaine base"
        assert row.query_one(".unit", Select).value == "kg"
        assert screen.query_one("#sentencing-date", Input).value == "1994-09-28"
        assert screen.query_one("#category", Select).value == "I"
        assert screen.query_one("#participants", Input).value == "5"
        departure = screen.query_one(DepartureRow)
        assert departure.query_one(".reason", Input).value.startswith("In light of")
        # the chain still shows the last result, marked as such
        chain = screen.query_one(ChainView)
        assert chain.stale and chain.levels == LEON_LEVELS

        await type_into(pilot, row.query_one(".amount", Input), "51", clear=True)
        assert not message.display
        assert_leon_result(screen)


async def test_errors_from_the_engine_are_shown_at_their_field() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        row = screen.query_one(DrugRow)
        await type_into(pilot, row.query_one(".substance", Input), "unobtainium", clear=True)
        message = row.query_one(".substance-message", FieldMessage)
        assert message.display
        assert "unknown substance 'unobtainium'" in shown_text(message)
        await choose(pilot, screen.query_one("#aggravating-role", Select), "manager")
        await choose(pilot, screen.query_one("#mitigating-role", Select), "minor")
        role = screen.query_one("#role").query_children(FieldMessage)
        assert any("cannot receive both" in shown_text(m) for m in role if m.display)


async def test_save_and_reload_keep_every_field(tmp_path: Path) -> None:
    path = tmp_path / "leon.toml"
    shutil.copy(LEON, path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(100, 40)) as pilot:
        screen = worksheet(app)
        await type_into(pilot, screen.query_one("#case-defendant", Input), "R. Leon")
        notes = screen.query_one("#case-notes")
        notes.focus()
        notes.move_cursor(notes.document.end)
        await pilot.press("enter", *"Second line | with a pipe")
        await pilot.press("f3")
        rows = {row.item.item: row for row in screen.query(ChecklistRow)}
        await choose(pilot, rows["dangerous_weapon"].query_one(".status", Select), "applied")
        await type_into(pilot, rows["dangerous_weapon"].query_one(".note", Input),
                        "gun in the stash house")
        await choose(pilot, rows["mitigating_role"].query_one(".status", Select), "review")
        assert screen.modified
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.modified
        edited = screen.outcome.case

    assert edited is not None
    saved = parse_case(path.read_text())
    assert saved == edited
    comments = [line for line in LEON.read_text().splitlines() if line.lstrip().startswith("#")]
    assert comments and all(line in path.read_text().splitlines() for line in comments)
    assert saved.case.defendant == "R. Leon"
    assert saved.case.notes.endswith("2015).\nSecond line | with a pipe")
    assert [(e.item, e.status.value, e.note) for e in saved.checklist] == [
        ("dangerous_weapon", "applied", "gun in the stash house"),
        ("mitigating_role", "review", "")]
    original = load_case(LEON)
    assert saved.model_copy(update={"case": original.case, "checklist": []}) == original

    again = WorksheetApp(CaseDocument.open(path))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(again)
        assert screen.outcome.case == saved
        assert not screen.modified
        assert_leon_result(screen)
        rows = {row.item.item: row for row in screen.query(ChecklistRow)}
        assert rows["dangerous_weapon"].query_one(".note", Input).value == "gun in the stash house"


async def test_export_prints_the_checklist_trail(tmp_path: Path) -> None:
    path = tmp_path / "leon.toml"
    path.write_text(LEON.read_text() + '\n[[checklist]]\nitem = "aggravating_role"\n'
                    'status = "applied"\nnote = "five participants"\n')
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+r")
        await pilot.pause()
        dialog = app.screen
        await choose(pilot, dialog.query_one("#format", Select), "Markdown")
        assert dialog.query_one("#path", Input).value == str(tmp_path / "leon.md")
        dialog.query_one("#path", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
    text = (tmp_path / "leon.md").read_text()
    assert "## Checklist" in text
    assert "| applied | §3B1.1 | Aggravating Role | five participants |" in text
    assert "| not checked | §2D1.1(b)(1) |" in text
    assert "- Guideline range: **life imprisonment**" in text


async def test_quit_asks_about_unsaved_changes() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0 or not app.is_running  # unmodified: quits at once
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await type_into(pilot, screen.query_one("#case-defendant", Input), "X")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and app.is_running
        assert screen.query_one("#case-defendant", Input).value == "X"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#choice-discard")
        await pilot.pause()
        assert not app.is_running


async def test_help_screen_and_tabs_by_key_and_mouse() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("f4")
        assert screen.query_one(TabbedContent).active == "table"
        await pilot.click("Tab#--content-tab-checklist")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "checklist"
        await pilot.press("f2")
        assert screen.query_one(TabbedContent).active == "worksheet"


def test_command_palette_offers_every_key_binding() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    screen = WorksheetScreen(app.document)
    titles = " ".join(command.title for command in app.get_system_commands(screen))
    for binding in WorksheetScreen.BINDINGS:
        assert binding.description in titles, binding.description
    for words in ("Save as", "Export Markdown", "Add drug", "Add departure", "Quit", "Open"):
        assert words in titles


async def test_command_palette_runs_an_action() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Add departure")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert len(screen.query(DepartureRow)) == 2


async def test_opening_a_file_with_mistakes_shows_them_at_their_fields(tmp_path: Path) -> None:
    path = tmp_path / "typos.toml"
    path.write_text(LEON.read_text().replace('"51 kg"', '"51 kgs"')
                    .replace('category = "I"', 'category = "VII"'))
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        row = screen.query_one(DrugRow)
        assert row.query_one(".amount", Input).value == "51 kgs"  # shown as written
        history = screen.query_one("#history").query_children(FieldMessage)
        assert any("VII" in shown_text(m) for m in history if m.display)
        await choose(pilot, screen.query_one("#category", Select), "I")
        quantity = row.query_one(".quantity-message", FieldMessage)
        assert "unknown unit 'kgs'" in shown_text(quantity)


async def test_checklist_follows_the_edition_and_the_chain() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.press("f3")
        rows = {row.item.item: row for row in screen.query(ChecklistRow)}
        assert list(rows) == [i.item for i in checklist_items(dt.date(1994, 9, 23), ["2D1.1"])]
        assert "mitigating_role_cap" not in rows  # no cap before Amendment 640 (2002)
        weapon = rows["dangerous_weapon"]
        assert "in the chain: §2D1.1(b)(1) +2" in shown_text(weapon.query_one(".in-chain"))
        await choose(pilot, weapon.query_one(".status", Select), "not")
        assert weapon.has_class("-mismatch")
        assert "does not match the mark" in shown_text(weapon.query_one(".in-chain"))
        # under the 2025 Manual the mitigating-role cap is offered too; the mark stays
        await pilot.press("f2")
        await choose(pilot, screen.query_one("#manual", Select), "Nov. 1, 2025")
        await pilot.press("f3")
        await pilot.pause()
        rows = {row.item.item: row for row in screen.query(ChecklistRow)}
        assert list(rows) == [i.item for i in checklist_items(dt.date(2025, 11, 1), ["2D1.1"])]
        assert rows["mitigating_role_cap"].item.section == "§2D1.1(a)(5)"
        assert rows["dangerous_weapon"].query_one(".status", Select).value == "not_applicable"
        case = screen.outcome.case
        assert case is not None
        assert [(e.item, e.status.value) for e in case.checklist] == [
            ("dangerous_weapon", "not_applicable")]


async def test_checklist_offers_the_characteristics_of_the_case_guideline() -> None:
    """A §2K2.1 case (examples/firearm-2k2.1-2025.toml): the Checklist asks about §2K2.1's
    characteristics as the 2025 Manual numbers them (the stolen firearm is (b)(4)(A)), not
    §2D1.1's, and the chain's step shows beside its item."""
    app = WorksheetApp(CaseDocument.open(EXAMPLES / "firearm-2k2.1-2025.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.press("f3")
        await pilot.pause()
        rows = {row.item.item: row for row in screen.query(ChecklistRow)}
        assert list(rows) == [i.item for i in checklist_items(dt.date(2025, 11, 1), ["2K2.1"])]
        assert "dangerous_weapon" not in rows
        assert rows["firearm_offense.stolen"].item.section == "§2K2.1(b)(4)(A)"


async def test_substance_list_filters_by_any_part_of_the_name() -> None:
    app = WorksheetApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await type_into(pilot, screen.query_one("#sentencing-date", Input), "2025-12-01")
        substance = screen.query_one(DrugRow).query_one(".substance", Input)
        substance.focus()
        await pilot.press("ctrl+l")
        await pilot.pause()
        picker = app.screen
        assert type(picker).__name__ == "SubstancePicker"
        await pilot.press(*"base")
        await pilot.pause()
        shown = [str(picker.query_one("#substances").get_option_at_index(i).prompt)
                 for i in range(picker.query_one("#substances").option_count)]
        assert shown and all("base" in name.lower() for name in shown)
        assert "Cocaine Base" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert substance.value == shown[0]


async def test_save_a_new_case_asks_where_then_open_it_again(tmp_path: Path) -> None:
    target = tmp_path / "new.toml"
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"New worksheet")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        fresh = worksheet(app)
        assert fresh is not screen and fresh.document.path is None
        await type_into(pilot, fresh.query_one("#sentencing-date", Input), "2025-12-01")
        row = fresh.query_one(DrugRow)
        await type_into(pilot, row.query_one(".substance", Input), "heroin")
        await type_into(pilot, row.query_one(".amount", Input), "1")
        await choose(pilot, row.query_one(".unit", Select), "kg")
        await choose(pilot, fresh.query_one("#category", Select), "I")
        assert fresh.outcome.computation is not None
        await pilot.press("ctrl+s")
        await pilot.pause()
        path_field = app.screen.query_one("#path", Input)
        path_field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is fresh and not fresh.modified
        assert fresh.document.path == target
        assert parse_case(target.read_text()) == fresh.outcome.case

        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(LEON)
        await pilot.press("enter")
        await pilot.pause()
        assert worksheet(app).document.path == LEON
        assert_leon_result(worksheet(app))


async def test_findings_from_the_schema_change_the_result() -> None:
    """The courier example: level 22, 41-51 months (its comments work it by hand); the
    §3E1.1(a) finding takes off 2 more levels: 20, category I, 33-41 months."""
    app = WorksheetApp(CaseDocument.open(EXAMPLES / "courier-2025.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        assert "Level 22" in shown_text(screen.query_one("#result-text"))
        assert "41–51 months" in shown_text(screen.query_one("#result-text"))
        valve = screen.query_one("#fact-offense-safety_valve-truthful_disclosure")
        assert valve.value is True  # the stated group shows its findings
        accepted = screen.query_one("#fact-acceptance-accepted")
        accepted.focus()
        await pilot.press("space")
        await pilot.pause()
        assert "Level 20" in shown_text(screen.query_one("#result-text"))
        assert "33–41 months" in shown_text(screen.query_one("#result-text"))
        case = screen.outcome.case
        assert case is not None and case.acceptance.accepted


async def test_a_multi_count_file_is_computed_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "multi.toml"
    shutil.copy(EXAMPLES / "multicount-1995.toml", path)
    original = load_case(path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        assert screen.outcome.problems == ()
        counts = screen.query(CountFacts)
        assert [c.query_one(".count-name", Input).value for c in counts] == [
            f"Count {n}" for n in range(1, 6)]
        assert counts[2].query_one(".offense-level", Input).value == "30"
        assert not screen.modified
        await type_into(pilot, screen.query_one("#case-defendant", Input), "J. Doe")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = load_case(path)
    assert saved.counts == original.counts
    assert saved.model_copy(update={"case": original.case}) == original


async def test_a_prior_record_gives_the_category_and_is_kept(tmp_path: Path) -> None:
    """The hand-worked prior record of examples/criminal-record.toml: 13 points under the
    2015 Manual, category VI; level 24 (150 g of heroin): 100-125 months."""
    path = tmp_path / "record.toml"
    shutil.copy(EXAMPLES / "criminal-record.toml", path)
    original = load_case(path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        summary = shown_text(screen.query_one("#result-text"))
        assert "Category VI" in summary and "100–125 months" in summary
        assert screen.query_one("#category", Select).value == FROM_RECORD
        await type_into(pilot, screen.query_one("#case-defendant", Input), "A. Nonymous")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = load_case(path)
    assert saved.criminal_history == original.criminal_history
    assert saved.model_copy(update={"case": original.case}) == original


async def test_keys_for_every_file_action_and_the_tabs_in_the_footer(tmp_path: Path) -> None:
    """F2–F5 are in the footer; F6 Save as, F7 Markdown export, F9 a new worksheet; Enter
    in the export dialog exports; Tab goes from field to field, past the ✕ buttons."""
    from textual.widgets._footer import FooterKey

    from ussg.tui.screens.dialogs import ExportDialog, PathDialog

    path = tmp_path / "leon.toml"
    shutil.copy(LEON, path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.pause()
        footer = [key.key for key in screen.query(FooterKey) if key.region.width]
        assert {"f2", "f3", "f4", "f5", "ctrl+q"} <= set(footer)  # all shown at 80 columns

        row = screen.query_one(DrugRow)
        row.query_one(".substance", Input).focus()
        await pilot.press("tab")
        assert screen.focused is row.query_one(".amount", Input)

        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert app.screen.query_one("#path", Input).value == str(tmp_path / "leon.md")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "- Guideline range: **life imprisonment**" in (tmp_path / "leon.md").read_text()

        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "leon.txt").exists()

        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        await pilot.press("end", *"2")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.document.path == tmp_path / "leon.toml2"
        assert load_case(tmp_path / "leon.toml2") == load_case(LEON)

        await pilot.press("f9")
        await pilot.pause()
        fresh = worksheet(app)
        assert fresh is not screen and fresh.document.path is None


async def test_go_to_a_section_from_the_command_palette() -> None:
    from textual.command import CommandList

    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.press("f3")
        await pilot.press("ctrl+p")
        await pilot.press(*"Go to Criminal history")
        for _ in range(100):
            await pilot.pause(0.02)
            lists = app.screen.query(CommandList)
            if lists and lists.first().option_count:
                break
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "worksheet"
        assert screen.focused is screen.query_one("#category", Select)
        titles = [c.title for c in app.get_system_commands(screen)]
        for name in ("Go to Departures", "Go to Criminal history", "Go to Edition and dates",
                     "Go to Variances", "Go to Case caption"):
            assert name in titles


async def test_checkboxes_tell_on_from_off_by_their_mark() -> None:
    from textual.widgets import Checkbox

    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        weapon = screen.query_one("#fact-offense-dangerous_weapon", Checkbox)
        assert weapon.value and weapon.render().plain.startswith("▐✓▌")
        weapon.focus()
        await pilot.press("space")
        await pilot.pause()
        assert not weapon.value and weapon.render().plain.startswith("▐ ▌")
        assert screen.outcome.case is not None
        assert screen.outcome.case.offense.dangerous_weapon is False


async def test_at_80x24_the_result_fits_and_problems_are_named_in_words() -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await pilot.pause()
        summary = shown_text(screen.query_one("#result-text"))
        assert "…" not in summary
        assert "total 44, treated as 43 · Nov. 1, 1993 edition, as amended Sept. 23, 1994" \
            in summary
        assert "as amended Sept. 23, 1994" in shown_text(screen.query_one("#edition-applied"))
        row = screen.query_one(DrugRow)
        await type_into(pilot, row.query_one(".amount", Input), "-5", clear=True)
        summary = shown_text(screen.query_one("#result-text"))
        assert "Not computed" in summary
        assert "Drug 1, quantity: the quantity is negative" in summary
        assert "offense.drugs" not in summary
