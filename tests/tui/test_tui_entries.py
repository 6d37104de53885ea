"""Entries of the case file edited in the terminal app — counts, drugs within a count, prior
sentences, departures, variances — driven with Pilot as a user would: Ctrl+N and F8, the
"+" buttons and ✕, typing into the new fields.

The numbers asserted are read from the 2025 Manual (reference files under
shared/reference/ussg/), never from the code under test:
- §2D1.1(c)(8) "At least 100 G but less than 400 G of Heroin; Level 24" and (c)(5) "At least
  1 KG but less than 3 KG of Heroin; Level 30" (DQT_2025-11-01_verbatim_from_2025_Manual.txt
  lines 177, 99); two §2D1.1 counts are one Group by the aggregate quantity (§3D1.2(d)), so
  100 g and 900 g of heroin are 1 kg: level 30;
- §4A1.1(a) 3 points for a prior sentence of imprisonment exceeding one year and one month,
  counted if imposed within fifteen years of the commencement of the instant offense
  (§4A1.2(e)(1)); 2 or 3 points are Category II;
- the Sentencing Table (sentencing_table_2010-11-01_to_2025.csv): level 24 I 51-63, II 57-71;
  level 22 I 41-51; level 30 I 97-121 months.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Select

from ussg.guidelines import calculate, load_case, parse_case
from ussg.guidelines.case.model import Drug
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.dialogs import ChoiceDialog
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.chain_view import ChainView
from ussg.tui.widgets.count_list import CountFacts, CountList
from ussg.tui.widgets.criminal_history_picker import FROM_RECORD, PriorRecord
from ussg.tui.widgets.departure_list import DepartureRow
from ussg.tui.widgets.drug_list import DrugRow
from ussg.tui.widgets.entry_list import AsWrittenRow
from ussg.tui.widgets.field_message import FieldMessage
from ussg.tui.widgets.model_entries import ModelRow
from ussg.tui.widgets.variance_list import VarianceRow

from tests.tui.tui_pilot import choose, shown_text, type_into

HEROIN_CASE = """\
sentencing_date = 2025-11-01

[case]
name = "United States v. Example (entries)"

[offense]
guideline = "2D1.1"
statute = "21 U.S.C. § 841(a)(1), (b)(1)(C)"
drugs = [{ substance = "heroin", quantity = "100 g" }]

[criminal_history]
category = "I"
"""


def heroin_case(tmp_path: Path) -> Path:
    path = tmp_path / "heroin.toml"
    path.write_text(HEROIN_CASE)
    return path


def worksheet(app: WorksheetApp) -> WorksheetScreen:
    screen = app.screen
    assert isinstance(screen, WorksheetScreen)
    return screen


def message_at(widget, path: str) -> FieldMessage:
    """The message under the field at ``path``."""
    return next(m for m in widget.query(FieldMessage) if m.path == path)


def summary(screen: WorksheetScreen) -> str:
    return shown_text(screen.query_one("#result-text"))


async def add_by_key(pilot, screen: WorksheetScreen, what: str) -> None:
    """Ctrl+N from a field outside any list: the dialog asks what to add; arrows and Enter."""
    screen.query_one("#sentencing-date", Input).focus()
    await pilot.pause()
    await pilot.press("ctrl+n")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ChoiceDialog)
    keys = [key for key, _ in dialog.choices]
    assert dialog.focused is not None and dialog.focused.id == f"choice-{keys[0]}"
    await pilot.press(*["down"] * keys.index(what), "enter")
    await pilot.pause()


async def click(pilot, selector: str) -> None:
    """Scroll to a button, then click it."""
    pilot.app.screen.query_one(selector).scroll_visible(animate=False)
    await pilot.pause()
    await pilot.click(selector)
    await pilot.pause()


async def fill_record_dates(pilot, screen: WorksheetScreen) -> None:
    """The instant offense commenced Jan. 1, 2024; the defendant was born in 1985 (an adult
    at the prior offense)."""
    dates = screen.query_one("#record-dates")
    await type_into(pilot, dates.query_one(".fact-instant_offense_began", Input), "2024-01-01")
    await type_into(pilot, dates.query_one(".fact-birth_date", Input), "1985-03-01")


async def fill_heroin_count(pilot, count: CountFacts) -> None:
    """A § 841(b)(1)(C) count with 900 g of heroin, typed into the count's empty fields."""
    await type_into(pilot, count.query_one(".fact-statute", Input),
                    "21 U.S.C. 841(a)(1), (b)(1)(C)")
    drug = count.query_one(DrugRow)
    await type_into(pilot, drug.query_one(".substance", Input), "heroin")
    await type_into(pilot, drug.query_one(".amount", Input), "900")
    await choose(pilot, drug.query_one(".unit", Select), "g")


