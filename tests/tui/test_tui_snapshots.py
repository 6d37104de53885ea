"""How each tab of the worksheet looks with the Leon case (examples/leon-1994.toml, the
Nov. 1, 1993 Manual as amended Sept. 23, 1994), at the smallest supported terminal (80×24),
and the main tab also at a roomy one (120×40). Baselines are the SVGs in
tests/tui/__snapshots__/test_tui_snapshots/; after a deliberate change of look, regenerate with
`pytest tests/tui/test_tui_snapshots.py --snapshot-update` and review the SVGs (a failed run
writes a side-by-side report, snapshot_report.html).

The comparison is byte for byte after the plugin's one normalisation (the per-run id in the
SVG's style names); the screen is otherwise fixed (fixed size, fixed case file, each test
its own empty state directory, so no recovery dialog). The last test checks that a single
character changed on screen fails the comparison.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pytest_textual_snapshot import normalize_svg
from textual._doc import take_svg_screenshot
from textual.pilot import Pilot
from textual.widgets import TabbedContent

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import TAB_KEYS_BY_TAB, WorksheetScreen
from ussg.tui.widgets.checklist_view import ChecklistRow
from ussg.tui.widgets.reduction_view import ReductionView

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled, until

LEON = EXAMPLES / "leon-1994.toml"
BASELINES = Path(__file__).parent / "__snapshots__" / "test_tui_snapshots"


def leon() -> WorksheetApp:
    return WorksheetApp(CaseDocument.open(LEON))


def showing(tab: str, ready=lambda screen: True):
    """A ``run_before`` for the snapshot: the tab's key, then wait until the tab is shown
    and ``ready(screen)`` holds, and the app is idle."""
    key = TAB_KEYS_BY_TAB[tab]

    async def run_before(pilot: Pilot) -> None:
        await until(pilot, lambda: isinstance(pilot.app.screen, WorksheetScreen)
                    and pilot.app.screen.loaded)
        await pilot.press(key)
        screen = pilot.app.screen
        await until(pilot, lambda: screen.query_one(TabbedContent).active == tab
                    and ready(screen))
        await settled(pilot)
        await pilot.pause()

    return run_before


def test_worksheet_with_leon_at_80x24(snap_compare) -> None:
    assert snap_compare(leon(), terminal_size=(80, 24))


def test_worksheet_with_leon_at_120x40(snap_compare) -> None:
    assert snap_compare(leon(), terminal_size=(120, 40))


def test_checklist_tab_with_leon_at_80x24(snap_compare) -> None:
    """The Checklist (F3): the items of the Nov. 1, 1993 edition, none marked."""
    assert snap_compare(leon(), terminal_size=(80, 24), run_before=showing(
        "checklist", lambda screen: bool(screen.query(ChecklistRow))))


def test_table_tab_with_leon_at_80x24(snap_compare) -> None:
    """The Sentencing Table (F4), Leon's cell (level 43, category I: life) marked."""
    assert snap_compare(leon(), terminal_size=(80, 24), run_before=showing("table"))


def test_compare_tab_with_leon_at_80x24(snap_compare) -> None:
    """Compare (F5): the same facts under the edition offered first."""
    assert snap_compare(leon(), terminal_size=(80, 24), run_before=showing(
        "compare", lambda screen: screen.comparison is not None))


def test_reductions_tab_with_leon_at_80x24(snap_compare, tmp_path: Path) -> None:
    """Reductions (F10): Leon sentenced to life, a motion decided Nov. 1, 2015 (Amendment
    782's date under §1B1.10(e)(1)): the motion's facts, then `ussg reduce`'s text — the
    amended range still life (README "Sentence reductions")."""
    path = tmp_path / LEON.name
    path.write_text(LEON.read_text(encoding="utf-8")
                    + "\n[sentence]\nimposed_life = true\n"
                    + "\n[reduction]\nmotion_date = 2015-11-01\n", encoding="utf-8")
    assert snap_compare(WorksheetApp(CaseDocument.open(path)), terminal_size=(80, 24),
                        run_before=showing("reductions", lambda screen: screen.query_one(
                            ReductionView).shown is not None))


def test_a_one_character_change_on_screen_fails_the_comparison(tmp_path: Path) -> None:
    """The Leon file under a name one letter apart ("leon-1994.toml", "leom-1994.toml"; the
    name is shown at the top right): the screen equals the baseline under the right name,
    and differs from it under the other."""
    baseline = normalize_svg(
        (BASELINES / "test_worksheet_with_leon_at_80x24.svg").read_text(encoding="utf-8"))
    same = tmp_path / "same" / LEON.name
    other = tmp_path / "other" / "leom-1994.toml"
    for path in (same, other):
        path.parent.mkdir()
        shutil.copy(LEON, path)
    def shot(path: Path) -> str:
        return normalize_svg(take_svg_screenshot(
            WorksheetApp(CaseDocument.open(path)), terminal_size=(80, 24)))
    assert shot(same) == baseline
    changed = shot(other)
    assert changed != baseline
    assert changed.replace("leom", "leon") == baseline  # that letter, and nothing else
