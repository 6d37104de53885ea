"""A key's echo and its result are painted in one frame (issue #18, key to repaint): the
worksheet recomputes within the key's handling (``WorksheetScreen.edited_in_place``), so no
frame shows a field's new text beside the result of its old text — and nothing typed is
lost or rewritten on the way.

Leon (examples/leon-1994.toml): 51 kg of cocaine base, level 42 under §2D1.1(c)(1) of the
Nov. 1, 1993 Manual; typing into the quantity changes the case at every key ("51" → "5" →
"51" …; 5 kg is level 32 under §2D1.1(c)(4), "at least 5 KG but less than 15 KG").
"""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens import worksheet
from ussg.tui.widgets.drug_list import DrugRow

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import burst, settled, until

LEON = EXAMPLES / "leon-1994.toml"


@pytest.fixture
def frames(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every frame the app paints: (the amount field's text, the quantity of the case the
    result on screen was computed from). The same-frame threshold is raised so that a
    slow test machine takes the same path as a user's (the path is what is tested)."""
    monkeypatch.setattr(worksheet, "SAME_FRAME_SECONDS", 1.0)
    painted: list[tuple[str, str]] = []
    display = App._display

    def recorded(app, screen, renderable):
        display(app, screen, renderable)
        if isinstance(screen, worksheet.WorksheetScreen) and screen.loaded:
            amount = screen.query_one(DrugRow).query_one(".amount", Input).value
            computed = screen.outcome.data["offense"]["drugs"][0].get("quantity", "")
            painted.append((amount, str(computed)))

    monkeypatch.setattr(App, "_display", recorded)
    return painted


async def in_the_amount(pilot) -> tuple[worksheet.WorksheetScreen, Input]:
    """The worksheet loaded, the cursor at the end of the first drug's amount ("51")."""
    await settled(pilot)
    screen = pilot.app.screen
    amount = screen.query_one(DrugRow).query_one(".amount", Input)
    amount.focus()
    await until(pilot, lambda: amount.has_focus)
    await pilot.press("end")
    await settled(pilot)
    return screen, amount


async def test_no_frame_shows_an_echo_without_its_result(frames) -> None:
    """Ten keys, one at a time (Backspace, "1", …): every frame painted shows the amount
    with the result computed from it, and the result is the library's for the last key."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen, amount = await in_the_amount(pilot)
        frames.clear()
        for index in range(10):
            await pilot.press("backspace" if index % 2 == 0 else "1")
            await settled(pilot)
            await pilot.pause(0.05)  # a frame still due
        assert frames, "no frame was painted"
        assert all(computed == f"{shown} kg" for shown, computed in frames), frames
        assert amount.value == "51"
        assert screen.outcome.computation.result.table_offense_level == 43


async def test_a_burst_keeps_every_key(frames) -> None:
    """Keys at 10 ms apart while each is recomputed in place: the field ends with every key
    in the order typed, and the case with it."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(80, 24)) as pilot:
        screen, amount = await in_the_amount(pilot)
        await burst(pilot, ["end", "backspace", "backspace", *"1500", "backspace", "0",
                            "backspace", "backspace", "2"], 0.01)
        await settled(pilot)
        assert amount.value == "152"
        assert screen.outcome.data["offense"]["drugs"][0]["quantity"] == "152 kg"
