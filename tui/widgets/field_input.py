"""The form's text field: an Input that never asks for a new layout of the screen.

Textual's Input records the width of its text as its virtual size on every keystroke, and a
change of virtual size lays out the whole screen again — every widget of the form, each key
(6–10 ms at 120×40 with the Leon case, more with a long prior record). The form's fields have
a fixed size (one line, the width of their row), so nothing around them moves when their text
does: the field is repainted, and Input still scrolls its own text from that virtual size.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.widgets import Input


class FieldInput(Input):
    """An Input of a fixed size: typing repaints it without laying out the screen."""

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> FieldInput:
        if layout and not self.styles.auto_dimensions:
            layout = False  # its size does not depend on its text
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self
