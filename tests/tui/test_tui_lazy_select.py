"""The worksheet's lists are made after its first frame, or when first opened if that comes
sooner (tui/widgets/lazy_select.py): none is made before that frame; opening one (Enter, or a click), its highlight, picking an option and the
recomputation that follows work on the worksheet; and the same keys, one at a time or as a
burst, leave a LazySelect as they leave Textual's Select (value, open or not, focus,
highlight, the Changed messages)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Input, Select
from textual.widgets._select import SelectCurrent, SelectOverlay

import ussg.tui as ussg_tui
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.widgets.drug_list import DrugRow
from ussg.tui.widgets.lazy_select import LazySelect

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import burst, drained, focused, settled, still_cells, until

LEON = EXAMPLES / "leon-1994.toml"


def _highlighted(select: Select) -> str:
    overlay = select.query_one(SelectOverlay)
    assert overlay.highlighted is not None
    return str(overlay.get_option_at_index(overlay.highlighted).prompt)


async def test_the_lists_are_made_after_the_first_frame(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    lists_at_first_frame: list[int] = []
    display = App._display

    def painted(app, screen, renderable) -> None:
        display(app, screen, renderable)
        if getattr(screen, "loaded", False) and not lists_at_first_frame:
            lists_at_first_frame.append(len(screen.query(SelectOverlay)))

    monkeypatch.setattr(App, "_display", painted)
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        screen = app.screen
        selects = list(screen.query(Select))
        assert len(selects) >= 10 and all(isinstance(s, LazySelect) for s in selects)
        assert lists_at_first_frame == [0]  # none made before the worksheet was shown
        await until(pilot, lambda: all(s.overlay is not None for s in selects))
        assert len(screen.query(SelectOverlay)) == len(selects)  # each made once after
        row = screen.query_one(DrugRow)
        unit = row.query_one(".unit", Select)
        assert unit.value == "kg" and unit.query_one(SelectCurrent).label == "kg"

        # Enter opens it: the list focused, its highlight on the value
        await focused(pilot, unit)
        await pilot.press("enter")
        await until(pilot, lambda: unit.expanded and unit.overlay is not None
                    and unit.overlay.has_focus)
        assert _highlighted(unit) == "kg"
        await pilot.press("escape")
        await drained(pilot)
        assert not unit.expanded and unit.has_focus and unit.value == "kg"

        # a burst: Enter, Up, Enter as fast as a terminal sends them: "g" picked, 51 g
        # recomputed
        await burst(pilot, ["enter", "up", "enter"])
        await until(pilot, lambda: unit.value == "g" and not unit.expanded)
        await settled(pilot)
        assert screen.outcome.data["offense"]["drugs"][0]["quantity"] == "51 g"

        # a click opens another
        picker = row.query_one(".found", Select)
        await pilot.click(picker.query_one(SelectCurrent))
        await until(pilot, lambda: picker.expanded and picker.overlay is not None
                    and picker.overlay.has_focus)
        await pilot.press("escape")
        await drained(pilot)
        assert not picker.expanded

        # what the form reads is the Selects' values throughout
        amount = row.query_one(".amount", Input)
        assert amount.value == "51"


OPTIONS = [("mg", "mg"), ("g", "g"), ("kg", "kg"), ("oz", "oz"), ("lb", "lb")]


class TwoSelects(App):
    """Textual's Select beside a LazySelect, the same options and value."""

    def __init__(self, **kwargs) -> None:
        super().__init__()
        self.kwargs = kwargs
        self.changed: dict[str, list] = {"plain": [], "lazy": []}

    def compose(self) -> ComposeResult:
        yield Select(OPTIONS, id="plain", **self.kwargs)
        yield LazySelect(OPTIONS, id="lazy", **self.kwargs)

    def on_select_changed(self, event: Select.Changed) -> None:
        self.changed[event.select.id].append(event.value)


def _state(app: TwoSelects, select: Select) -> tuple:
    overlay = select.query(SelectOverlay).first() if select.query(SelectOverlay) else None
    focus = app.focused
    where = ("select" if focus is select else "list" if focus is overlay and focus is not None
             else type(focus).__name__)
    return (select.value, select.expanded, where, select.query_one(SelectCurrent).label,
            overlay.highlighted if overlay is not None and select.expanded else None,
            app.changed[select.id])


@pytest.mark.parametrize("keys, fast", [
    (["enter", "down", "enter"], False), (["enter", "down", "enter"], True),
    (["enter", "up", "up", "enter"], False), (["space", "escape"], False),
    (["down", "o", "enter"], False), (["enter", "down", "down", "escape", "enter"], False),
    (["enter", "l", "enter", "enter", "up", "enter"], False),
])
@pytest.mark.parametrize("kwargs", [{"value": "kg"}, {"prompt": "(unit)"},
                                    {"allow_blank": False}])
async def test_keys_leave_a_lazy_select_as_they_leave_textuals(keys, fast, kwargs) -> None:
    states = {}
    for name in ("plain", "lazy"):
        app = TwoSelects(**kwargs)
        async with app.run_test(size=(40, 20)) as pilot:
            select = app.query_one(f"#{name}", Select)
            await focused(pilot, select)
            await pilot.pause()
            if fast:
                await burst(pilot, keys)
            else:
                for key in keys:
                    await pilot.press(key)
            await pilot.pause(0.2)
            await drained(pilot)
            states[name] = _state(app, select)
    assert states["lazy"] == states["plain"]


