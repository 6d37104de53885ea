"""§2X1.1 over a guideline with its own facts table in the terminal app (the real app driven
by Pilot, the real example and CLI): examples/conspiracy-firearms-2x1.1-2025.toml, a conspiracy
(18 U.S.C. § 371) whose substantive offense is computed under §2K2.1 from [offense.firearms]
(§2K2.1(a)(7) 12, (b)(1)(A) 14; §2X1.1(b)(2) -3 = 11; 8-14 months, worked in its comments).
The form shows the count's guideline's table ([offense.inchoate]) and, beneath it, the table
of the guideline its substantive_guideline names ([offense.firearms]), following that field
as it is typed; what is typed in either is computed and saved."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.widgets.fact_fields import FactField
from ussg.tui.widgets.guideline_facts import GuidelineFacts

from tests.conftest import EXAMPLES
from tests.tui.test_tui_guideline_facts import app_result, cli_result, facts_shown, opened
from tests.tui.tui_pilot import settled, type_into, until

CONSPIRACY = EXAMPLES / "conspiracy-firearms-2x1.1-2025.toml"


async def test_the_substantive_table_is_computed_and_kept_on_saving(tmp_path: Path) -> None:
    stated = tomllib.loads(CONSPIRACY.read_text(encoding="utf-8"))["offense"]
    copy = tmp_path / CONSPIRACY.name
    shutil.copy(CONSPIRACY, copy)
    app = WorksheetApp(CaseDocument.open(copy))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        assert facts_shown(screen).path == "offense.inchoate"
        assert app_result(screen) == cli_result(CONSPIRACY) == (11, "I", 8, 14, False)
        await type_into(pilot, screen.query_one("#case").query(Input).first(), " (copy)")
        await settled(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.modified)
    saved = tomllib.loads(copy.read_text(encoding="utf-8"))["offense"]
    assert saved["firearms"] == stated["firearms"]
    assert saved["inchoate"] == stated["inchoate"]


def _field(section, name: str):
    return next(f for f in section.query(FactField) if f.name_in_model == name).value_widget


async def test_the_substantive_guidelines_facts_are_edited_in_the_form(tmp_path: Path) -> None:
    copy = tmp_path / CONSPIRACY.name
    shutil.copy(CONSPIRACY, copy)
    app = WorksheetApp(CaseDocument.open(copy))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        facts = screen.query_one(GuidelineFacts)
        firearms = facts.applied_shown
        assert facts.applied == "2K2.1" and firearms is not None
        assert firearms.path == "offense.firearms"
        # eight firearms: §2K2.1(b)(1)(B) "8-24" +4 (2025 Manual), 12 + 4 = 16, §2X1.1(b)(2)
        # -3 = 13; 13/I is 12-18 months (Sentencing Table)
        await type_into(pilot, _field(firearms, "number_of_firearms"), "8", clear=True)
        await settled(pilot)
        assert app_result(screen) == (13, "I", 12, 18, False)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.modified)
        assert app_result(screen) == cli_result(copy)
        assert tomllib.loads(copy.read_text(encoding="utf-8"))["offense"]["firearms"][
            "number_of_firearms"] == 8
        # naming another substantive guideline shows that one's facts instead, as typed; the
        # firearms findings stay in the file as loaded, the form keeping what was typed
        substantive = _field(facts.shown, "substantive_guideline")
        await type_into(pilot, substantive, "2B3.1", clear=True)
        await settled(pilot)
        assert facts.applied == "2B3.1"
        assert facts.applied_shown is not None and facts.applied_shown.path == "offense.robbery"
        assert not firearms.display
        await type_into(pilot, substantive, "2K2.1", clear=True)
        await settled(pilot)
        assert facts.applied_shown is firearms and firearms.display
        assert _field(firearms, "number_of_firearms").value == "8"
