"""§2X1.1 over a guideline with its own facts table in the terminal app (the real app driven
by Pilot, the real example and CLI): examples/conspiracy-firearms-2x1.1-2025.toml, a conspiracy
(18 U.S.C. § 371) whose substantive offense is computed under §2K2.1 from [offense.firearms]
(§2K2.1(a)(7) 12, (b)(1)(A) 14; §2X1.1(b)(2) -3 = 11; 8-14 months, worked in its comments).
The form shows the count's guideline's table ([offense.inchoate]); the substantive
guideline's table is kept as loaded (README, Known gaps)."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument

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