async def test_a_list_opened_before_it_is_made_is_made_then(monkeypatch) -> None:
    """Opened (Enter, or a click) before its list is made, the Select makes it first, once
    however often asked, then opens as Textual's does."""
    monkeypatch.setattr(LazySelect, "on_mount", lambda self: None)  # never made in advance
    app = TwoSelects(value="kg")
    async with app.run_test(size=(40, 20)) as pilot:
        lazy = app.query_one("#lazy", LazySelect)
        await pilot.pause(0.2)
        assert lazy.overlay is None and not lazy.query(SelectOverlay)
        await focused(pilot, lazy)
        await pilot.press("enter")
        await until(pilot, lambda: lazy.expanded and lazy.overlay is not None
                    and lazy.overlay.has_focus)
        assert _highlighted(lazy) == "kg"
        await pilot.press("down", "enter")
        await drained(pilot)
        assert lazy.value == "oz" and not lazy.expanded and app.changed["lazy"] == ["kg", "oz"]

    app = TwoSelects(value="kg")
    async with app.run_test(size=(40, 20)) as pilot:
        lazy = app.query_one("#lazy", LazySelect)
        await pilot.pause(0.2)
        made = await asyncio.gather(lazy.open_list(), lazy.open_list())
        assert made[0] is made[1] and len(lazy.query(SelectOverlay)) == 1
        await pilot.click(lazy.query_one(SelectCurrent))  # a click, the list made
        await until(pilot, lambda: lazy.expanded and lazy.overlay.has_focus)

    monkeypatch.setattr(LazySelect, "on_mount", lambda self: None)
    app = TwoSelects(value="kg")
    async with app.run_test(size=(40, 20)) as pilot:
        lazy = app.query_one("#lazy", LazySelect)
        await pilot.pause(0.2)
        await pilot.click(lazy.query_one(SelectCurrent))  # a click, the list not made
        await until(pilot, lambda: lazy.expanded and lazy.overlay is not None
                    and lazy.overlay.has_focus)
        await pilot.press("escape")
        await drained(pilot)
        assert not lazy.expanded and lazy.value == "kg"


class OneSelect(App[None]):
    """An Input, then Textual's Select or a LazySelect alone (the same place on screen), in
    the app's own styles."""

    CSS_PATH = Path(ussg_tui.__file__).parent / "app.tcss"

    def __init__(self, lazy: bool, width: int, **kwargs) -> None:
        super().__init__()
        self.lazy, self.width, self.kwargs = lazy, width, kwargs

    def compose(self) -> ComposeResult:
        yield Input("51")
        select = (LazySelect if self.lazy else Select)(WORDS, prompt="(unit)", **self.kwargs)
        select.styles.width = self.width
        yield select


#: Options of one, two and many lines at the widths below, as many as the guideline list's
#: (whose longest has 168 characters), so that an open list scrolls
WORDS = [("kg", "kg"), ("g", "g"),
         ("kilograms of a mixture or substance containing a detectable amount", "long"),
         *((f"§2X{n}.1 " + "an offense guideline's title, long enough to wrap " * 3, f"2X{n}")
           for n in range(1, 30))]


@pytest.mark.parametrize("width, compact", [(8, True), (12, True), (24, True), (40, True),
                                            (20, False)])
@pytest.mark.parametrize("value", [None, "kg", "long", "2X20"])
async def test_a_lazy_select_shows_what_textuals_shows(width, compact, value) -> None:
    """Cell for cell: before it is focused, focused, open (its arrow turned), a highlight
    moved, an option picked, opened again and closed. A compact LazySelect draws its words
    and arrow with one widget (``OneLineCurrent``), Textual with three. While the list is
    open, the rows of the chosen words are compared (the list itself, made later than
    Textual makes it, may be scrolled otherwise when its options wrap at a narrow width)."""
    kwargs = {"compact": compact, **({"value": value} if value else {})}
    screens: dict[bool, list] = {}
    for lazy in (False, True):
        app = OneSelect(lazy, width, **kwargs)
        async with app.run_test(size=(60, 16)) as pilot:
            select = app.query_one(Select)
            current = select.query_one(SelectCurrent)
            if lazy:
                assert len(current.children) == (1 if compact else 3)
            await drained(pilot)
            shown = [(False, await still_cells(pilot))]
            for step in ("focus", "enter", "down", "enter", "enter", "escape"):
                if step == "focus":
                    await focused(pilot, select)
                else:
                    await pilot.press(step)
                await pilot.pause(0.1)
                await drained(pilot)
                cells = await still_cells(pilot)
                if select.expanded:  # the rows of the chosen words, where the list leaves them
                    region = current.region
                    over = select.query_one(SelectOverlay).region
                    cells = [row[region.x:region.right] for y, row in enumerate(cells)
                             if region.y <= y < region.bottom and not over.y <= y < over.bottom]
                shown.append((select.expanded, cells))
            screens[lazy] = shown
    assert [open_ for open_, _ in screens[False]] == [False, False, True, True, False, True,
                                                      False]
    if compact:  # (a bordered list opens over its box)
        assert any("▲" in "".join(c for c, _ in row) for row in screens[False][2][1])
    for step, (plain, lazy_cells) in enumerate(zip(screens[False], screens[True])):
        assert lazy_cells == plain, f"step {step}"
