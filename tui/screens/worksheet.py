"""The worksheet: the facts on one side, the result, chain and table on the other.

Every edit posts a message; this screen lays the form's values over the loaded case file,
asks the library for the computation (``tui.evaluation``) and hands the outcome to the
widgets that show it, and each problem to the message under the field it names.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import textwrap
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, TabbedContent, TabPane
from textual.widgets._footer import FooterKey

from ussg.guidelines.api import checklist_items, guidelines_of
from ussg.guidelines.api import Comparison
from ussg.guidelines.api import Computation
from ussg.guidelines.api import substances
from ussg.guidelines.api import TableError, format_date, in_force
from ussg.guidelines.api import TEXT_WIDTH, markdown_worksheet, text_worksheet

from ..document import CaseDocument, write_case
from ..evaluation import (Outcome, Problem, compare_with, edition_for, evaluate, find_slot,
                          guidelines_in_turn, overlay, reduce_motion)
from ..form_values import as_dict, combine
from ..heap import settle_long_lived
from ..recovery import remove_copy, write_copy
from ..widgets.chain_view import ChainView
from ..widgets.checklist_view import ChecklistView, mark_warnings
from ..widgets.count_list import CountFacts, CountList
from ..widgets.drug_list import DrugRow
from ..widgets.edition_comparison import EditionComparison
from ..widgets.entry_list import EntryList, EntryRow
from ..widgets.facts_form import FactsForm
from ..widgets.field_message import FieldMessage, MessageSlot
from ..widgets.reduction_view import ReductionView
from ..widgets.result_summary import ResultSummary, short_edition
from ..wording import field_label, in_form_words
from ..widgets.sentencing_table_grid import SentencingTableGrid
from .compositor import compositor
from .dialogs import ChoiceDialog, ExportDialog, PathDialog

#: what Ctrl+N (and the command palette) can add, in the words of the case
ENTRY_WORDS = {"count": "Count", "drug": "Drug", "prior": "Prior sentence",
               "departure": "Departure", "variance": "Variance"}
TABS = {"worksheet": "Worksheet", "checklist": "Checklist", "table": "Table",
        "compare": "Compare", "reductions": "Reductions"}
#: each tab's key, in the order of TABS
TAB_KEYS_BY_TAB = {"worksheet": "f2", "checklist": "f3", "table": "f4", "compare": "f5",
                   "reductions": "f10"}
#: the form's sections, in order, for "Go to …" (the command palette): id -> name
SECTIONS = {"edition": "Edition and dates", "counts": "Offense and counts", "role": "Role",
            "victim": "Victim", "obstruction": "Obstruction", "acceptance": "Acceptance",
            "departures": "Departures", "history": "Criminal history",
            "statutory": "Statutory facts", "variances": "Variances",
            "sentence": "Sentence imposed", "case": "Case caption"}
TAB_KEYS = Binding.Group("Tabs")
#: seconds between writes of the recovery copy while edits come (tui.recovery)
RECOVERY_INTERVAL = 1.0
#: a key's edit is recomputed before the key's frame is painted (echo and result in one
#: frame) while one of the last few recomputations took less than this (CPU); when they all
#: took longer, the echo is painted first (README "Speed")
SAME_FRAME_SECONDS = 0.008


def substance_names(on: dt.date | None) -> list[str]:
    """The substances of the Drug Quantity Table in force on ``on``, for type-ahead."""
    if on is None:
        return []
    try:
        return [s.name for s in substances(in_force("drug_quantity_table", on))]
    except TableError:
        return []


class WorksheetScreen(Screen[None]):
    """One case: edit the facts, watch the result."""

    CSS_PATH = "worksheet.tcss"
    AUTO_FOCUS = "#manual"  # the first field, never the tabs or a field on a hidden tab
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+o", "open", "Open"),
        Binding("ctrl+n", "add_entry", "Add"),
        Binding("f8", "remove_entry", "Remove"),
        Binding("f1", "help", "Help"),
        # one footer entry, "f2 f3 f4 f5 Tabs" (each tab's name is in F1 and the palette)
        Binding("f2", "show_tab('worksheet')", "Worksheet", group=TAB_KEYS),
        Binding("f3", "show_tab('checklist')", "Checklist", group=TAB_KEYS),
        Binding("f4", "show_tab('table')", "Table", group=TAB_KEYS),
        Binding("f5", "show_tab('compare')", "Compare", group=TAB_KEYS),
        # (not in the footer: 80 columns hold F2-F5 and Ctrl+Q, not F10 too)
        Binding("f10", "show_tab('reductions')", "Reductions", show=False),
        # in the palette and F1, not the footer (80 columns hold the ones above)
        Binding("f6", "save_as", "Save as", show=False),
        Binding("ctrl+r", "export", "Export", show=False),
        Binding("f7", "export('markdown')", "Export Markdown", show=False),
        Binding("f9", "new", "New worksheet", show=False),
    ]

    def __init__(self, document: CaseDocument | None = None, restored: bool = False) -> None:
        super().__init__()
        self._compositor = compositor()  # a frame's changes painted in groups (compositor.py)
        self._first_frame_due: list[Callable[[], Any]] | None = []  # after_first_frame
        self.document = document or CaseDocument()
        self.restored = restored  # the values are a recovery copy's: unsaved until saved
        self._copy_due = restored  # edits not yet in the recovery copy
        self._copy_failed = False
        self.outcome = Outcome({})
        self.last_computation: Computation | None = None
        self.saved_data: dict[str, Any] | None = None
        self.edition_date: dt.date | None = None  # the edition the views follow
        # the offense guidelines whose characteristics the Checklist offers (the case's)
        self.checklist_guidelines: tuple[str, ...] = ("2D1.1",)
        self.comparison: Comparison | Problem | None = None
        self._messages: list[FieldMessage | MessageSlot] | None = None  # found again when fields come or go
        self._comparison_stale = True
        self._reduction_stale = True
        # how long the last recomputations of edits took (CPU; the first one, on loading,
        # is not counted: the tables are read then)
        self._refresh_seconds: collections.deque[float] = collections.deque(maxlen=3)
        initial = edition_for(_text(self.document.data.get("manual")),
                              _date(self.document.data.get("sentencing_date")))
        self._initial_substances = substance_names(initial.in_force if initial else None)

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # the width's class (-narrow, -wide) before the widgets are composed and styled: set
        # at the first resize instead, it restyled the whole screen once more (some 500
        # widgets, a tenth of the start-up's CPU)
        width = self.app.size.width
        for least, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True):
            if width >= least:
                self.add_class(name, update=False)
                break
        data = self.document.data
        yield ResultSummary(id="summary")
        with TabbedContent(id="tabs", initial="worksheet"):
            with TabPane(TABS["worksheet"], id="worksheet"):
                with Horizontal(id="panes"):
                    yield FactsForm(data, self._initial_substances, id="facts")
                    with Vertical(id="result-pane"):
                        yield ChainView(id="chain")
                        yield SentencingTableGrid(window=2, id="grid-window")
            with TabPane(TABS["checklist"], id="checklist"):
                yield ChecklistView(data.get("checklist"), id="checklist-view")
            with TabPane(TABS["table"], id="table"):
                yield SentencingTableGrid(id="grid")
            with TabPane(TABS["compare"], id="compare"):
                yield EditionComparison(id="comparison")
            with TabPane(TABS["reductions"], id="reductions"):
                yield ReductionView(as_dict(data.get("reduction")), id="reduction-view")
        yield CompactFooter(compact=True)

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first time the worksheet is shown, its widgets were styled as they were
        composed (every change of class since restyled what it concerns): Textual's
        restyling of the whole screen then would give the same styles again, at a sixth of
        the start-up's CPU. Later (back from a dialog), Textual restyles as it does."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
        # (Screen's own handler runs next, with the same event)

    _resumed = False

    def after_first_frame(self, callback: Callable[..., Any], *args: Any) -> None:
        """Run ``callback(*args)`` once the first frame showing the computed worksheet is
        painted (at once, later on). Textual's ``call_after_refresh`` ran its callbacks at
        start-up before that frame (until Dec. 6, 2026), and what they did then delayed it:
        reading every edition's tables to grey the guidelines an edition lacks (about half
        a second in a new process), the collector's sweep (about a tenth: tui/heap.py)."""
        if self._first_frame_due is None:
            self.call_after_refresh(callback, *args)
        else:
            self._first_frame_due.append(partial(callback, *args))

    def _compositor_refresh(self) -> None:
        """Textual's painting of a frame, then what waited for the first (above)."""
        super()._compositor_refresh()
        due = self._first_frame_due
        if due is not None and self.loaded and self.app.screen is self:
            self._first_frame_due = None
            for callback in due:
                self.call_next(callback)

    def _screen_resized(self, size: Size) -> None:
        """A resize to the size the screen was last laid out at is not laid out at once: at
        start-up Textual sends the worksheet two such resizes (one from its own first
        layout, one from the terminal's first size), each a layout of every widget, and
        the widgets mounted meanwhile had already asked for the layout that Textual's
        update timer then did a third time (a tenth of the start-up's CPU). A layout asked
        for is still done, once, by that timer (as every layout asked for is); a resize to
        another size, or of a screen not on top, is laid out as Textual does."""
        if size == self._compositor.size and self._compositor.root is self and self.is_current:
            if self._layout_widgets or self._layout_required:
                self._layout_required = True
                self.check_idle()  # (the idle screen resumes its update timer)
            return
        super()._screen_resized(size)

    async def on_mount(self) -> None:
        # the cursor in the first field before the first computation: keys typed while a
        # file loads go to the field on screen, never to one hidden on another tab
        if self.focused is None:
            self.query_one("#manual").focus()
        self._grids = list(self.walk_children(SentencingTableGrid))  # the window and the tab
        await self.refresh_outcome()
        self._refresh_seconds.clear()
        self.saved_data = self.outcome.data
        self._copy_due = self.restored  # a copy refused for now stays until the next edit
        self._show_file_state()
        self.set_interval(RECOVERY_INTERVAL, self.keep_recovery_copy)
        self.after_first_frame(settle_long_lived)  # with what the worksheet loaded till then

    # -- the data flow --------------------------------------------------------------------

    def form_data(self) -> dict[str, Any]:
        """The case as the form states it: its values laid over the loaded file."""
        patch = combine(self.query_one(FactsForm).data(),
                        self.query_one(ChecklistView).data(),
                        self.query_one(ReductionView).data())
        return overlay(self.document.data, patch)

    async def refresh_outcome(self, data: dict[str, Any] | None = None) -> None:
        """Recompute from the form (``data``, if just read from it) and re-render everything
        that shows the result."""
        start = time.process_time()
        outcome = evaluate(self.form_data() if data is None else data)
        self.outcome = outcome
        self._copy_due = True
        if outcome.computation is not None:
            self.last_computation = outcome.computation
        await self._follow_edition(outcome)
        self._show_outcome(outcome)
        self._refresh_seconds.append(time.process_time() - start)

    async def _follow_edition(self, outcome: Outcome) -> None:
        """Substance names and checklist items follow the edition applied (or, while the
        case does not compute, the one the form points at).
        """
        if outcome.computation is not None:
            on = outcome.computation.manual_in_force
        else:
            data = outcome.data
            edition = edition_for(_text(data.get("manual")), _date(data.get("sentencing_date")))
            if edition is None:
                return
            on = edition.in_force
        guidelines = (guidelines_of(outcome.case) if outcome.case is not None
                      else self.checklist_guidelines)
        if on != self.edition_date or guidelines != self.checklist_guidelines:
            self.checklist_guidelines = guidelines
            await self.query_one(ChecklistView).set_offered(checklist_items(on, guidelines))
        if on == self.edition_date:
            return
        previous, self.edition_date = self.edition_date, on
        self.query_one(FactsForm).set_substances(substance_names(on))
        # (the first time, the library reads every edition: once the worksheet is on screen)
        self.after_first_frame(self._offer_guidelines, on)
        if previous is not None:
            self.query_one(EditionComparison).pick(previous.isoformat())
            self.notify(f"Now under the Manual as in force on {format_date(on)}. F5 compares "
                        f"it with {format_date(previous)}.", title="Edition", timeout=4)

    def _offer_guidelines(self, on: dt.date) -> None:
        """Each count's *Guideline* list greys the guidelines the edition lacks; its facts
        leave out the keys the edition does not have."""
        if on == self.edition_date and self.is_attached:
            self._find_guidelines_not_offered(on)

    @work(exclusive=True, group="guidelines-offered")
    async def _find_guidelines_not_offered(self, on: dt.date) -> None:
        """:func:`guidelines_not_offered` one guideline at a time, the keys typed meanwhile
        handled between two: the first time, it reads every guideline's tables under every
        edition (half a second of CPU in a new process, just after the first frame), and a
        key typed then waited for all of it. The lists are greyed once, with the whole
        answer, as before; an edition changed meanwhile starts again (``exclusive``)."""
        refused: dict[str, str] = {}
        for section, when in guidelines_in_turn(on):
            if when is not None:
                refused[section] = when
            await asyncio.sleep(0)
            if on != self.edition_date or not self.is_attached:
                return
        self.query_one(FactsForm).offer_guidelines(refused, on)

    def _show_outcome(self, outcome: Outcome) -> None:
        computation = outcome.computation
        self.query_one(ResultSummary).show(outcome)
        chain = self.query_one("#chain", ChainView)
        if computation is not None:
            chain.show(computation)
        else:
            chain.show(self.last_computation, stale=self.last_computation is not None)
        shown = computation or None
        on = shown.manual_in_force if shown else self.edition_date
        level = shown.result.table_offense_level if shown else None
        category = shown.result.criminal_history_category if shown else None
        for grid in self._grids:
            grid.show(on, level, category)
        if computation is not None:
            self.query_one(FactsForm).show_applied_edition(
                f"applies: {short_edition(computation)}")
        self.query_one(ChecklistView).show_computation(computation)
        self._route_problems(outcome.problems)
        self._compare()
        self._reduce()
        self._show_file_state()

    def _route_problems(self, problems: tuple[Problem, ...]) -> None:
        """Each problem to the message under the field it names (or the nearest enclosing)."""
        if self._messages is None:
            self._messages = [widget for widget in self.walk_children()
                              if isinstance(widget, MessageSlot) or (
                                  isinstance(widget, FieldMessage) and not widget.in_slot)]
        messages = self._messages
        by_path: dict[str, list[FieldMessage | MessageSlot]] = {}
        for message in messages:
            by_path.setdefault(message.path, []).append(message)
        routed: dict[int, list[Problem]] = {}
        for problem in problems:
            slot = find_slot(problem.field, list(by_path))
            if slot is None:
                continue
            routed.setdefault(id(by_path[slot][0]), []).append(problem)
        for message in messages:
            if isinstance(message, MessageSlot):
                message.show_problems(routed.get(id(message), []))
            else:
                message.show(routed.get(id(message), []))

    def _compare(self) -> None:
        """Compute the comparison if its tab is showing, else when it is next shown."""
        view = self.query_one(EditionComparison)
        self._comparison_stale = not view.is_on_screen
        if self._comparison_stale:
            return
        case, computation = self.outcome.case, self.outcome.computation
        self.comparison = (compare_with(case, computation, view.manual)
                           if case is not None and computation is not None else None)
        view.show(self.comparison)

    def _reduce(self) -> None:
        """Answer the case's motion under §1B1.10 if its tab is showing, else when it is next
        shown. The case needs only to be valid: ``ussg reduce`` answers a case whose
        worksheet the library refuses (a sentence imposed without its statute, say)."""
        view = self.query_one(ReductionView)
        self._reduction_stale = not view.is_on_screen
        if self._reduction_stale:
            return
        case = self.outcome.case
        view.show(reduce_motion(case, view.amendment) if case is not None else None)

    # -- events ---------------------------------------------------------------------------

    async def on_facts_form_changed(self, event: FactsForm.Changed) -> None:
        if event.structure:
            self._messages = None
            await self.refresh_outcome()
        else:
            await self._refresh_if_changed()

    async def edited_in_place(self, field: Widget) -> None:
        """A key changed the text of ``field`` (a FieldInput), its echo not painted yet:
        recompute now if that is quick, so that the result is painted in the same frame.
        The field's own Changed message follows and finds nothing new to compute. Fields
        whose edits change more than the case (a count's name, the form's entries) and any
        field while the file loads take the usual way."""
        if (not self.loaded or min(self._refresh_seconds, default=0) >= SAME_FRAME_SECONDS
                or field.has_class("count-name")
                or not any(isinstance(a, (FactsForm, ReductionView)) for a in field.ancestors)):
            return
        await self._refresh_if_changed()

    async def on_checklist_view_changed(self, event: ChecklistView.Changed) -> None:
        await self._refresh_if_changed()

    async def on_reduction_view_changed(self, event: ReductionView.Changed) -> None:
        await self._refresh_if_changed()

    def on_reduction_view_picked(self, event: ReductionView.Picked) -> None:
        self._reduce()

    async def _refresh_if_changed(self) -> None:
        """Recompute unless the form states what was computed last (each field says
        "changed" once when first shown: that is no edit)."""
        data = self.form_data()
        if not self.loaded or data != self.outcome.data:
            await self.refresh_outcome(data)

    def on_checklist_view_rows_laid_out(self, event: ChecklistView.RowsLaidOut) -> None:
        self._messages = None
        self._route_problems(self.outcome.problems)

    def on_edition_comparison_picked(self, event: EditionComparison.Picked) -> None:
        self._compare()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "compare" and self._comparison_stale:
            self.call_after_refresh(self._compare)
        if event.pane.id == "reductions" and self._reduction_stale:
            self.call_after_refresh(self._reduce)

    # -- the file -------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """The file is on screen and computed (edits are told apart from it from now on)."""
        return self.saved_data is not None

    @property
    def modified(self) -> bool:
        """Whether the last computed state differs from the file (the "modified" mark)."""
        return self.restored or (self.saved_data is not None
                                 and self.outcome.data != self.saved_data)

    def keep_recovery_copy(self) -> None:
        """Write the unsaved work to the recovery copy (or remove the copy once there is
        none): every second while edits come. A copy that cannot be written is said once."""
        if not self._copy_due or self.saved_data is None:
            return
        self._copy_due = False
        if not self.modified:
            remove_copy(self.document.path)
            return
        try:
            write_copy(self.document.path, self.outcome.data)
        except (OSError, ValueError, TypeError) as exc:
            if not self._copy_failed:
                self._copy_failed = True
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                self.notify(f"Unsaved work cannot be kept for recovery after a crash "
                            f"({reason}). Save with Ctrl+S.", title="No recovery copy",
                            severity="warning", timeout=8)

    def drop_recovery_copy(self) -> None:
        """The work was saved or left on purpose: no copy to offer next time."""
        self._copy_due = False
        remove_copy(self.document.path)

    async def catch_up(self) -> None:
        """Let every key already typed reach its field, then recompute if the form holds more
        than the last computation saw — before a question about unsaved changes, or a save.

        Keys reach the app in order but each field handles them from its own queue: Ctrl+Q
        (a key of the app) can be handled while the letters typed just before it still wait
        there. A callback queued behind them runs once they are in the field.
        """
        focused = self.app.focused
        if focused is not None and focused.is_attached:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            if focused.call_later(lambda: done.done() or done.set_result(None)):
                try:
                    await asyncio.wait_for(done, timeout=2)
                except TimeoutError:  # the field went away meanwhile: nothing to wait for
                    pass
        if self.is_attached and self.form_data() != self.outcome.data:
            await self.refresh_outcome()

    def _show_file_state(self) -> None:
        self.query_one(ResultSummary).show_file(self.document.name, self.modified)
        if self.app.sub_title != self.document.name:  # setting it repaints the whole screen
            self.app.sub_title = self.document.name

    def save_to(self, path: Path) -> bool:
        """Write the case; refuse (saying why) while the form does not make a valid case."""
        case = self.outcome.case
        if case is None:
            problem = self.outcome.problems[0]
            self.notify(f"Cannot save yet: {field_label(problem.field)}: "
                        f"{in_form_words(problem)}",
                        title="Not saved", severity="error")
            return False
        try:  # another path too keeps the open file's comments and layout (Save as)
            text = write_case(case, path, self.document.text)
        except OSError as exc:
            self.notify(f"{path}: {exc.strerror or exc}", title="Not saved", severity="error")
            return False
        self.drop_recovery_copy()  # the copy kept under the name the work had until now
        self.document.path = path
        self.document.text = text
        self.saved_data = self.outcome.data
        self.restored = False
        self.drop_recovery_copy()  # and any older copy kept under the new name
        self._show_file_state()
        self.notify(f"Saved {path}", title="Saved", timeout=3)
        return True

    @work
    async def action_save(self) -> bool:
        await self.catch_up()
        if self.document.path is None:
            return await self._save_as()
        return self.save_to(self.document.path)

    @work
    async def action_save_as(self) -> bool:
        await self.catch_up()
        return await self._save_as()

    async def _save_as(self) -> bool:
        """Ask for a path (and before replacing another file), then save. In a worker."""
        initial = str(self.document.path or Path("case.toml"))
        path = await self.app.push_screen_wait(PathDialog("Save the case file as", initial))
        if path is None:
            return False
        if path.exists() and path != self.document.path:
            answer = await self.app.push_screen_wait(
                ChoiceDialog(f"{path} exists. Replace it?",
                             [("replace", "Replace"), ("cancel", "Cancel")]))
            if answer != "replace":
                return False
        return self.save_to(path)

    async def confirm_discard(self) -> bool:
        """True if there are no unsaved changes, or the user saved or chose to discard them."""
        await self.catch_up()
        if not self.modified:
            self.drop_recovery_copy()
            return True
        answer = await self.app.push_screen_wait(ChoiceDialog(
            "This worksheet has unsaved changes.",
            [("save", "Save"), ("discard", "Discard"), ("cancel", "Cancel")]))
        if answer == "save":
            if self.document.path is None:
                return await self._save_as()
            return self.save_to(self.document.path)
        if answer == "discard":
            self.drop_recovery_copy()
        return answer == "discard"

    @work
    async def action_open(self) -> None:
        if not await self.confirm_discard():
            return
        initial = str(self.document.path.parent) + "/" if self.document.path else ""
        path = await self.app.push_screen_wait(PathDialog("Open a case file", initial))
        if path is not None:
            self.app.open_document(path)

    @work
    async def action_new(self) -> None:
        if await self.confirm_discard():
            self.app.switch_screen(WorksheetScreen(CaseDocument()))

    @work
    async def action_export(self, kind: str = "text") -> None:
        computation = self.outcome.computation
        if computation is None:
            self.notify("Nothing to export until the worksheet computes.",
                        title="Not exported", severity="error")
            return
        stem = self.document.path or Path("worksheet")
        answer = await self.app.push_screen_wait(ExportDialog(stem, kind))
        if answer is None:
            return
        chosen, path = answer
        try:
            path.write_text(exported(chosen, computation, self.outcome.case), encoding="utf-8")
        except OSError as exc:
            self.notify(f"{path}: {exc.strerror or exc}", title="Not exported",
                        severity="error")
            return
        self.notify(f"Exported {path}", title="Exported", timeout=3)

    # -- other actions --------------------------------------------------------------------

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab

    def action_go_to(self, section: str) -> None:
        """The worksheet tab, scrolled to ``section`` (an id of SECTIONS), the cursor in its
        first field."""
        self.action_show_tab("worksheet")
        target = self.query_one(FactsForm).query_one(f"#{section}")
        target.scroll_visible(top=True, animate=False)
        for widget in target.query("Input, Select, Checkbox, SelectionList, TextArea, Button, "
                                   "CollapsibleTitle"):  # (a closed group: its title)
            if widget.focusable:
                widget.focus(scroll_visible=False)
                return

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen())

    # -- entries: counts, drugs, prior sentences, departures, variances ----------------------

    def _around_focus(self, kind: type) -> list[Any]:
        """The widgets of ``kind`` that hold the focused field, innermost first."""
        focused = self.focused
        if focused is None:
            return []
        return [w for w in (focused, *focused.ancestors) if isinstance(w, kind)]

    async def action_add_entry(self) -> None:
        """Ctrl+N: an entry in the list the cursor is in; elsewhere, ask what to add."""
        for entries in self._around_focus(EntryList):
            if not isinstance(entries, CountList) or entries.several:
                await entries.add_row()
                return
        self._ask_what_to_add()

    @work
    async def _ask_what_to_add(self) -> None:
        answer = await self.app.push_screen_wait(ChoiceDialog(
            "Add to the case:", [(key, ENTRY_WORDS[key]) for key in ENTRY_WORDS]
            + [("cancel", "Cancel")], stacked=True))
        if answer in ENTRY_WORDS:
            await self.add_entry(answer)

    async def add_entry(self, kind: str) -> EntryRow:
        """A new count, drug (in the count the cursor is in, or the first), prior sentence,
        departure or variance, with the cursor in its first field."""
        self.action_show_tab("worksheet")
        entries = self.query_one(FactsForm).entry_lists()[kind]
        if kind == "drug":
            count = next(iter(self._around_focus(CountFacts)), None)
            if count is not None:
                entries = count.drugs
        entries.display = True
        return await entries.add_row()

    async def action_add_count(self) -> None:
        await self.add_entry("count")

    async def action_add_drug(self) -> None:
        await self.add_entry("drug")

    async def action_add_prior(self) -> None:
        await self.add_entry("prior")

    async def action_add_departure(self) -> None:
        await self.add_entry("departure")

    async def action_add_variance(self) -> None:
        await self.add_entry("variance")

    def action_remove_entry(self) -> None:
        """F8: remove the entry the cursor is in (asking first if it holds anything)."""
        for row in self._around_focus(EntryRow):
            if row.removable and isinstance(row.parent, EntryList):
                row.parent.ask_to_remove(row)
                return
        self.notify("Move the cursor into the count, drug, prior sentence, departure or "
                    "variance to remove.", title="Nothing to remove here", timeout=4)

    def action_pick_substance(self) -> None:
        """The substance list for the drug row being edited (or the first)."""
        self.action_show_tab("worksheet")
        row = next(iter(self._around_focus(DrugRow)), None) or next(iter(self.query(DrugRow)), None)
        if row is not None:
            row.action_pick_substance()


