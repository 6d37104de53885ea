"""The count's guideline comes from the library's Chapter Two registry, and the chosen
guideline's own facts (``[offense.<facts_key>]``) are laid out from its facts model (issue #18,
"Growth"). The real app driven with Pilot, the real example files, the real CLI to compare:

- examples/firearm-2k2.1-2025.toml: a felon in possession under the 2025 Manual, §2K2.1(a)(1),
  (b)(1)(A), (b)(4)(A) and the cap of level 29 (its comments work it by hand);
- examples/reentry-2025.toml: §2L1.2 with three `[[offense.reentry.priors]]` entries, which the
  form shows and keeps but does not edit;
- examples/fraud-2025.toml: §2B1.1 (for the look of a long facts model with amounts);
- and each guideline of the registry chosen in a case that states nothing else, for the look
  of its form at 80×24.
"""

from __future__ import annotations

import io
import json
import shutil
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Label, Select, SelectionList

from ussg.guidelines.api import chapter_two_guideline, chapter_two_guidelines
from ussg.guidelines.cli import main
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.count_list import CountFacts
from ussg.tui.widgets.field_message import FieldMessage
from ussg.tui.widgets.guideline_facts import GuidelineFacts

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled, type_into, until

FIREARM = EXAMPLES / "firearm-2k2.1-2025.toml"
REENTRY = EXAMPLES / "reentry-2025.toml"
FRAUD = EXAMPLES / "fraud-2025.toml"
LEON = EXAMPLES / "leon-1994.toml"


def firearms_table(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))["offense"]["firearms"]


#: The firearm example without its guideline and its [offense.firearms] table: the user
#: chooses §2K2.1 and states the facts in the form.
def _unstated(text: str) -> str:
    before, rest = text.split("[offense.firearms]\n")
    after = rest.split("[acceptance]\n", 1)[1]
    return (before + "[acceptance]\n" + after).replace('guideline = "2K2.1"\n', "")


FIREARM_UNSTATED = _unstated(FIREARM.read_text(encoding="utf-8"))


async def opened(pilot: Pilot) -> WorksheetScreen:
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, WorksheetScreen) and app.screen.loaded)
    await settled(pilot)
    screen = app.screen
    assert isinstance(screen, WorksheetScreen)
    return screen


def cli_result(path: Path) -> tuple:
    """What `ussg calc --format json` gives for the file: level, category, range."""
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["calc", "--format", "json", str(path)]) == 0
    given = json.loads(out.getvalue().splitlines()[0])
    found = given["range"]
    return (given["total_offense_level"], given["criminal_history_category"],
            found["min_months"], found["max_months"], found["life"])


def app_result(screen: WorksheetScreen) -> tuple:
    assert screen.outcome.computation is not None, screen.outcome.problems
    result = screen.outcome.computation.result
    found = result.guideline_range
    return (result.total_offense_level, result.criminal_history_category, found.min_months,
            found.max_months, found.life)


def facts_shown(screen: WorksheetScreen):
    section = screen.query_one(GuidelineFacts).shown
    assert section is not None
    return section


def field_widget(screen: WorksheetScreen, name: str):
    section = facts_shown(screen)
    field = next(f for f in section.query("FactField") if f.name_in_model == name)
    return field.value_widget


async def test_the_guideline_list_is_the_registry_and_other() -> None:
    """Every guideline `ussg guidelines` lists, by section and summary, then "other"."""
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        select = screen.query_one(CountFacts).query_one(".guideline", Select)
        await until(pilot, lambda: bool(select.unavailable))  # (the 1993 Manual lacks some)
        offered = [(str(prompt), value) for prompt, value in select._options]
        registered = chapter_two_guidelines()
        assert len(registered) > 30
        listed = [*((f"§{g.section} {g.summary}", g.section) for g in registered),
                  ("other (level as found)", "other")]
        assert offered == [(label + (f" — {select.unavailable[value]}"
                                     if value in select.unavailable else ""), value)
                           for label, value in listed]
        assert select.value == "2D1.1"
        assert not screen.query_one(GuidelineFacts).display  # §2D1.1's facts are [offense]'s


