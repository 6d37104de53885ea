"""How the worksheet looks with the Leon case, at the smallest supported terminal (80×24)
and a roomy one (120×40). Baselines in tests/__snapshots__/; after a deliberate change of
look, regenerate with `pytest tests/test_tui_snapshots.py --snapshot-update` and review the
SVGs.
"""

from __future__ import annotations

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument

from tests.conftest import EXAMPLES

LEON = EXAMPLES / "leon-1994.toml"


def test_worksheet_with_leon_at_80x24(snap_compare) -> None:
    assert snap_compare(WorksheetApp(CaseDocument.open(LEON)), terminal_size=(80, 24))


def test_worksheet_with_leon_at_120x40(snap_compare) -> None:
    assert snap_compare(WorksheetApp(CaseDocument.open(LEON)), terminal_size=(120, 40))
