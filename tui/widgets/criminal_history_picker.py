"""Chapter Four: the criminal history category."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Select

from guidelines.sentencing_table import CATEGORIES

from ..evaluation import ABSENT
from .field_message import FieldMessage, compose_field


class CriminalHistoryPicker(Vertical):
    """Criminal history category I to VI (Ch.4 Pt.A)."""

    def __init__(self, history: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Criminal history — Ch.4"
        self._category = history.get("category")
        self._choices = [(c, c) for c in CATEGORIES]
        if self._category is not None and self._category not in CATEGORIES:
            self._choices.append((f"{self._category} (as written)", self._category))

    def compose(self) -> ComposeResult:
        value = self._category if self._category is not None else Select.NULL
        yield from compose_field(
            "Category", "criminal_history.category",
            Select(self._choices, prompt="choose I–VI", value=value, compact=True,
                   id="category"))
        yield FieldMessage("criminal_history")

    def data(self) -> dict[str, Any]:
        value = self.query_one("#category", Select).value
        return {"criminal_history": {"category": ABSENT if value is Select.NULL else value}}