async def test_choosing_2k2_1_and_stating_its_facts_gives_the_cli_range(tmp_path: Path) -> None:
    """From the firearm case without its guideline: choosing §2K2.1 lays out every fact of
    its model, each with its description as help; ticking and typing the example's facts
    gives the range `ussg calc` gives for the example, and saving writes its table."""
    path = tmp_path / "firearm.toml"
    path.write_text(FIREARM_UNSTATED, encoding="utf-8")
    assert "firearms" not in tomllib.loads(FIREARM_UNSTATED)["offense"]
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        guideline = screen.query_one(CountFacts).query_one(".guideline", Select)
        assert not screen.query_one(GuidelineFacts).display
        guideline.focus()
        await pilot.press("enter")
        await pilot.press(*"§2K2.1")
        await pilot.press("enter")
        await until(pilot, lambda: guideline.value == "2K2.1")
        await until(pilot, lambda: screen.query_one(GuidelineFacts).shown is not None)
        model = chapter_two_guideline("2K2.1").facts
        section = facts_shown(screen)
        fields = {f.name_in_model: f for f in section.query("FactField")}
        assert list(fields) == list(model.model_fields)
        assert all(f.tooltip == model.model_fields[name].description
                   for name, f in fields.items())

        for name in ("prohibited_person", "semiautomatic_large_capacity", "stolen"):
            box = field_widget(screen, name)
            assert isinstance(box, Checkbox) and not box.value
            box.focus()
            await pilot.press("space")
            await until(pilot, lambda box=box: box.value)
        await type_into(pilot, field_widget(screen, "number_of_firearms"), "5")
        statutes = field_widget(screen, "convicted_under")
        assert isinstance(statutes, SelectionList)
        statutes.focus()
        await pilot.pause()
        values = [statutes.get_option_at_index(i).value for i in range(statutes.option_count)]
        for _ in range(values.index("922(g)") - (statutes.highlighted or 0)):
            await pilot.press("down")
        await pilot.press("space")
        await until(pilot, lambda: statutes.selected == ["922(g)"])
        await settled(pilot)

        assert screen.outcome.data["offense"]["firearms"] == firearms_table(FIREARM)
        assert app_result(screen) == cli_result(FIREARM)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.modified)
    assert firearms_table(path) == firearms_table(FIREARM)
    assert cli_result(path) == cli_result(FIREARM)


async def test_the_firearm_example_loads_into_the_form_with_the_cli_range() -> None:
    """The example's [offense.firearms] shows in the form, and the app's result is the
    CLI's."""
    app = WorksheetApp(CaseDocument.open(FIREARM))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        assert screen.query_one(CountFacts).query_one(".guideline", Select).value == "2K2.1"
        stated = firearms_table(FIREARM)
        assert stated["number_of_firearms"] == 5
        assert field_widget(screen, "number_of_firearms").value == "5"
        for name in ("prohibited_person", "semiautomatic_large_capacity", "stolen"):
            assert stated[name] is True and field_widget(screen, name).value is True
        assert field_widget(screen, "convicted_under").selected == stated["convicted_under"]
        assert app_result(screen) == cli_result(FIREARM)


async def test_a_wrong_number_of_firearms_is_said_in_the_forms_words() -> None:
    """"five" in the number of firearms: the library refuses it, the field says so."""
    app = WorksheetApp(CaseDocument.open(FIREARM))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        await type_into(pilot, field_widget(screen, "number_of_firearms"), "five", clear=True)
        await settled(pilot)
        message = next(m for m in facts_shown(screen).query(FieldMessage)
                       if m.path == "offense.firearms.number_of_firearms")
        await until(pilot, lambda: message.display)
        assert "five" in str(message.render())
        assert "must be a whole number" in str(message.render())
        assert screen.outcome.computation is None


async def test_the_reentry_priors_are_shown_and_kept_on_saving(tmp_path: Path) -> None:
    """§2L1.2's per-prior entries are shown as stated ("edit in the case file") and saved
    unchanged; the list of deportation dates is one comma-separated field, saved as dates
    whatever the spacing typed."""
    path = tmp_path / "reentry.toml"
    shutil.copy(REENTRY, path)
    original = tomllib.loads(REENTRY.read_text(encoding="utf-8"))["offense"]["reentry"]
    assert len(original["priors"]) == 3
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        section = facts_shown(screen)
        priors = next(f for f in section.query("FactField") if f.name_in_model == "priors")
        assert not priors.edited_here
        assert "3 stated — edit in the case file" in str(priors.query_one(Label).render())
        deported = field_widget(screen, "deported_on")
        assert isinstance(deported, Input)
        assert deported.value == "2010-10-05, 2015-12-05, 2018-02-10"
        await type_into(pilot, deported, "2010-10-05,2015-12-05 ,  2018-02-10", clear=True)
        name = screen.query_one("#case").query(Input).first()
        await type_into(pilot, name, " (kept)")
        await settled(pilot)
        assert screen.modified
        assert app_result(screen) == cli_result(REENTRY)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.modified)
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["offense"]["reentry"] == original
    assert cli_result(path) == cli_result(REENTRY)


