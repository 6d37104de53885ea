"""The worksheet screen overrides two of Textual's private handlers to style and lay out once at
start-up (tui/screens/worksheet.py: ``_on_screen_resume``, ``_screen_resized``). They read
names Textual does not promise to keep; pyproject.toml bounds Textual below 9 for that reason.
This test fails, naming what is gone, if an installed Textual no longer has them, rather than
letting the app fail (or silently lay out three times) at start-up."""

from __future__ import annotations

import inspect

from textual import events
from textual.screen import Screen

from ussg.tui.screens.worksheet import WorksheetScreen


def test_the_private_names_the_worksheet_screen_relies_on_exist():
    for name in ("_on_screen_resume", "_screen_resized"):
        assert callable(getattr(Screen, name, None)), f"textual's Screen has no {name}"
        assert name in WorksheetScreen.__dict__, f"the worksheet no longer overrides {name}"
    assert "refresh_styles" in inspect.signature(events.ScreenResume).parameters
    assert "refresh_styles" in inspect.getsource(Screen._on_screen_resume)
    source = inspect.getsource(Screen)
    for name in ("_compositor", "_layout_widgets", "_layout_required", "check_idle"):
        assert name in source, f"textual's Screen no longer has {name}"


def test_the_private_names_the_worksheet_compositor_relies_on_exist():
    """tui/screens/compositor.py overrides Compositor.render_partial_update and _get_renders
    and calls its _render_chops and _regions_to_spans; without them the worksheet paints as Textual does
    (this test says so rather than letting the app quietly lose the grouping)."""
    from textual._compositor import ChopsUpdate, Compositor

    from ussg.tui.screens import compositor

    for name in ("render_partial_update", "_render_chops", "_regions_to_spans", "_get_renders"):
        assert callable(getattr(Compositor, name, None)), f"textual's Compositor has no {name}"
    assert list(inspect.signature(ChopsUpdate).parameters) == ["chops", "spans", "chop_ends"]
    assert compositor.TEXTUAL_INTERNALS
    assert isinstance(WorksheetScreen()._compositor, compositor.GroupedCompositor)


def test_the_private_names_the_worksheet_lists_rely_on_exist():
    """tui/widgets/lazy_select.py overrides Select's private handlers that reach for its list
    and reads its private attributes (tests/tui/test_tui_lazy_select.py compares the lists'
    behaviour with Textual's own)."""
    from textual.widgets import Select
    from textual.widgets._select import SelectCurrent, SelectOverlay

    from ussg.tui.widgets.lazy_select import LazySelect

    for name in ("_setup_options_renderables", "_watch_value", "_watch_expanded",
                 "_watch_prompt", "action_show_overlay", "_init_selected_option"):
        assert callable(getattr(Select, name, None)), f"textual's Select has no {name}"
    for name in ("_setup_options_renderables", "_watch_value", "_watch_expanded",
                 "_watch_prompt", "action_show_overlay", "compose"):
        assert name in LazySelect.__dict__, f"LazySelect no longer overrides {name}"
    source = inspect.getsource(Select)
    for name in ("self._options", "self._type_to_search", "self._allow_blank",
                 "SelectOverlay(type_to_search=", "data_bind(", "yield SelectCurrent("):
        assert name in source, f"textual's Select no longer has {name}"
    assert "placeholder" in inspect.signature(SelectCurrent).parameters
    assert "type_to_search" in inspect.signature(SelectOverlay).parameters
    # its compact lists draw their words and arrow as one widget (OneLineCurrent): what
    # Textual's SelectCurrent composes, and the words' widget it updates by its id
    current = inspect.getsource(SelectCurrent)
    for name in ('NonSelectableStatic(self.placeholder, id="label")', '"▼", classes="arrow down-arrow"',
                 '"▲", classes="arrow up-arrow"', 'query_one("#label", Static)'):
        assert name in current, f"textual's SelectCurrent no longer has {name}"
    from textual.widgets import Static
    from textual.widgets._select import NonSelectableStatic

    assert issubclass(NonSelectableStatic, Static)
    assert callable(getattr(LazySelect, "_context", None))