async def fill_prior(pilot, prior: ModelRow, imprisonment: str = "2 years") -> None:
    await choose(pilot, prior.field("kind"), "felony")
    await type_into(pilot, prior.field("offense_date"), "2015-01-10")
    await type_into(pilot, prior.field("sentence_date"), "2015-06-01")
    await type_into(pilot, prior.field("imprisonment"), imprisonment)


async def test_add_a_count_with_a_drug(tmp_path: Path) -> None:
    app = WorksheetApp(CaseDocument.open(heroin_case(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        assert "Level 24" in summary(screen) and "51–63 months" in summary(screen)
        counts = screen.query_one(CountList)
        assert not counts.several
        await click(pilot, "#add-count")  # the mouse, as a user would
        await pilot.pause()
        assert counts.several
        first, second = screen.query(CountFacts)
        # the offense became Count 1, facts and all; the cursor is in the new count
        assert first.query_one(DrugRow).query_one(".substance", Input).value == "heroin"
        assert screen.focused is second.query_one(".count-name", Input)
        # a count without its statute: said under the field, the rest kept
        message = message_at(second, "counts[1].statute")
        assert message.display
        assert "required when there are several counts" in shown_text(message)
        await fill_heroin_count(pilot, second)

        assert screen.outcome.problems == ()
        assert "Level 30" in summary(screen) and "97–121 months" in summary(screen)
        case = screen.outcome.case
        assert case is not None and "offense" not in case.model_fields_set
        assert [c.drugs for c in case.counts] == [[Drug(substance="heroin", quantity="100 g")],
                                                  [Drug(substance="heroin", quantity="900 g")]]
        assert "§3D1.2" in shown_text(screen.query_one(ChainView))

        # Ctrl+N in a drug adds a drug to that count; F8 removes an empty one without asking
        second.query_one(DrugRow).query_one(".amount", Input).focus()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert len(second.query(DrugRow)) == 2 and len(first.query(DrugRow)) == 1
        assert screen.focused is second.query(DrugRow)[1].query_one(".substance", Input)
        await pilot.press("f8")
        await pilot.pause()
        assert len(second.query(DrugRow)) == 1
        assert "Level 30" in summary(screen)

        # F8 in a count asks, then removes it: one count left, 100 g again
        second.query_one(".count-name", Input).focus()
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert len(screen.query(CountFacts)) == 1
        assert "Level 24" in summary(screen)


async def test_a_prior_sentence_changes_the_category(tmp_path: Path) -> None:
    app = WorksheetApp(CaseDocument.open(heroin_case(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        assert "Category I " in summary(screen)
        await add_by_key(pilot, screen, "prior")
        record = screen.query_one(PriorRecord)
        (prior,) = record.rows
        assert isinstance(prior, ModelRow)
        assert screen.query_one("#category", Select).value == FROM_RECORD
        assert screen.focused is prior.field("description")
        await type_into(pilot, prior.field("description"), "Robbery, Hartford Superior Court")
        await fill_prior(pilot, prior)
        # the record is counted back from the commencement of the instant offense
        await fill_record_dates(pilot, screen)

        assert screen.outcome.problems == ()
        assert "Category II" in summary(screen) and "57–71 months" in summary(screen)
        history = screen.outcome.case.criminal_history
        assert history.category is None and len(history.priors) == 1
        assert history.priors[0].imprisonment == "2 years"


async def test_add_and_remove_a_departure(tmp_path: Path) -> None:
    app = WorksheetApp(CaseDocument.open(heroin_case(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await add_by_key(pilot, screen, "departure")
        (row,) = screen.query(DepartureRow)
        assert screen.focused is row.query_one(".after", Select)
        assert not row.query_one(".count-row").display  # one offense: no count to name
        await choose(pilot, row.query_one(".after", Select), "total")
        await choose(pilot, row.query_one(".kind", Select), "by")
        await type_into(pilot, row.query_one(".amount", Input), "-2")
        await type_into(pilot, row.query_one(".reason", Input), "5K2.0 mitigating circumstance")
        assert "Level 22" in summary(screen) and "41–51 months" in summary(screen)
        assert len(screen.outcome.case.departures) == 1

        row.query_one(".reason", Input).focus()
        await pilot.press("f8")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog) and "Departure 1" in dialog.question
        await pilot.press("enter")  # Remove
        await pilot.pause()
        assert not screen.query(DepartureRow)
        assert screen.outcome.case.departures == []
        assert "Level 24" in summary(screen)
        assert screen.focused is screen.query_one("#add-departure", Button)


async def test_a_bad_value_is_shown_inline_and_everything_else_kept(tmp_path: Path) -> None:
    app = WorksheetApp(CaseDocument.open(heroin_case(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = worksheet(app)
        await add_by_key(pilot, screen, "prior")
        (prior,) = screen.query_one(PriorRecord).rows
        await fill_prior(pilot, prior, imprisonment="two years")
        await fill_record_dates(pilot, screen)

        message = message_at(prior, "criminal_history.priors[0].imprisonment")
        assert message.display and message.has_class("-invalid")
        assert "two years" in shown_text(message)
        assert screen.outcome.computation is None
        assert "Not computed" in summary(screen)
        assert screen.query_one(ChainView).stale
        # what was typed is all still there
        assert prior.field("kind").value == "felony"
        assert prior.field("offense_date").value == "2015-01-10"
        assert prior.field("sentence_date").value == "2015-06-01"
        assert prior.field("imprisonment").value == "two years"
        assert screen.query_one("#category", Select).value == FROM_RECORD
        assert screen.query_one(DrugRow).query_one(".amount", Input).value == "100"

        await type_into(pilot, prior.field("imprisonment"), "2 years", clear=True)
        assert not message.display
        assert "Category II" in summary(screen)


async def test_save_and_reload_keep_every_entry(tmp_path: Path) -> None:
    path = heroin_case(tmp_path)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(100, 40)) as pilot:
        screen = worksheet(app)
        await add_by_key(pilot, screen, "count")
        second = screen.query(CountFacts)[1]
        await type_into(pilot, second.query_one(".count-name", Input), "Possession")
        await fill_heroin_count(pilot, second)
        await add_by_key(pilot, screen, "prior")
        (prior,) = screen.query_one(PriorRecord).rows
        await fill_prior(pilot, prior)
        await fill_record_dates(pilot, screen)
        await add_by_key(pilot, screen, "departure")
        departure = screen.query_one(DepartureRow)
        await choose(pilot, departure.query_one(".after", Select), "chapter two")
        await choose(pilot, departure.query_one(".kind", Select), "by")
        await type_into(pilot, departure.query_one(".amount", Input), "-1")
        await type_into(pilot, departure.query_one(".reason", Input), "5K2.0 test")
        # several counts: the departure names the count it was made from
        assert departure.query_one(".count-row").display
        await type_into(pilot, departure.query_one(".count", Input), "Possession")
        await click(pilot, "#add-variance")
        await pilot.pause()
        variance = screen.query_one(VarianceRow)
        await type_into(pilot, variance.query_one(".amount", Input), "-6")
        await type_into(pilot, variance.query_one(".reason", Input), "3553(a)(1) history")
        assert screen.outcome.problems == ()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.modified
        edited = screen.outcome.case
        result = screen.outcome.computation.result

    saved = load_case(path)
    assert saved == edited
    assert calculate(saved).result == result  # the CLI computes what the app showed
    assert [c.name for c in saved.counts] == ["", "Possession"]
    assert saved.departures[0].count == "Possession"
    assert saved.variances[0].months == -6
    assert saved.criminal_history.priors[0].sentence_date.isoformat() == "2015-06-01"

    again = WorksheetApp(CaseDocument.open(path))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(again)
        assert screen.outcome.case == saved and not screen.modified
        assert screen.outcome.computation.result == result
        second = screen.query(CountFacts)[1]
        assert second.query_one(".count-name", Input).value == "Possession"
        assert second.query_one(DrugRow).query_one(".amount", Input).value == "900"
        (prior,) = screen.query_one(PriorRecord).rows
        assert prior.field("imprisonment").value == "2 years"
        assert prior.field("kind").value == "felony"
        assert screen.query_one(DepartureRow).query_one(".count", Input).value == "Possession"
        variance = screen.query_one(VarianceRow)
        assert variance.query_one(".reason", Input).value == "3553(a)(1) history"
        assert parse_case(path.read_text()) == saved


async def test_entries_the_file_states_wrongly_are_shown_and_kept(tmp_path: Path) -> None:
    """A drug that is not a table, prior sentences that are not a list: each shown with the
    model's words under it, none dropped; the case is not saved while they stand."""
    path = tmp_path / "bad.toml"
    text = HEROIN_CASE.replace(
        'drugs = [{ substance = "heroin", quantity = "100 g" }]',
        'drugs = [{ substance = "heroin", quantity = "100 g" }, "a lot"]').replace(
        'category = "I"', 'priors = "several"\ninstant_offense_began = 2024-01-01')
    path.write_text(text)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        fields = {problem.field for problem in screen.outcome.problems}
        assert fields == {"offense.drugs[1]", "criminal_history.priors"}
        assert screen.outcome.data["offense"]["drugs"][1] == "a lot"
        assert screen.outcome.data["criminal_history"]["priors"] == "several"
        assert message_at(screen, "offense.drugs[1]").display
        assert 'the case file has "several" here, where the form takes a list' in shown_text(
            message_at(screen, "criminal_history.priors"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert path.read_text() == text  # not saved: the file is as it was
        # an entry added replaces what was written; removing the odd drug asks first
        await add_by_key(pilot, screen, "prior")
        assert "criminal_history.priors" not in {p.field for p in screen.outcome.problems}
        odd = screen.query_one(AsWrittenRow)
        assert odd.entry_path == "offense.drugs[1]"
        odd.query_one(Button).focus()
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert not screen.query(AsWrittenRow)
        assert screen.outcome.data["offense"]["drugs"] == [
            {"substance": "heroin", "quantity": "100 g"}]


async def test_a_closed_group_opens_with_its_fields(tmp_path: Path) -> None:
    """Findings in a closed group are laid out when it is opened, and count at once:
    §3A1.1(b)(1) "If the defendant knew or should have known that a victim of the offense was
    a vulnerable victim, increase by 2 levels" (2025 Manual): 24 + 2 = 26, 63-78 months."""
    app = WorksheetApp(CaseDocument.open(heroin_case(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = worksheet(app)
        victim = screen.query_one("#victim")
        assert not victim.query(".fact-vulnerable_victim")  # not laid out while closed
        title = victim.query_one("CollapsibleTitle")
        title.focus()
        await pilot.press("enter")
        await pilot.pause()
        box = victim.query_one(".fact-vulnerable_victim")
        box.focus()
        await pilot.press("space")
        await pilot.pause()
        assert "Level 26" in summary(screen) and "63–78 months" in summary(screen)
        assert screen.outcome.case.adjustments.victim.vulnerable_victim