def scrolled_to_facts():
    """A ``run_before`` for a snapshot: the case loaded, the guideline's facts scrolled to
    the top of the form, the app idle."""

    async def run_before(pilot: Pilot) -> None:
        screen = await opened(pilot)
        facts = screen.query_one(GuidelineFacts)
        await until(pilot, lambda: facts.shown is not None)
        await settled(pilot)
        facts.shown.scroll_visible(animate=False, top=True)
        await settled(pilot)
        await pilot.pause()

    return run_before


def test_the_fraud_facts_at_80x24(snap_compare) -> None:
    """§2B1.1 (examples/fraud-2025.toml): amounts as fields, the findings as checkboxes."""
    assert snap_compare(WorksheetApp(CaseDocument.open(FRAUD)), terminal_size=(80, 24),
                        run_before=scrolled_to_facts())


def test_the_firearm_facts_at_80x24(snap_compare) -> None:
    assert snap_compare(WorksheetApp(CaseDocument.open(FIREARM)), terminal_size=(80, 24),
                        run_before=scrolled_to_facts())


def test_the_reentry_facts_at_80x24(snap_compare) -> None:
    assert snap_compare(WorksheetApp(CaseDocument.open(REENTRY)), terminal_size=(80, 24),
                        run_before=scrolled_to_facts())


#: each guideline of the registry under an edition that has it: the latest (2025), or for the
#: two Amendment 617 deleted on Nov. 1, 2001 (§2F1.1 into §2B1.1, §2S1.2 into §2S1.1) 2000
EDITION_FOR = {"2F1.1": "2000", "2S1.2": "2000"}
GUIDELINES = [g.section for g in chapter_two_guidelines()]


@pytest.mark.parametrize("section", GUIDELINES)
def test_the_form_for_each_guideline_at_80x24(snap_compare, tmp_path: Path,
                                              section: str) -> None:
    """A case that states only its edition and the guideline (a one-line file): the offense
    section at the top of the form, the guideline chosen and its facts (empty) laid out from
    its facts model below it, at the smallest terminal (issue #18: "of the form for each
    guideline"). A guideline without facts of its own shows the §2D1.1-style offense."""
    path = tmp_path / f"guideline-{section}.toml"
    path.write_text(f'# §{section} chosen, nothing else stated\n'
                    f'manual = "{EDITION_FOR.get(section, "2025")}"\n\n'
                    f'[offense]\nguideline = "{section}"\n', encoding="utf-8")

    async def run_before(pilot: Pilot) -> None:
        screen = await opened(pilot)
        count = screen.query_one(CountFacts)
        assert count.query_one(".guideline", Select).value == section
        guideline = chapter_two_guideline(section)
        if guideline.facts_key:
            await until(pilot, lambda: screen.query_one(GuidelineFacts).shown is not None)
            assert facts_shown(screen).path == f"offense.{guideline.facts_key}"
        screen.query_one("#counts").scroll_visible(animate=False, top=True)
        await settled(pilot)
        await pilot.pause()

    assert snap_compare(WorksheetApp(CaseDocument.open(path)), terminal_size=(80, 24),
                        run_before=run_before)


def _examples_with_facts() -> list[tuple[Path, str]]:
    """Every bundled example whose offense states its guideline's own facts table."""
    found = []
    for path in sorted(EXAMPLES.glob("*.toml")):
        offense = tomllib.loads(path.read_text(encoding="utf-8")).get("offense", {})
        guideline = chapter_two_guideline(offense.get("guideline", "2D1.1"))
        if guideline and guideline.facts_key and guideline.facts_key in offense:
            found.append((path, guideline.facts_key))
    return found


EXAMPLES_WITH_FACTS = _examples_with_facts()


def test_the_examples_cover_the_kinds_of_fact() -> None:
    """The round trip below goes through amounts, lists, entries and groups."""
    assert len(EXAMPLES_WITH_FACTS) >= 20
    keys = {key for _, key in EXAMPLES_WITH_FACTS}
    assert {"firearms", "reentry", "theft_fraud", "smuggling", "laundering"} <= keys


