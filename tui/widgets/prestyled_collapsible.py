"""Textual's Collapsible with its ``-collapsed`` class set when it is made.

Textual's Collapsible sets that class at its mount, after it and everything in it were
styled: a change of class styles the section and every widget in it again (its CSS hides
the contents by it, ``.-collapsed > Contents``). The worksheet has some seven of them, and
that second styling was about 2.6% of the first screen's CPU (issue #17). Made with the
class, the mount's change finds it there and changes nothing. Opened and closed later, it is
Textual's (tests/tui/test_tui_prestyled_collapsible.py compares the screens).
"""

from __future__ import annotations

from textual.widgets import Collapsible


class PrestyledCollapsible(Collapsible):
    """Textual's Collapsible, styled once at its mount (see the module's text)."""

    def __init__(self, *children, collapsed: bool = True, **kwargs) -> None:
        super().__init__(*children, collapsed=collapsed, **kwargs)
        self.set_class(collapsed, "-collapsed")  # as its mount would (not attached: no styling)
