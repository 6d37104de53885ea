"""The form's text fields: an Input (and the notes' TextArea) that keeps every key in the order typed, never selects
what it holds for replacement, and never asks for a new layout of the screen.

Keys in order: Textual's Input puts a typed character in at once, but runs its editing keys
(Backspace, Delete, the arrows, Home, End, Ctrl+U...) as bindings, which the app looks up
only after the key has passed every container up to the screen. The screen is busy while
the case is recomputed after the previous key, so at key-repeat speed a Backspace ran after
the characters typed after it ("9x3%", four Backspaces, "93%" became "9x%"). This field runs
its own editing keys as they come, in order with the characters, and Tab and Shift+Tab
too (the characters typed after a Tab belong to the next field).

No selection on focus: moving into a filled field (Tab) does not select its text, so a key
typed next is added to a note, a reason or a date instead of replacing it.

No layout: Textual's Input records the width of its text as its virtual size on every
keystroke, and a change of virtual size lays out the whole screen again — every widget of
the form, each key (6–10 ms at 120×40 with the Leon case, more with a long prior record).
The form's fields have a fixed size (one line, the width of their row), so nothing around
them moves when their text does: the field is repainted, and Input still scrolls its own
text from that virtual size.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.geometry import Region
from textual.widgets import Input, TextArea


#: the screen's keys from field to field, run by the field itself (as its editing keys are)
MOVES = {"tab": "app.focus_next", "shift+tab": "app.focus_previous"}


class KeysInOrder:
    """For a text widget: its editing keys (its own bindings) and Tab / Shift+Tab run as they
    come, in order with the characters typed, instead of after the screen passes them on."""

    async def _on_key(self, event: events.Key) -> None:
        move = MOVES.get(event.key)
        if move is not None:  # Tab leaves at once, not after the busy screen passes it on
            event.stop()
            event.prevent_default()
            await self.app.run_action(move, self)
            return
        if not event.is_printable:
            for binding in self._bindings.key_to_bindings.get(event.key, ()):
                if not binding.priority and await self.app.run_action(binding.action, self):
                    event.stop()
                    event.prevent_default()
                    return
        await super()._on_key(event)


class OrderedInput(KeysInOrder, Input):
    """An Input that edits in the order keys come and keeps its text on focus (the form's
    fields, and the dialogs' paths)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)


class OrderedTextArea(KeysInOrder, TextArea):
    """A TextArea (the case notes) that edits in the order keys come: Backspace, Enter, the
    arrows, Home and End in order with the characters typed around them. Tab leaves the box
    (its ``tab_behavior`` is "focus")."""


class FieldInput(OrderedInput):
    """A form field: an :class:`OrderedInput` of a fixed size, whose edits the screen may
    take up before the key's frame is painted (see :meth:`_on_key`)."""

    async def _on_key(self, event: events.Key) -> None:
        """The key, then — if it changed the text — the screen's ``edited_in_place`` hook
        (the worksheet recomputes there, when that is quick), still within this key's
        handling: the field's echo and the new result are painted in one frame instead of
        two (Textual paints at most one a 60th of a second, so a second frame came 17 ms or
        more after the first). The field's text is read, never written; keys typed
        meanwhile wait in this field's queue, in order."""
        before = self.value
        await super()._on_key(event)
        if self.value != before and self.is_attached:
            edited = getattr(self.screen, "edited_in_place", None)
            if edited is not None:
                await edited(self)

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> FieldInput:
        if layout and not self.styles.auto_dimensions:
            layout = False  # its size does not depend on its text
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self
