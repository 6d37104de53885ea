"""A guideline whose facts name more than one other guideline (``applies_facts_of`` with
several keys: §2M5.3(c)(2)'s §2A2.1 and (c)(3)'s §2M6.1) in the terminal app, driven by Pilot:
both named tables are shown beneath [offense.material_support], each follows its own key as it
is chosen, and the app computes what the command line computes.

2025 (tests/manual/ch2/s2m6_1/test_2m6_1_in_cross_references.py): §2M5.3(a) 26, (b)(1) +2 =
28; §2A2.1(a)(2) 27 not greater; §2M6.1(a)(2) 28, (b)(1) +2 = 30, greater: 30, category I:
97-121 months (Sentencing Table)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.widgets.guideline_facts import GuidelineFacts

from tests.tui.test_tui_guideline_facts import app_result, cli_result, field_widget, opened
from tests.tui.tui_pilot import settled

CASE = '''manual = "2025"
[offense]
guideline = "2M5.3"
[offense.material_support]
provided = ["firearms"]
attempted_murder_guideline = "2A2.1"
mass_destruction_guideline = "2M6.1"
[offense.attempted_murder]
[offense.weapons_of_mass_destruction]
dangerous_agent = "select_biological_agent"
[criminal_history]
category = "I"
'''


async def test_both_named_tables_shown_and_followed(tmp_path: Path) -> None:
    path = tmp_path / "material-support.toml"
    path.write_text(CASE, encoding="utf-8")
    app = WorksheetApp(CaseDocument.open(path))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        facts = screen.query_one(GuidelineFacts)
        assert facts.applied_all == ("2A2.1", "2M6.1") and facts.applied == "2A2.1"
        shown = [s.path for s in facts.query("FindingsSection") if s.display]
        assert shown == ["offense.material_support", "offense.attempted_murder",
                         "offense.weapons_of_mass_destruction"]
        assert app_result(screen) == cli_result(path) == (30, "I", 97, 121, False)
        # (c)(3) left unstated: §2M6.1's table is no longer shown; §2A2.1's still is
        choice = field_widget(screen, "mass_destruction_guideline")
        assert isinstance(choice, Select)
        choice.value = Select.NULL
        await settled(pilot)
        assert facts.applied_all == ("2A2.1",)
        shown = [s.path for s in facts.query("FindingsSection") if s.display]
        assert shown == ["offense.material_support", "offense.attempted_murder"]
        # chosen again: shown again
        choice.value = "2M6.1"
        await settled(pilot)
        assert facts.applied_all == ("2A2.1", "2M6.1")
        assert app_result(screen) == (30, "I", 97, 121, False)