class CompactFooter(Footer):
    """Textual's footer, its keys made compact as they are composed: Textual makes each key
    compact once mounted and styled, which styled each of them again (some 30 keys at every
    start and every change of the keys on offer).

    Recomposed only when the keys it would show differ from those it shows: Textual's footer
    recomposes at every change of the screen's bindings, up to three times for one Tab (the
    field left, the field entered), some 20 ms each, mostly to compose the same keys again."""

    _shown: tuple | None = None

    def _keys_shown(self) -> tuple | None:
        """What :meth:`compose` makes the footer of: each active binding (a value), whether
        enabled, its tooltip, and the compact setting; None before the bindings are ready."""
        if not self._bindings_ready:
            return None
        return (self.compact, self.show_command_palette,
                *((binding, enabled, tooltip) for _, binding, enabled, tooltip
                  in self.screen.active_bindings.values()))

    def compose(self) -> ComposeResult:
        self._shown = self._keys_shown()
        for widget in super().compose():
            if isinstance(widget, FooterKey) and self.compact:
                widget.add_class("-compact", update=False)
            yield widget

    async def recompose(self) -> None:
        if self._shown is not None and self.is_attached and self._keys_shown() == self._shown:
            return
        await super().recompose()


def exported(kind: str, computation: Computation, case: Any) -> str:
    """The worksheet as the library writes it ("text" or "markdown"), then each checklist
    mark the chain contradicts, as the Checklist tab flags it ("does not match the mark"),
    in the form of the worksheet's own warnings."""
    warnings = mark_warnings(computation, case)
    if kind == "markdown":
        return markdown_worksheet(computation, case) + "".join(
            f"- **Warning:** {warning}\n" for warning in warnings)
    lines = [line for warning in warnings
             for line in textwrap.wrap(warning, TEXT_WIDTH, initial_indent="WARNING: ",
                                       subsequent_indent=" " * 9, break_long_words=False,
                                       break_on_hyphens=False)]
    return text_worksheet(computation, case) + "".join(f"{line}\n" for line in lines)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: Any) -> dt.date | None:
    """A date, never a date-time (a TOML date-time in the file is a mistake the library
    names; it does not point at an edition)."""
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None
