"""The worksheet's footer (tui/screens/worksheet.py, ``CompactFooter``) is recomposed only when
the keys it would show differ from the keys it shows: Textual's footer recomposes at every
change of the screen's bindings (up to three for one Tab), mostly into the same keys. After
each move of the focus, over fields, lists, buttons and sections, the keys shown are the keys
Textual's own recomposing gives, and some recomposes were skipped."""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from ussg.tui.app import WorksheetApp
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import CompactFooter

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled


def keys_shown(footer: Footer) -> list[tuple]:
    return [(key.key, key.description, key.action, key.disabled, key.tooltip,
             tuple(sorted(key.classes))) for key in footer.query(FooterKey)]


async def test_the_footer_shows_textuals_keys_after_each_move_of_the_focus(
        monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    asked, rebuilt = [0], [0]
    recompose, textuals = CompactFooter.recompose, Footer.recompose

    async def asked_for(footer) -> None:
        asked[0] += 1
        await recompose(footer)

    async def textuals_own(footer) -> None:
        rebuilt[0] += 1
        await textuals(footer)

    monkeypatch.setattr(CompactFooter, "recompose", asked_for)
    monkeypatch.setattr(Footer, "recompose", textuals_own)
    app = WorksheetApp(CaseDocument.open(EXAMPLES / "leon-1994.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        footer = app.screen.query_one(CompactFooter)
        kinds = set()
        for key in ["tab"] * 14 + ["shift+tab"] * 3:
            await pilot.press(key)
            await settled(pilot)
            kinds.add(type(app.focused).__name__)
            shown = keys_shown(footer)
            rebuilt_before = rebuilt[0]
            footer.call_later(textuals_own, footer)  # Textual's own, for the same bindings
            await settled(pilot)
            assert rebuilt[0] == rebuilt_before + 1
            rebuilt[0] -= 1  # (counted apart from the footer's own)
            assert keys_shown(footer) == shown, (key, type(app.focused).__name__)
        assert {"FieldInput", "LazySelect"} <= kinds, kinds  # keys of different widgets
        assert 0 < rebuilt[0] < asked[0], (rebuilt, asked)  # some recomposes skipped
