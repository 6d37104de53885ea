"""Variances (18 U.S.C. § 3553(a)): a sentence outside the guideline range, in months, each
with the court's reason. Applied by the library after the range, last of all.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Select

from ..evaluation import ABSENT, overlay
from ..form_values import int_value, str_value, text_of
from .entry_list import EntryList, EntryRow
from .field_input import FieldInput
from .field_message import FieldMessage, field_row
from .lazy_select import LazySelect

BY_MONTHS, TO_MONTHS = "months", "to_months"
KIND_CHOICES = [("by ± months", BY_MONTHS), ("to months", TO_MONTHS)]


class VarianceRow(EntryRow):
    """One variance: by how many months (or to what sentence), and why."""

    NOUN = "Variance"

    def __init__(self, raw: dict[str, Any], index: int, list_path: str) -> None:
        super().__init__(raw, index, list_path)
        self._kind = TO_MONTHS if TO_MONTHS in raw and BY_MONTHS not in raw else BY_MONTHS

    def compose(self) -> ComposeResult:
        raw, base = self.raw, self.entry_path
        self._amount = FieldInput(text_of(raw.get(self._kind)), placeholder="-6", compact=True,
                                  classes="amount")
        self._reason = FieldInput(text_of(raw.get("reason")), compact=True, classes="reason",
                                  placeholder="the § 3553(a) factors (required)")
        yield field_row(
            "Vary",
            LazySelect(KIND_CHOICES, value=self._kind, allow_blank=False, compact=True,
                       classes="kind"),
            self._amount, self.remove_button())
        yield FieldMessage(f"{base}.{self._kind}", classes="amount-message")
        yield field_row("Reason", self._reason)
        yield FieldMessage(f"{base}.reason", classes="reason-message")
        yield FieldMessage(base, classes="row-message")

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.has_class("kind") and event.value in (BY_MONTHS, TO_MONTHS):
            self._kind = str(event.value)
            self.query_one(".amount-message", FieldMessage).path = (
                f"{self.entry_path}.{self._kind}")

    def values(self) -> dict[str, Any]:
        other = TO_MONTHS if self._kind == BY_MONTHS else BY_MONTHS
        return overlay(self.raw, {
            self._kind: int_value(self._amount.value),
            other: ABSENT,
            "reason": str_value(self._reason.value),
        })

    def summary(self) -> str:
        values = self.values()
        amount = values.get(self._kind)
        return f"{'to' if self._kind == TO_MONTHS else 'by'} {amount} months" if amount else ""


class VarianceList(EntryList):
    """The variances, in the order given."""

    NOUN = "variance"
    ADD_LABEL = "+ variance"
    ADD_ID = "add-variance"

    def __init__(self, variances: Any, **kwargs) -> None:
        super().__init__("variances", variances, **kwargs)
        self.border_title = "Variances — 18 U.S.C. § 3553(a)"

    def make_row(self, raw: dict[str, Any], index: int) -> EntryRow:
        return VarianceRow(raw, index, self.path)

    def data(self) -> dict[str, Any]:
        return self.patch("variances")
