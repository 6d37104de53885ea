"""Textual's parsed stylesheets kept between starts (tui/css_cache.py): every rule set served
from the file is what Textual's own parser gives for its text, the first screen is the same
cell for cell with the cache and without it, and a text with errors, a damaged file or the
cache turned off are as without it."""

from __future__ import annotations

import pickle

import pytest
from textual.css.stylesheet import Stylesheet, StylesheetParseError
from textual.layout import Layout

from ussg.tui import css_cache
from ussg.tui.app import WorksheetApp
from ussg.tui.css_cache import CssCache, cached_parse_rules
from ussg.tui.document import CaseDocument
from ussg.tui.screens.worksheet import WorksheetScreen

from tests.conftest import EXAMPLES
from tests.tui.tui_pilot import settled, still_cells

LEON = EXAMPLES / "leon-1994.toml"
TEXTUAL_PARSE = getattr(Stylesheet._parse_rules, "__wrapped__", Stylesheet._parse_rules)


def _comparable(rules: list) -> list[tuple]:
    """Rule sets as values: a layout is a new object at each parse (Textual's get_layout),
    compared by its class and name."""
    return [(rule.selectors, rule.selector_names, rule.pseudo_classes, rule.is_default_rules,
             rule.tie_breaker, rule.errors,
             {name: ((type(value), value.name) if isinstance(value, Layout) else value)
              for name, value in rule.styles.get_rules().items()}) for rule in rules]


async def _first_screen() -> list[tuple]:
    app = WorksheetApp(CaseDocument.open(LEON))
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, WorksheetScreen) and app.screen.loaded
        return await still_cells(pilot)


async def test_the_rules_served_are_textuals_and_the_screen_the_same(monkeypatch,
                                                                     tmp_path) -> None:
    path = str(tmp_path / "css" / "rules.pickle")
    without = await _first_screen()

    first = CssCache(path)
    monkeypatch.setattr(Stylesheet, "_parse_rules", cached_parse_rules(first, TEXTUAL_PARSE))
    assert await _first_screen() == without  # parsed by Textual, kept
    assert first.parsed >= 30  # (a text parsed again in the run, on a new theme, is served)
    first.save()

    second = CssCache(path)
    monkeypatch.setattr(Stylesheet, "_parse_rules", cached_parse_rules(second, TEXTUAL_PARSE))
    assert await _first_screen() == without  # served from the file
    assert second.parsed == 0 and second.served >= 30
    assert second.kept is not None and second.used == set(first.used)

    # each text's rule sets from the file, against Textual's own parse of it now
    kinds = set()
    for key in second.used:
        css, read_from, is_default, tie_breaker, scope, variables = key
        fresh = TEXTUAL_PARSE(Stylesheet(variables=dict(variables)), css, read_from,
                              is_default, tie_breaker, scope)
        served = pickle.loads(second.kept[key])
        assert _comparable(served) == _comparable(fresh)
        kinds.update(type(value).__name__ for rule in served
                     for value in rule.styles.get_rules().values())
    assert {"Color", "Scalar", "Spacing"} <= kinds  # (values of several kinds compared)
    other = next(iter(second.used))
    assert _comparable(pickle.loads(second.kept[other])) != _comparable(TEXTUAL_PARSE(
        Stylesheet(), "Static { color: red; }", ("", "other")))  # (the comparison can fail)


def test_a_text_with_errors_is_reported_as_before_and_never_kept(monkeypatch,
                                                                tmp_path) -> None:
    cache = CssCache(str(tmp_path / "rules.pickle"))
    monkeypatch.setattr(Stylesheet, "_parse_rules", cached_parse_rules(cache, TEXTUAL_PARSE))
    stylesheet = Stylesheet()
    stylesheet.add_source("Static { colour: red; }", read_from=("", "bad"))
    with pytest.raises(StylesheetParseError):
        stylesheet.parse()
    assert cache.parsed == 0 and not cache.kept and not cache.used
    cache.save()
    assert not (tmp_path / "rules.pickle").exists()


def test_a_damaged_file_is_parsed_again_and_written_whole(monkeypatch, tmp_path) -> None:
    path = tmp_path / "rules.pickle"
    cache = CssCache(str(path))
    monkeypatch.setattr(Stylesheet, "_parse_rules", cached_parse_rules(cache, TEXTUAL_PARSE))
    stylesheet = Stylesheet()
    stylesheet.add_source("Static { color: red; }", read_from=("", "good"))
    stylesheet.parse()
    cache.save()
    data = path.read_bytes()
    assert data.startswith(css_cache.HEADER)
    path.write_bytes(data[:-10] + b"x" * 10)  # damaged: its checksum no longer matches
    again = CssCache(str(path))
    assert again._read() == {}
    monkeypatch.setattr(Stylesheet, "_parse_rules", cached_parse_rules(again, TEXTUAL_PARSE))
    stylesheet = Stylesheet()
    stylesheet.add_source("Static { color: red; }", read_from=("", "good"))
    stylesheet.parse()
    assert again.parsed == 1 and again.served == 0
    again.save()
    assert CssCache(str(path))._read().keys() == again.used


def test_the_cache_turned_off_is_not_installed(monkeypatch) -> None:
    monkeypatch.setenv("USSG_TABLE_CACHE", "0")
    before = Stylesheet._parse_rules
    assert css_cache.cache_path() is None and css_cache.install() is None
    assert Stylesheet._parse_rules is before
