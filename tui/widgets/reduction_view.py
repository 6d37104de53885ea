"""The Reductions tab: a motion under 18 U.S.C. § 3582(c)(2) for the case on screen — the
original and the amended range under §1B1.10, as ``ussg reduce`` prints them.

The motion's facts are the case file's ``[reduction]`` (its date, substantial assistance,
custody), laid out from the library's model like every other section of the form and saved
with the case; *Amendment* is ``ussg reduce --amendment`` (one covered amendment alone;
empty: every covered amendment ussg can substitute) and is not part of the case file. The
library computes the reduction (``reduce_sentence``) and writes it (``text_reduction``):
this widget only shows the text, or the problem in the form's words.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Checkbox, Input, Static

from ussg.guidelines.api import Reduction, ReductionFacts
from ussg.guidelines.api import text_reduction

from ..evaluation import Problem
from ..wording import field_label, in_form_words
from .fact_fields import FactFields
from .field_input import FieldInput
from .field_message import FieldMessage, field_row
from .findings_section import nest

#: the id of the field for ``--amendment`` (the problems about it name this field)
AMENDMENT = "reduction-amendment"
#: the motion's facts as the form labels them (each field's description is its help)
LABELS = {"motion_date": "Motion date", "substantial_assistance": "Substantial assistance",
          "custody_began": "Custody began"}


class ReductionView(VerticalScroll):
    """The motion's facts, the amendment asked for, and the library's answer."""

    class Changed(Message):
        """A fact of the motion (the case file's ``[reduction]``) was edited."""

    class Picked(Message):
        """The amendment asked for was edited (not a fact of the case)."""

    def __init__(self, raw: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self._raw = raw
        self.shown: Reduction | Problem | None = None

    def compose(self) -> ComposeResult:
        motion = Vertical(id="reduction-motion")
        motion.border_title = "Motion — 18 U.S.C. § 3582(c)(2), §1B1.10"
        with motion:  # one line a fact, as an entry's (80×24 shows the result below)
            yield FactFields(ReductionFacts, "reduction", self._raw, compact=True,
                             labels=LABELS, id="reduction-facts")
            yield FieldMessage("reduction")
        amendment = FieldInput("", compact=True, id=AMENDMENT,
                               placeholder="every covered amendment")
        amendment.tooltip = ("One amendment §1B1.10(d) covers, substituted alone (ussg reduce "
                             "--amendment); empty: every covered amendment ussg can substitute")
        yield field_row("Amendment", amendment, classes="reduction-amendment")
        yield Static("", id="reduction-text")

    @property
    def amendment(self) -> str:
        """The amendment asked for, as typed ("" for every covered amendment)."""
        return self.query_one(f"#{AMENDMENT}", FieldInput).value.strip()

    def data(self) -> dict[str, Any]:
        """The motion's facts as a patch over the loaded case file."""
        return nest("reduction", self.query_one(FactFields).data())

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Picked() if event.input.id == AMENDMENT else self.Changed())

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.post_message(self.Changed())

    def show(self, answer: Reduction | Problem | None) -> None:
        self.shown = answer
        self.query_one("#reduction-text", Static).update(_words(answer))


def _words(answer: Reduction | Problem | None) -> Text:
    if answer is None:
        return Text("The reduction is computed once the facts of the case are complete and "
                    "valid (see the Worksheet tab).")
    if isinstance(answer, Problem):
        return Text(f"Not computed: {field_label(answer.field)}: {in_form_words(answer)}")
    return Text(text_reduction(answer))
