"""The terminal app refuses what the CLI refuses, with the same words, under the field:
a §3B1.1 fact stated without an aggravating role (§3B1.1 adjusts only for an organizer,
leader, manager or supervisor) and a prior dated before the defendant's birth.
"""

from __future__ import annotations

from pathlib import Path

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import WorksheetScreen
from ussg.tui.widgets.field_message import FieldMessage

from tests.tui.tui_pilot import shown_text

CASE = """\
# 100 g of heroin, 2025 Manual; five participants stated, but no aggravating role: the
# number would be dropped without a word, so it is refused (§3B1.1).
sentencing_date = 2025-11-01

[offense]
drugs = [{ substance = "heroin", quantity = "100 g" }]

[adjustments.role]
participants = 5

[criminal_history]
category = "I"
"""


async def test_a_conflict_is_shown_under_each_field_it_names(tmp_path: Path) -> None:
    path = tmp_path / "role.toml"
    path.write_text(CASE)
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorksheetScreen)
        problems = {p.field: p.message for p in screen.outcome.problems}
        assert list(problems) == ["adjustments.role.participants"]
        assert problems["adjustments.role.participants"].startswith(
            "a §3B1.1 fact, read only with an aggravating role")
        message = next(m for m in screen.query(FieldMessage)
                       if m.path == "adjustments.role.participants")
        assert "read only with an aggravating role" in shown_text(message)
        assert screen.outcome.computation is None  # nothing computed while it stands
