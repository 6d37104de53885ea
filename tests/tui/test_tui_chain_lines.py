"""The chain keeps each step's wrapped lines (tui/widgets/chain_view.py): what it shows after
edits, a narrower window, a theme of other colours or a stale result must be what a chain
wrapped afresh shows — never a line kept from before that now reads or looks otherwise.

Leon (examples/leon-1994.toml): 51 kg of cocaine base, level 42 under §2D1.1(c)(1) of the
Nov. 1, 1993 Manual; 5 kg is a lower level.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from textual.widgets import Input

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.widgets.chain_view import HINT, ChainView
from ussg.tui.widgets.drug_list import DrugRow

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import drained, settled, shown_text, type_into

LEON = EXAMPLES / "leon-1994.toml"


def _as_sent(lines: list[Text], console: Console) -> list[tuple[str, list]]:
    """Each line as the terminal gets it: its text and its styled segments."""
    return [(line.plain, list(line.render(console))) for line in lines]


def _painted(chain: ChainView, console: Console) -> list[tuple[str, list]]:
    return _as_sent(chain._chain, console)


def _afresh(chain: ChainView) -> list[tuple[str, list]]:
    """The same chain wrapped with nothing kept."""
    kept = chain._wrapped
    chain._wrapped = {}
    try:
        fresh = chain._render_chain(chain.scrollable_content_region.width - 1)
    finally:
        chain._wrapped = kept
    return _as_sent(fresh, chain.app.console)


async def test_kept_lines_are_the_lines_wrapped_afresh(tmp_path) -> None:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = app.screen
        chain = screen.query_one(ChainView)
        amount = screen.query_one(DrugRow).query_one(".amount", Input)
        first = shown_text(chain)
        assert "§2D1.1(c)(1)" in first and chain.levels[0] == 42
        assert _painted(chain, app.console) == _afresh(chain)

        await type_into(pilot, amount, "5", clear=True)  # 5 kg: another level, same steps
        assert chain.levels[0] < 42 and shown_text(chain) != first
        assert _painted(chain, app.console) == _afresh(chain)

        await type_into(pilot, amount, "1")  # back to 51 kg: the first lines, kept
        assert shown_text(chain) == first
        assert _painted(chain, app.console) == _afresh(chain)

        wide = [plain for plain, _ in _painted(chain, app.console)]
        await pilot.resize_terminal(80, 24)  # narrower: wrapped again, not the wide lines
        await drained(pilot)
        narrow = [plain for plain, _ in _painted(chain, app.console)]
        assert narrow != wide and max(map(len, narrow)) < max(map(len, wide))
        assert _painted(chain, app.console) == _afresh(chain)

        before = _painted(chain, app.console)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await drained(pilot)
        after = _painted(chain, app.console)
        assert [p for p, _ in after] == [p for p, _ in before]
        assert after != before  # the section and level styles follow the theme
        assert after == _afresh(chain)

        await type_into(pilot, amount, "x")  # "51x": no result; the last one shown, stale
        assert chain.stale
        assert chain._chain[0].plain == "Last valid result — the input has errors"
        assert _painted(chain, app.console) == _afresh(chain)


async def test_before_any_result_the_hint_is_shown_whole() -> None:
    """A new worksheet has no result yet: the chain's hint is wrapped to the chain's width,
    every word on screen (it was one line, cut off after "the edit" at 80x24)."""
    app = WorksheetApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        chain = app.screen.query_one(ChainView)
        assert chain.computation is None
        region = chain.region
        shown = " ".join(
            "".join(segment.text for segment in strip)[region.x:region.right]
            for strip in app.screen._compositor.render_strips()[region.y:region.bottom])
        assert " ".join(shown.replace("▏", " ").split()) == " ".join(HINT.split())
        assert max(len(line.plain) for line in chain._chain) < region.width
