"""The ussg terminal app: a live guidelines worksheet.

    ussg tui [FILE.toml]        python -m tui [FILE.toml]

The app only renders: every number comes from ``guidelines`` (the same library and tables
as ``ussg calc``). Keyboard first — the footer shows the keys, Ctrl+P offers every action,
F1 explains them — and the mouse works too.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ussg.guidelines.api import CaseFileError
from ussg.guidelines.api import format_date

from .document import CaseDocument
from .recovery import Recovered, pending_copy, remove_copy
from .screens.dialogs import ChoiceDialog
from .screens.worksheet import SECTIONS, TAB_KEYS_BY_TAB, TABS, WorksheetScreen


class WorksheetApp(App[None]):
    """One worksheet at a time; opening another file replaces it."""

    TITLE = "ussg"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def __init__(self, document: CaseDocument | None = None) -> None:
        super().__init__()
        self.document = document or CaseDocument()

    def on_mount(self) -> None:
        self.show_document(self.document)

    def update_styles(self, node, animate: bool = True) -> None:
        """A widget not yet in the app's DOM is not restyled when a class of it changes: it
        is styled with the classes it has when mounted. (Textual's own widgets set classes
        while they are made — a Select, its overlay, a Button — and each such change styled
        the widget then as well as at its mount: some 50 ms of the worksheet's start.)"""
        if node is not self and not node.is_attached:
            return
        super().update_styles(node, animate=animate)

    @property
    def worksheet(self) -> WorksheetScreen | None:
        """The worksheet screen, even while a dialog is open over it."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, WorksheetScreen):
                return screen
        return None

    def open_document(self, path: Path) -> None:
        try:
            document = CaseDocument.open(path)
        except CaseFileError as error:
            self.notify(str(error), title="Not opened", severity="error", timeout=8)
            return
        self.show_document(document)

    def show_document(self, document: CaseDocument) -> None:
        """Show ``document`` in a new worksheet — offering first to restore the unsaved work
        a recovery copy kept for it (after a crash or a killed terminal)."""
        recovered = pending_copy(document.path)
        if recovered is None:
            self._show_worksheet(WorksheetScreen(document))
        else:
            self._offer_recovery(document, recovered)

    def _show_worksheet(self, worksheet: WorksheetScreen) -> None:
        if self.worksheet is None:
            self.push_screen(worksheet)
        else:
            self.switch_screen(worksheet)

    @work
    async def _offer_recovery(self, document: CaseDocument, recovered: Recovered) -> None:
        written = f"{format_date(recovered.written.date())} at {recovered.written:%H:%M}"
        answer = await self.push_screen_wait(ChoiceDialog(
            f"Unsaved changes to {document.name}, kept {written} when the app did not close "
            "normally, can be restored.",
            [("restore", "Restore them"), ("discard", "Discard them"),
             ("cancel", "Open as saved")]))
        if answer == "restore":
            document = CaseDocument(document.path, recovered.data, document.text)
            self._show_worksheet(WorksheetScreen(document, restored=True))
            return
        if answer == "discard":
            remove_copy(document.path)
        self._show_worksheet(WorksheetScreen(document))

    @work
    async def action_quit(self) -> None:
        """Quit, asking first if the worksheet has unsaved changes."""
        worksheet = self.worksheet
        if worksheet is None or await worksheet.confirm_discard():
            self.exit()

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """The palette's *Screenshot*: an SVG of the screen saved beside the case file (in
        the current folder for a worksheet never saved), named after it and the time —
        not in the downloads folder Textual would choose. Textual's notice says where."""
        worksheet = self.worksheet
        case_path = worksheet.document.path if worksheet is not None else None
        if path is None:
            path = str((case_path.parent if case_path else Path.cwd()).absolute())
        if not filename:
            now = dt.datetime.now().strftime(time_format or "%Y-%m-%dT%H_%M_%S")
            filename = f"{case_path.stem if case_path else 'worksheet'} {now}.svg"
        return super().deliver_screenshot(filename, path, time_format)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every action of the worksheet, for the command palette (Ctrl+P)."""
        worksheet = screen if isinstance(screen, WorksheetScreen) else self.worksheet
        if worksheet is not None:
            yield SystemCommand("Save", "Save the case file (Ctrl+S)", worksheet.action_save)
            yield SystemCommand("Save as…", "Save the case file under another name (F6)",
                                worksheet.action_save_as)
            yield SystemCommand("Open…", "Open another case file (Ctrl+O)", worksheet.action_open)
            yield SystemCommand("New worksheet", "Start an empty worksheet (F9)",
                                worksheet.action_new)
            yield SystemCommand("Export text worksheet", "Write the worksheet as text (Ctrl+R)",
                                lambda: worksheet.action_export("text"))
            yield SystemCommand("Export Markdown worksheet", "Write the worksheet as Markdown (F7)",
                                lambda: worksheet.action_export("markdown"))
            yield SystemCommand("Add…", "Add a count, drug, prior sentence, departure or "
                                "variance (Ctrl+N adds to the list the cursor is in)",
                                worksheet.action_add_entry)
            yield SystemCommand("Add count", "Another count of conviction (the offense becomes "
                                "Count 1)", worksheet.action_add_count)
            yield SystemCommand("Add drug", "Add a substance and quantity (to the count the "
                                "cursor is in)", worksheet.action_add_drug)
            yield SystemCommand("Add prior sentence", "A prior sentence of the criminal record "
                                "(Ch.4 Pt.A)", worksheet.action_add_prior)
            yield SystemCommand("Add departure", "Add a departure with its reason",
                                worksheet.action_add_departure)
            yield SystemCommand("Add variance", "A variance in months (18 U.S.C. § 3553(a)) "
                                "with its reason", worksheet.action_add_variance)
            yield SystemCommand("Remove this entry", "Remove the count, drug, prior sentence, "
                                "departure or variance the cursor is in (F8)",
                                worksheet.action_remove_entry)
            yield SystemCommand("Pick a substance…", "Choose from the edition's Drug Quantity "
                                "Table (Ctrl+L in a drug row)", worksheet.action_pick_substance)
            for tab, title in TABS.items():
                key = TAB_KEYS_BY_TAB[tab].upper()
                yield SystemCommand(f"Show {title}", f"Switch to the {title} tab ({key})",
                                    lambda tab=tab: worksheet.action_show_tab(tab))
            for section, name in SECTIONS.items():
                yield SystemCommand(f"Go to {name}", f"The {name.lower()} section of the "
                                    "worksheet, the cursor in its first field",
                                    lambda section=section: worksheet.action_go_to(section))
            yield SystemCommand("Help", "Keys and a guide to the worksheet (F1)",
                                worksheet.action_help)
        yield from super().get_system_commands(screen)


def run(path: str | None = None) -> int:
    """Open the worksheet (loaded from ``path`` if given); the exit status."""
    try:
        document = CaseDocument.open(path) if path else CaseDocument()
    except CaseFileError as error:
        print(f"ussg: {error}", file=sys.stderr)
        return 2
    WorksheetApp(document).run()
    return 0
