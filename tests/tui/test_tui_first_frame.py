"""The first screen: the worksheet is painted before the work that can wait
(tui/screens/worksheet.py, ``WorksheetScreen.after_first_frame``).

Two things a new worksheet does can wait for its first frame: reading every edition's tables
to grey the guidelines its edition lacks (about half a second in a new process) and the
collector's sweep and freeze of its objects (tui/heap.py, about a tenth). Asked for with
Textual's ``call_after_refresh`` (until Dec. 6, 2026), both ran before that frame and delayed
it; they now run after it, and still run: the lists are greyed, the objects frozen."""

from __future__ import annotations

import gc

from textual import events
from textual.app import App
from textual.widgets import Select

from ussg.guidelines.api import chapter_two_guidelines
from ussg.tui.app import WorksheetApp
from ussg.tui.evaluation import guidelines_not_offered
from ussg.tui.document import CaseDocument
from ussg.tui.screens import worksheet
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.guideline_select import GuidelineSelect

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled, until

LEON = EXAMPLES / "leon-1994.toml"


async def test_the_first_frame_comes_before_the_work_that_can_wait(monkeypatch,
                                                                   tmp_path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    happened: list[str] = []
    display, offer, settle = App._display, WorksheetScreen._offer_guidelines, \
        worksheet.settle_long_lived

    def painted(app, screen, renderable) -> None:
        display(app, screen, renderable)
        if isinstance(screen, WorksheetScreen):
            happened.append("frame" if screen.loaded else "frame before the result")

    def offered(screen, on) -> None:
        happened.append("guidelines offered")
        offer(screen, on)

    def settled_heap() -> None:
        happened.append("heap settled")
        settle()

    monkeypatch.setattr(App, "_display", painted)
    monkeypatch.setattr(WorksheetScreen, "_offer_guidelines", offered)
    monkeypatch.setattr(worksheet, "settle_long_lived", settled_heap)
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        select = app.screen.query_one(GuidelineSelect)
        await until(pilot, lambda: bool(select.unavailable))
        work = [h for h in happened if h in ("guidelines offered", "heap settled")]
        assert work == ["guidelines offered", "heap settled"]  # each once, tables first
        first_work = happened.index("guidelines offered")
        assert "frame" in happened[:first_work], happened  # the worksheet shown before
        assert "2G1.3" in select.unavailable  # and the list greyed after (from Nov. 1, 2004)
        assert gc.get_freeze_count() > 0
        frames = happened.count("frame")

        # an edition changed later is followed after the next refresh, as before
        app.screen.query_one("#manual", Select).value = "2004"  # the Nov. 1, 2004 edition
        await until(pilot, lambda: happened.count("guidelines offered") == 2)
        await settled(pilot)
        # (looked for one guideline at a time, the lists greyed once it has all of them)
        await until(pilot, lambda: "2G1.3" not in select.unavailable)
        assert happened.count("heap settled") == 1 and happened.count("frame") > frames
    gc.unfreeze()


async def test_keys_typed_while_the_guidelines_are_looked_at_are_handled_meanwhile(
        monkeypatch, tmp_path) -> None:
    """The guidelines the edition lacks are looked for one at a time after the first frame
    (``_find_guidelines_not_offered``): a key typed meanwhile (Tab, posted as Textual's
    driver posts a key) moves the focus before the last guideline is looked at; the lists
    are greyed once, with the whole answer. Looked for in one call (until Dec. 7, 2026),
    the first time half a second of reading tables in a new process, a key typed just after
    the first frame waited for all of it."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    in_turn = worksheet.guidelines_in_turn
    focus_seen: list[object] = []  # the focused widget as each guideline is looked at
    app = WorksheetApp(CaseDocument.open(LEON))

    def looking(on):
        for looked_at in in_turn(on):
            if len(focus_seen) == 3:  # typed after the fourth guideline is looked at
                app.post_message(events.Key("tab", None))
            focus_seen.append(app.focused)
            yield looked_at

    monkeypatch.setattr(worksheet, "guidelines_in_turn", looking)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        select = app.screen.query_one(GuidelineSelect)
        await until(pilot, lambda: bool(select.unavailable))
        sections = len(chapter_two_guidelines())
        assert len(focus_seen) == sections  # each guideline looked at once
        moved = next((i for i, widget in enumerate(focus_seen) if widget is not focus_seen[0]),
                     None)
        assert moved is not None and 3 < moved < sections - 1, moved  # in between
        assert app.focused is focus_seen[-1] is not focus_seen[0]
        assert select.unavailable == guidelines_not_offered(app.screen.edition_date)
    gc.unfreeze()


async def test_the_collector_waits_for_the_first_frame_when_ussg_tui_holds_it(
        monkeypatch, tmp_path) -> None:
    """``ussg tui`` turns the collector off before the app's modules (guidelines/cli.py's
    ``_tui``: tui/heap.py); it is on again once the worksheet's first frame is painted, and a
    collector the user had turned off stays off."""
    from ussg.tui import heap

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    display = App._display
    collector_at_frames: list[bool] = []

    def painted(app, screen, renderable) -> None:
        display(app, screen, renderable)
        if isinstance(screen, WorksheetScreen) and screen.loaded:
            collector_at_frames.append(gc.isenabled())

    monkeypatch.setattr(App, "_display", painted)
    was_enabled = gc.isenabled()
    try:
        for user_turned_it_off in (False, True):
            gc.enable()
            if user_turned_it_off:
                gc.disable()
            collector_at_frames.clear()
            heap.hold_until_settled()
            assert not gc.isenabled()
            app = WorksheetApp(CaseDocument.open(LEON))
            async with app.run_test(size=(80, 24)) as pilot:
                await settled(pilot)
                await until(pilot, lambda: gc.get_freeze_count() > 0)
                await settled(pilot)
                assert collector_at_frames[0] is False  # the first frame: still held
                assert gc.isenabled() is not user_turned_it_off  # on again after it
            gc.unfreeze()
    finally:
        (gc.enable if was_enabled else gc.disable)()
        gc.unfreeze()


def test_ussg_tui_refusing_its_file_leaves_the_collector_on(tmp_path, capsys,
                                                            monkeypatch) -> None:
    """The hold ends with the command when no worksheet was shown (``main`` called in this
    process, as a program using ussg's command line might; the stylesheet cache, which
    ``ussg tui`` also installs in its process, off: tests/tui/test_tui_css_cache.py)."""
    from ussg.guidelines.cli import main

    monkeypatch.setenv("USSG_TABLE_CACHE", "0")

    path = tmp_path / "bad.toml"
    path.write_text("sentencing_date = '1994-09-28'\nx = [\n", encoding="utf-8")
    assert gc.isenabled()
    assert main(["tui", str(path)]) == 2
    assert "bad.toml" in capsys.readouterr().err
    assert gc.isenabled()
