"""The form states what the case file can state, with one source for each value (issue #18):
a unit typed with the amount is the unit; the quantity as the court found it, what a
mixture also contains, the base offense level as found, the departure's direction and the
sentence imposed each have a field.

The Leon example (examples/leon-1994.toml: 51 kg of cocaine base, sentenced Sept. 28, 1994)
opened in the real app and driven with Pilot.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from ussg.guidelines import load_case
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.departure_list import DepartureRow
from ussg.tui.widgets.drug_list import DrugRow

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import burst, choose, settled, type_into, until

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


#: Leon's case with the keys the form lacked until now: the quantity as the court found it
#: ("at least", between two amounts, §2D1.1(c)), a mixture that also contains another
#: substance (Note (A) to the Drug Quantity Table), the departure's direction (Leon's departure was downward, from 42 to 38) and the
#: total punishment imposed (§5G1.2(b); Leon's was life).
STATED = LEON.read_text(encoding="utf-8").replace(
    'quantity = "51 kg"',
    'quantity_between = ["15 kg", "51 kg"]\n\n[[offense.drugs]]\nsubstance = "cocaine"\n'
    'quantity_at_least = "5 kg"\nalso_contains = ["heroin"]') \
    + "\n[sentence]\nimposed_life = true\n"
#: Leon's base offense level as the court found it (§2D1.1(c), level 42), instead of drugs
FOUND_LEVEL = LEON.read_text(encoding="utf-8").replace(
    '[[offense.drugs]]\nsubstance = "cocaine base"\nquantity = "51 kg"\n',
    "").replace("dangerous_weapon = true", "dangerous_weapon = true\nbase_offense_level = 42")


async def test_every_key_of_a_drug_a_departure_and_the_sentence_is_in_the_form(
        tmp_path: Path) -> None:
    """Opened, each key shows in its field; an edit elsewhere (the defendant) saved keeps
    them all as the file stated them."""
    path = tmp_path / "stated.toml"
    path.write_text(STATED, encoding="utf-8")
    stated = load_case(path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = worksheet(app)
        first, second = screen.query(DrugRow)
        assert first.query_one(".found", Select).value == "quantity_between"
        assert (first.query_one(".amount", Input).value, first.query_one(".upper", Input).value,
                first.query_one(".unit", Select).value) == ("15", "51", "kg")
        assert second.query_one(".found", Select).value == "quantity_at_least"
        assert not second.query_one(".upper", Input).display
        assert (second.query_one(".amount", Input).value,
                second.query_one(".unit", Select).value) == ("5", "kg")
        assert second.query_one(".also-contains", Input).value == "heroin"
        departure = screen.query_one(DepartureRow)
        assert departure.query_one(".direction", Select).value == "downward"
        form, file = screen.form_data(), CaseDocument.open(path).data
        for key in ("offense", "departures", "sentence"):  # each as the file states it
            assert form[key] == file[key], key
        screen.query_one("#case-defendant", Input).focus()
        await pilot.press(*"R. Leon")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "R. Leon" in path.read_text(encoding="utf-8"))
    saved = load_case(path)
    assert saved.case.defendant == "R. Leon"
    assert saved.model_copy(update={"case": stated.case}) == stated


async def test_the_base_offense_level_as_found_is_in_the_form(tmp_path: Path) -> None:
    path = tmp_path / "level.toml"
    path.write_text(FOUND_LEVEL, encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = worksheet(app)
        field = screen.query_one("#characteristics").query_one(".fact-base_offense_level",
                                                                Input)
        assert field.value == "42" and field.is_on_screen or field.display
        assert screen.outcome.case.offense.base_offense_level == 42
        await type_into(pilot, field, "40", clear=True)
        await settled(pilot)
        assert screen.outcome.case.offense.base_offense_level == 40
        assert screen.outcome.data["offense"]["base_offense_level"] == 40


async def test_the_quantity_as_found_and_the_rest_typed_in(tmp_path: Path) -> None:
    """Typed into Leon's form: the quantity "at least 15 kg", then "between 15 and 51 kg"
    (the unit typed with the upper amount; both ends in the row of 15 kg or more); "cocaine; heroin" as what the mixture also
    contains; the departure "upward"; the sentence imposed, 480 months. Each is the case the
    form states."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = worksheet(app)
        row = screen.query_one(DrugRow)

        def drug() -> dict:
            return screen.outcome.data["offense"]["drugs"][0]

        await choose(pilot, row.query_one(".found", Select), "at")
        await type_into(pilot, row.query_one(".amount", Input), "15", clear=True)
        await settled(pilot)
        assert drug() == {"substance": "cocaine base", "quantity_at_least": "15 kg"}
        await choose(pilot, row.query_one(".found", Select), "b")
        assert row.query_one(".upper", Input).display
        await type_into(pilot, row.query_one(".amount", Input), "15", clear=True)
        await type_into(pilot, row.query_one(".upper", Input), "51 kg")
        await type_into(pilot, row.query_one(".also-contains", Input), "cocaine; heroin")
        await settled(pilot)
        assert drug() == {"substance": "cocaine base", "quantity_between": ["15 kg", "51 kg"],
                          "also_contains": ["cocaine", "heroin"]}
        problems = {p.field for p in screen.outcome.problems}
        assert not any(field.startswith("offense.drugs[0].quantity") for field in problems)

        departure = screen.query_one(DepartureRow)
        await choose(pilot, departure.query_one(".direction", Select), "u")
        await settled(pilot)
        assert screen.outcome.data["departures"][0]["direction"] == "upward"

        screen.action_go_to("sentence")
        section = screen.query_one("#sentence")
        await until(pilot, lambda: screen.focused is not None
                    and section in screen.focused.ancestors)
        await pilot.press("enter")  # opens the group
        months = section.query_one(".fact-imposed_months", Input)
        await until(pilot, lambda: months.is_attached)
        await type_into(pilot, months, "480")
        await settled(pilot)
        assert screen.outcome.data["sentence"] == {"imposed_months": 480}


async def test_career_offender_as_the_court_found_it_is_in_the_form() -> None:
    """tests/data/chapter_four/career-offender-as-found-2016.toml (§4B1.1(a) as found, the
    statutory maximum 40 years): the group is open with its finding ticked; unticked, the
    case no longer states it (and the library asks about the statutory maximum given)."""
    from ussg.tui.widgets.mark import Mark

    path = EXAMPLES.parent / "tests" / "data" / "chapter_four" / \
        "career-offender-as-found-2016.toml"
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = worksheet(app)
        history = screen.query_one("#history")
        finding = history.query_one(".fact-career_offender", Mark)  # the group's own mark
        found = next(mark for mark in history.query(Mark)
                     if mark is not finding and "career offender" in str(mark.label).lower()
                     and mark.has_class("fact-career_offender"))
        assert finding.value and found.value
        assert screen.outcome.case.criminal_history.career_offender.career_offender
        found.focus()
        await until(pilot, lambda: found.has_focus)
        await pilot.press("space")
        await settled(pilot)
        assert "career_offender" not in \
            screen.outcome.data["criminal_history"]["career_offender"]
