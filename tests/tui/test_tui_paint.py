"""The worksheet paints a frame's changes in groups (tui/screens/compositor.py). What the
terminal shows must be what Textual's own painting shows: in a session of edits, a list
opened over the form, another tab, a resize and a dialog, every frame is painted both ways
and each text written compared, with its place and style. (Ours also leaves unrendered a
widget wholly under those above it in a group's rows: the comparison covers that too.)
"""

from __future__ import annotations

import io
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.segment import ControlType
from textual._compositor import Compositor
from textual.geometry import Region
from textual.widgets import Input, Select

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens import compositor
from ussg.tui.widgets.drug_list import DrugRow

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import drained, settled, type_into

LEON = EXAMPLES / "leon-1994.toml"


def _sent(update) -> list[tuple[int, int, str, object]]:
    """What the terminal shows of an update: each text written, where and in what style (a
    move of the cursor that writes nothing shows nothing: Textual's own update sends one at
    the end of some spans)."""
    console = Console(file=io.StringIO(), width=200, color_system="truecolor",
                      force_terminal=True, legacy_windows=False)
    written, x, y = [], 0, 0
    for segment in update.__rich_console__(console, console.options):
        if segment.control:
            for control in segment.control:
                if control[0] == ControlType.CURSOR_MOVE_TO:
                    x, y = control[1] - 1, control[2] - 1
            continue
        if segment.text == "\n":
            continue
        written.append((y, x, segment.text, segment.style))
        x += cell_len(segment.text)
    return written


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each grouped frame painted by Textual's compositor too, from the same changes; the
    number of groups of each frame that had more than one."""
    grouped: list[int] = []
    ours = compositor.GroupedCompositor.render_partial_update

    def both(self):
        regions = set(self._dirty_regions)
        self._get_renders = types.MethodType(Compositor._get_renders, self)  # Textual's own
        try:
            textual = Compositor.render_partial_update(self)  # (clears the regions)
        finally:
            del self._get_renders
        self._dirty_regions.update(regions)
        update = ours(self)
        assert (textual is None) == (update is None)
        if update is not None:
            assert _sent(update) == _sent(textual), sorted(regions, key=lambda r: (r.y, r.x))
            groups = compositor.groups_of(list(regions))
            if len(groups) > 1:
                grouped.append(len(groups))
        return update

    monkeypatch.setattr(compositor.GroupedCompositor, "render_partial_update", both)
    return grouped


async def test_every_frame_is_sent_as_textual_would_send_it(frames) -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen._compositor, compositor.GroupedCompositor)
        amount = screen.query_one(DrugRow).query_one(".amount", Input)
        for keys in ("5", "1", "0", "x"):  # 5 kg, 51 kg, 510 kg, then not a number
            await type_into(pilot, amount, keys, clear=keys == "5")
        await type_into(pilot, amount, "5", clear=True)
        unit = screen.query_one(DrugRow).query_one(Select)
        unit.focus()
        await pilot.press("enter")  # the list opens over the form, on a layer of its own
        await drained(pilot)
        await pilot.press("down", "escape")
        await drained(pilot)
        await pilot.press("f3")  # the checklist tab, then back
        await drained(pilot)
        await pilot.press("f2")
        await drained(pilot)
        await pilot.resize_terminal(120, 40)
        await drained(pilot)
        await type_into(pilot, amount, "1")
        await pilot.press("f1")  # help, over the worksheet
        await drained(pilot)
        await pilot.press("escape")
        await drained(pilot)
        await type_into(pilot, amount, "2")
        app.notify("a toast over the worksheet", timeout=30)  # on a layer of its own
        await drained(pilot)
        await type_into(pilot, amount, "3")
        await pilot.press("ctrl+p")  # the command palette: the worksheet seen behind it
        await drained(pilot)
        await pilot.press("s", "a")
        await drained(pilot)
        await pilot.press("escape")
        await drained(pilot)
        await type_into(pilot, amount, "4")
    assert len(frames) >= 2  # the session painted frames in several groups, each compared


def test_groups_of_regions() -> None:
    field, mark = Region(14, 14, 12, 1), Region(62, 0, 17, 1)
    lines = [Region(42, y, 36, 1) for y in (10, 12, 13, 14, 15)]
    groups = compositor.groups_of([*lines, field, mark])
    assert sorted(sorted(g) for g in groups) == sorted([[field], [mark], sorted(lines)])
    # columns that overlap, rows close together: one group; far apart: two
    assert len(compositor.groups_of([Region(0, 0, 10, 1), Region(5, 3, 10, 1)])) == 1
    assert len(compositor.groups_of([Region(0, 0, 10, 1), Region(5, 9, 10, 1)])) == 2
    assert len(compositor.groups_of([Region(0, 0, 10, 1), Region(10, 0, 10, 1)])) == 2


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 5), st.integers(1, 12),
                          st.integers(1, 4)), min_size=1, max_size=12))
def test_a_box_is_covered_when_every_cell_of_it_is(boxes) -> None:
    """compositor.Covered against the cells themselves: a widget is left unrendered only
    where every cell of its part of the rows is under widgets rendered before it."""
    covered, cells = compositor.Covered(0, 10), set()
    for x, y, width, height in boxes:
        box = Region(x, y, width, height)
        mine = {(cx, cy) for cx in range(x, x + width) for cy in range(y, y + height)}
        assert covered.add(box) == (mine <= cells), (box, sorted(cells))
        cells |= mine
