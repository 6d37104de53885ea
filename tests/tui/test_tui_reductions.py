"""The Reductions tab (F10, issue #18): the motion under 18 U.S.C. § 3582(c)(2) for the case
on screen, answered as `ussg reduce` answers it (README "Sentence reductions").

The Leon example (examples/leon-1994.toml: 51 kg of cocaine base, §2D1.1(c)(1) level 42 under
the Nov. 1, 1993 Manual, +2 weapon §2D1.1(b)(1), +4 leader §3B1.1(a): 48, treated as 43,
category I) with the term the court imposed, life imprisonment, and a motion decided on
Nov. 1, 2015 — the date from which §1B1.10(e)(1) lets an order reduce a term under
Amendment 782. Under Amendment 782 (and 505, 706, 750) the base level is 38: 38 + 2 + 4 = 44,
still 43, still life, so §1B1.10(a)(2)(B) makes the defendant ineligible.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, TabbedContent

from ussg.guidelines.cli import main
from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.field_message import FieldMessage
from ussg.tui.widgets.reduction_view import ReductionView

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled, shown_text, type_into, until

LEON = EXAMPLES / "leon-1994.toml"
#: the term imposed (the example's note: "life imprisonment"; §5G1.2(b) total punishment)
SENTENCED = LEON.read_text(encoding="utf-8") + (
    "\n# the total punishment the court imposed (the example's note: life imprisonment)\n"
    "[sentence]\nimposed_life = true\n")
#: and the motion, decided on Amendment 782's date under §1B1.10(e)(1)
MOTION = SENTENCED + (
    "\n# a § 3582(c)(2) motion decided Nov. 1, 2015 (§1B1.10(e)(1): Amendment 782's date)\n"
    "[reduction]\nmotion_date = 2015-11-01\n")


def case_file(tmp_path: Path, text: str, name: str = "leon-1994-motion.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


async def open_reductions(pilot, app: WorksheetApp) -> tuple[WorksheetScreen, ReductionView]:
    """The file loaded, then F10: the tab shown and its answer in."""
    await until(pilot, lambda: isinstance(app.screen, WorksheetScreen) and app.screen.loaded)
    screen = app.screen
    await pilot.press("f10")
    view = screen.query_one(ReductionView)
    await until(pilot, lambda: screen.query_one(TabbedContent).active == "reductions"
                and view.shown is not None)
    return screen, view


async def answer_on_opening(path: Path) -> str:
    """The Reductions tab's text for the case file ``path``, just opened."""
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        _, view = await open_reductions(pilot, app)
        return text_of(view)


def text_of(view: ReductionView) -> str:
    return shown_text(view.query_one("#reduction-text"))


async def answered(pilot, view: ReductionView, holds) -> str:
    """Until the tab's text satisfies ``holds``; that text."""
    await settled(pilot)
    await until(pilot, lambda: holds(text_of(view)))
    return text_of(view)


async def test_leon_with_a_motion_shows_still_life_as_ussg_reduce_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The tab shows the library's text, word for word what `ussg reduce FILE` prints: the
    amended range still life, ineligible under §1B1.10(a)(2)(B)."""
    path = case_file(tmp_path, MOTION)
    assert main(["reduce", str(path)]) == 0
    printed = " ".join(capsys.readouterr().out.split())
    assert "still life imprisonment" in printed
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        _, view = await open_reductions(pilot, app)
        shown = text_of(view)
        assert shown == printed
        assert "Eligible no (§1B1.10(a)(2)(B))" in shown
        assert "Offense level (amended) 38 + 2 + 4 = 44 → 43" in shown
        assert view.query_one("#fact-reduction-motion_date", Input).value == "2015-11-01"


async def test_the_motion_typed_in_the_form(tmp_path: Path) -> None:
    """No motion yet: the tab asks for its date in the form's words. Typed, the answer
    comes (still life), and the date is part of the case (saved with it); Amendment 505
    alone gives the same range under Amendment 505 (§1B1.10(c) as in force in 2015 lists
    it); an amendment ussg cannot substitute, or a number mistyped, is said in words."""
    path = case_file(tmp_path, SENTENCED)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen, view = await open_reductions(pilot, app)
        asked = text_of(view)
        assert asked.startswith("Not computed: Motion, motion date: give the date of the "
                                "court's order on the motion")
        assert "[reduction]" not in asked and "--motion-date" not in asked

        await type_into(pilot, view.query_one("#fact-reduction-motion_date", Input),
                        "2015-11-01")
        shown = await answered(pilot, view, lambda text: "Covered amendments" in text)
        assert "Covered amendments applied Amendment 782" in shown
        assert "the amended guideline range is still life imprisonment" in shown
        assert screen.outcome.data["reduction"] == {"motion_date": dt.date(2015, 11, 1)}
        assert screen.modified

        amendment = view.query_one("#reduction-amendment", Input)
        await type_into(pilot, amendment, "505")
        shown = await answered(pilot, view, lambda text: "applied Amendment 505" in text)
        assert "Amended range life imprisonment" in shown
        assert "amendment" not in screen.outcome.data["reduction"]  # not a fact of the case

        await type_into(pilot, amendment, "516", clear=True)
        refused = await answered(pilot, view, lambda text: "516" in text)
        assert refused.startswith("Not computed: Amendment: Amendment 516 is covered by "
                                  "§1B1.10, but ussg cannot substitute it")

        await type_into(pilot, amendment, "78x", clear=True)
        mistyped = await answered(pilot, view, lambda text: "78x" in text)
        assert mistyped.startswith("Not computed: Amendment: “78x” is not an amendment's "
                                   "number")


async def test_a_motion_ussg_does_not_compute_is_refused_in_words(tmp_path: Path) -> None:
    """Decided before Nov. 1, 1994, §1B1.10 (before Amendment 504) applied every amendment:
    ussg does not compute it, and says so under the motion's date's name. Without the term
    imposed the tab says where it is given (the worksheet's Sentence imposed)."""
    early = await answer_on_opening(case_file(tmp_path, MOTION.replace("2015-11-01",
                                                                         "1994-10-01")))
    assert early.startswith("Not computed: Motion, motion date: §1B1.10 as in force on "
                            "Oct. 1, 1994")
    assert "Amendment 504" in early

    unsentenced = await answer_on_opening(case_file(
        tmp_path, LEON.read_text(encoding="utf-8") + "\n[reduction]\nmotion_date = 2015-11-01\n",
        "unsentenced.toml"))
    assert unsentenced.startswith("Not computed: Sentence imposed: give the term of "
                                  "imprisonment imposed (Sentence imposed, on the Worksheet "
                                  "tab: months or life)")
    assert "[sentence]" not in unsentenced


async def test_a_case_that_is_not_valid_yet_says_so(tmp_path: Path) -> None:
    """A motion date that is not a date: the library refuses the case, the field says why,
    and the tab waits for a valid case instead of computing."""
    path = case_file(tmp_path, MOTION)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen, view = await open_reductions(pilot, app)
        field = view.query_one("#fact-reduction-motion_date", Input)
        await type_into(pilot, field, "2015-13-01", clear=True)
        shown = await answered(pilot, view, lambda text: "once the facts" in text)
        assert shown.startswith("The reduction is computed once the facts of the case are "
                                "complete and valid")
        assert "reduction.motion_date" in {p.field for p in screen.outcome.problems}
        message = next(m for m in view.query(FieldMessage)
                       if m.path == "reduction.motion_date")
        assert "not a date: type it as year-month-day" in str(message.content)