@pytest.mark.parametrize("path, key", EXAMPLES_WITH_FACTS,
                         ids=[p.stem for p, _ in EXAMPLES_WITH_FACTS])
async def test_an_example_loads_into_the_form_and_saves_back_unchanged(
        path: Path, key: str, tmp_path: Path) -> None:
    """Each example's [offense.<facts_key>] goes into the form and comes out as the file
    states it (an amount written as a string or an integer stays so; a list of dates stays
    dates); saved under another name, the table is the same and `ussg calc` gives the same."""
    stated = tomllib.loads(path.read_text(encoding="utf-8"))["offense"][key]
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    app = WorksheetApp(CaseDocument.open(copy))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        section = facts_shown(screen)
        assert section.path == f"offense.{key}"
        assert screen.outcome.data["offense"][key] == stated
        assert app_result(screen) == cli_result(path)
        await type_into(pilot, screen.query_one("#case").query(Input).first(), " (copy)")
        await settled(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.modified)
    assert tomllib.loads(copy.read_text(encoding="utf-8"))["offense"][key] == stated
    assert cli_result(copy) == cli_result(path)


@pytest.mark.parametrize("name", ["cryptographic-disclosure-2m3.6-1990",
                                  "witness-bribery-2j1.8-1990"])
async def test_a_guideline_reading_anothers_table_shows_it_and_saves_it_back(
        name: str, tmp_path: Path) -> None:
    """A deleted guideline without a table of its own (``shares_facts_of``: §2M3.6 reads
    §2M3.3's, §2J1.8 §2J1.3's): the form shows that guideline's table beneath it, with the
    example's facts; saved under another name, the table is the same and so is the range."""
    path = EXAMPLES / f"{name}.toml"
    offense = tomllib.loads(path.read_text(encoding="utf-8"))["offense"]
    (shared,) = chapter_two_guideline(offense["guideline"]).shares_facts_of
    key = chapter_two_guideline(shared).facts_key
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    app = WorksheetApp(CaseDocument.open(copy))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        facts = screen.query_one(GuidelineFacts)
        assert facts.applied_all == (shared,) and facts.applied_shown is not None
        assert facts.applied_shown.path == f"offense.{key}"
        assert list(facts.values()) == [key]  # the patch the form saves: that table
        assert app_result(screen) == cli_result(path)
        await type_into(pilot, screen.query_one("#case").query(Input).first(), " (copy)")
        await settled(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.modified)
    assert tomllib.loads(copy.read_text(encoding="utf-8"))["offense"][key] == offense[key]
    assert cli_result(copy) == cli_result(path)


async def test_an_amount_typed_is_read_by_the_library(tmp_path: Path) -> None:
    """§2B1.1(b)(1): "$3,600,000" typed as the loss gives what `ussg calc` gives for the
    fraud example with that loss written in the file."""
    written = tmp_path / "fraud-3600000.toml"
    written.write_text(FRAUD.read_text(encoding="utf-8").replace(
        'loss = "$600,000"', 'loss = "$3,600,000"'), encoding="utf-8")
    assert written.read_text(encoding="utf-8") != FRAUD.read_text(encoding="utf-8")
    assert cli_result(written) != cli_result(FRAUD)  # the amount matters to the range
    app = WorksheetApp(CaseDocument.open(FRAUD))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        loss = field_widget(screen, "loss")
        assert loss.value == "$600,000"
        await type_into(pilot, loss, "$3,600,000", clear=True)
        await settled(pilot)
        assert screen.outcome.data["offense"]["theft_fraud"]["loss"] == "$3,600,000"
        assert app_result(screen) == cli_result(written)


async def test_a_list_of_words_is_one_comma_separated_field(tmp_path: Path) -> None:
    """§2L1.1(b)(3)'s prior immigration felonies (the example's prior "1"): emptied, the
    case is the example without them; typed again, the example."""
    smuggling = EXAMPLES / "smuggling-2025.toml"
    without = tmp_path / "smuggling-without-priors.toml"
    without.write_text(smuggling.read_text(encoding="utf-8").replace(
        'immigration_felony_priors = ["1"]\n', ""), encoding="utf-8")
    assert cli_result(without) != cli_result(smuggling)
    app = WorksheetApp(CaseDocument.open(smuggling))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        priors = field_widget(screen, "immigration_felony_priors")
        assert isinstance(priors, Input) and priors.value == "1"
        await type_into(pilot, priors, "", clear=True)
        await settled(pilot)
        assert "immigration_felony_priors" not in screen.outcome.data["offense"]["smuggling"]
        assert app_result(screen) == cli_result(without)
        await type_into(pilot, priors, " 1 ,")
        await settled(pilot)
        assert screen.outcome.data["offense"]["smuggling"]["immigration_felony_priors"] == ["1"]
        assert app_result(screen) == cli_result(smuggling)


