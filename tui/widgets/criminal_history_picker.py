"""Chapter Four: the criminal history category, or the prior record that gives it."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Collapsible, Select

from guidelines.case import CriminalHistory
from guidelines.sentencing_table import CATEGORIES

from ..evaluation import ABSENT
from .fact_fields import FactFields
from .field_message import FieldMessage, compose_field

#: everything of [criminal_history] besides the category, shown as the schema describes it
MORE_FINDINGS = [name for name in CriminalHistory.model_fields if name != "category"]


class CriminalHistoryPicker(Vertical):
    """Criminal history: the category I to VI (Ch.4 Pt.A) as stated, and the rest of
    [criminal_history] (points, the prior record, Ch.4 Pt.B)."""

    def __init__(self, history: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Criminal history — Ch.4"
        self._history = history
        self._category = history.get("category")
        self._choices = [(c, c) for c in CATEGORIES]
        if self._category is not None and self._category not in CATEGORIES:
            self._choices.append((f"{self._category} (as written)", self._category))

    def compose(self) -> ComposeResult:
        value = self._category if self._category is not None else Select.NULL
        yield from compose_field(
            "Category", "criminal_history.category",
            Select(self._choices, prompt="(I–VI, or from the prior record)", value=value, compact=True,
                   id="category"))
        more = FactFields(CriminalHistory, "criminal_history", self._history, MORE_FINDINGS)
        yield Collapsible(more, title="points, prior record, Ch.4 Pt.B, §4C1.1",
                          collapsed=not more.stated)
        yield FieldMessage("criminal_history")

    def data(self) -> dict[str, Any]:
        value = self.query_one("#category", Select).value
        return {"criminal_history": {"category": ABSENT if value is Select.NULL else value,
                                     **self.query_one(FactFields).data()}}
