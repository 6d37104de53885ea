"""The form states what the case file can state, with one source for each value (issue #18):
a unit typed with the amount is the unit.

The Leon example (examples/leon-1994.toml: 51 kg of cocaine base, sentenced Sept. 28, 1994)
opened in the real app and driven with Pilot.
"""

from __future__ import annotations

from textual.widgets import Input, Select

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.drug_list import DrugRow

from .conftest import EXAMPLES
from .tui_pilot import burst, settled, until

LEON = EXAMPLES / "leon-1994.toml"


def worksheet(app: WorksheetApp) -> WorksheetScreen:
    screen = app.screen
    assert isinstance(screen, WorksheetScreen)
    return screen


async def test_a_unit_typed_with_the_amount_is_the_unit() -> None:
    """"500 g" typed over "51": the unit list shows g while the amount is typed, the case
    states 500 g, and leaving the field leaves "500" in it beside the list's "g". A unit the
    list does not offer ("kgs") stays in the amount, as typed, for the library to name."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = worksheet(app)
        row = screen.query_one(DrugRow)
        amount, unit = row.query_one(".amount", Input), row.query_one(".unit", Select)
        assert (amount.value, unit.value) == ("51", "kg")
        amount.focus()
        await until(pilot, lambda: amount.has_focus)
        await burst(pilot, ["ctrl+u", *"500 g"], 0.01)
        await settled(pilot)
        assert amount.value == "500 g"  # never rewritten while typed in
        assert unit.value == "g"
        assert screen.outcome.data["offense"]["drugs"][0]["quantity"] == "500 g"
        assert screen.outcome.case.offense.drugs[0].quantity == "500 g"
        await pilot.press("tab")
        await settled(pilot)
        assert (amount.value, unit.value) == ("500", "g")
        assert screen.outcome.data["offense"]["drugs"][0]["quantity"] == "500 g"

        amount.focus()
        await until(pilot, lambda: amount.has_focus)
        await burst(pilot, ["ctrl+u", *"2 kgs"], 0.01)
        await pilot.press("tab")
        await settled(pilot)
        assert amount.value == "2 kgs"
        assert screen.outcome.data["offense"]["drugs"][0]["quantity"] == "2 kgs"
        assert "offense.drugs[0].quantity" in {p.field for p in screen.outcome.problems}