async def test_another_guideline_chosen_keeps_the_facts_stated() -> None:
    """The firearm example's guideline changed to "other": §2K2.1's facts are hidden, their
    table stays in the case as loaded; §2K2.1 chosen again shows them as they were."""
    app = WorksheetApp(CaseDocument.open(FIREARM))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        facts = screen.query_one(GuidelineFacts)
        guideline = screen.query_one(CountFacts).query_one(".guideline", Select)
        guideline.focus()
        await pilot.press("enter", *"other", "enter")
        await until(pilot, lambda: guideline.value == "other")
        await settled(pilot)
        assert not facts.display and facts.shown is None
        assert screen.outcome.data["offense"]["guideline"] == "other"
        assert screen.outcome.data["offense"]["firearms"] == firearms_table(FIREARM)
        guideline.focus()
        await pilot.press("enter", *"§2K2.1", "enter")
        await until(pilot, lambda: guideline.value == "2K2.1")
        await settled(pilot)
        assert facts.display and field_widget(screen, "number_of_firearms").value == "5"
        assert app_result(screen) == cli_result(FIREARM)


async def test_a_guideline_that_takes_the_drug_facts_shows_the_drug_list(tmp_path: Path) -> None:
    """§2D1.2 takes "the offense level from §2D1.1 applicable to the quantity" (registry:
    uses_drugs), as does §2K2.1 (its (c)(1) cross reference into §2D1.1): chosen on a case
    without drugs, the drug list is offered to enter them; §2B3.1 (robbery, no drug facts)
    does not offer it."""
    path = tmp_path / "firearm.toml"
    path.write_text(FIREARM_UNSTATED, encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        count = screen.query_one(CountFacts)
        guideline = count.query_one(".guideline", Select)
        assert not count.drugs.values()
        for section, offered in (("2B3.1", False), ("2D1.2", True), ("2K2.1", True)):
            guideline.focus()
            await pilot.press("enter")
            await pilot.press(*f"§{section}")
            await pilot.press("enter")
            await until(pilot, lambda section=section: guideline.value == section)
            await settled(pilot)
            assert count.drugs.display is offered, section


async def test_a_bool_that_may_be_unstated_keeps_all_three_states(tmp_path: Path) -> None:
    """§2A3.2's ``sexual_act_or_contact`` (``bool | None``; Nov. 1, 2001 - Oct. 31, 2004:
    (a)(1) 24 or (a)(2) 21) is a yes / no / "—" choice, not a checkbox: an unticked box wrote
    ``false`` for a fact the file left unstated, and ``false`` stated is kept as false (it
    chooses (a)(2)). Saved back, the file states what it stated."""
    path = tmp_path / "statutory-rape-2002.toml"
    path.write_text(
        'manual = "2002"\n[offense]\nguideline = "2A3.2"\nstatutory_maximum_months = 360\n'
        '[offense.statutory_rape]\nchapter_117_violation = true\nsexual_act_or_contact = false\n'
        'victim_age = "twelve_but_not_sixteen"\n[criminal_history]\ncategory = "I"\n',
        encoding="utf-8")
    stated = tomllib.loads(path.read_text(encoding="utf-8"))["offense"]["statutory_rape"]
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        choice = field_widget(screen, "sexual_act_or_contact")
        assert isinstance(choice, Select) and choice.value is False
        assert screen.outcome.data["offense"]["statutory_rape"] == stated
        assert app_result(screen) == cli_result(path)
        choice.value = Select.NULL  # "—": not stated (the library then asks for it: 2001-2004)
        await settled(pilot)
        assert "sexual_act_or_contact" not in screen.outcome.data["offense"]["statutory_rape"]
        choice.value = True  # (a)(1)
        await settled(pilot)
        assert screen.outcome.data["offense"]["statutory_rape"]["sexual_act_or_contact"] is True
