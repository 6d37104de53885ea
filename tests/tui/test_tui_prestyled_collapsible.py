"""A section made with its ``-collapsed`` class (tui/widgets/prestyled_collapsible.py) shows
what Textual's Collapsible shows, cell for cell: closed or open when made, then opened and
closed again."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Collapsible, Input, Static
from textual.widgets._collapsible import CollapsibleTitle

from ussg.tui.widgets.prestyled_collapsible import PrestyledCollapsible

from tests.tui.tui_pilot import focused, still_cells


class OneSection(App[None]):
    def __init__(self, prestyled: bool, collapsed: bool) -> None:
        super().__init__()
        self.prestyled, self.collapsed = prestyled, collapsed

    def compose(self) -> ComposeResult:
        yield Input("51")
        kind = PrestyledCollapsible if self.prestyled else Collapsible
        yield kind(Static("points, status"), Input("3", id="points"), title="more",
                   collapsed=self.collapsed)


@pytest.mark.parametrize("collapsed", [True, False])
async def test_a_prestyled_section_shows_what_textuals_shows(collapsed) -> None:
    screens = {}
    for prestyled in (False, True):
        app = OneSection(prestyled, collapsed)
        async with app.run_test(size=(40, 12)) as pilot:
            section = app.query_one(Collapsible)
            assert section.has_class("-collapsed") is collapsed
            shown = [await still_cells(pilot)]
            await focused(pilot, section.query_one(CollapsibleTitle))
            for _ in range(2):
                await pilot.press("enter")  # opened, then closed (or the reverse)
                shown.append(await still_cells(pilot))
            assert section.collapsed is collapsed
            screens[prestyled] = shown
    assert screens[True] == screens[False]
    assert screens[False][0] != screens[False][1]  # (the section's look changes)


def test_the_class_is_there_when_the_section_is_made() -> None:
    assert PrestyledCollapsible(Static("x")).has_class("-collapsed")
    assert not PrestyledCollapsible(Static("x"), collapsed=False).has_class("-collapsed")
    assert not Collapsible(Static("x")).has_class("-collapsed")  # Textual's: at its mount
