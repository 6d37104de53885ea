"""Entries laid out from the schema: each field of the entry's model (``ussg.guidelines.case.model``)
as :class:`FactFields` shows it — the usual ones and any other the file states, then the
rest in a closed group (laid out when opened: a prior record has dozens of entries).
Prior sentences and their revocations are such entries.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from textual.app import ComposeResult
from textual.widgets import Collapsible

from ..evaluation import overlay
from ..form_values import combine
from .entry_list import EntryList, EntryRow
from .fact_fields import FactFields
from .field_message import FieldMessage
from .prestyled_collapsible import PrestyledCollapsible


class ModelRow(EntryRow):
    """One entry of a list of models (a prior sentence, a revocation)."""

    def __init__(self, model: type[BaseModel], raw: dict[str, Any], index: int,
                 list_path: str, noun: str, shown: list[str] | None = None,
                 more: list[str] | None = None, more_title: str = "more",
                 labels: dict[str, str] | None = None) -> None:
        super().__init__(raw, index, list_path)
        self.model = model
        self.noun = noun
        shown = shown if shown is not None else list(model.model_fields)
        self.shown = shown + [name for name in more or [] if name in raw]
        self.more = [name for name in more or [] if name not in raw]
        self.more_title = more_title
        self.labels = labels

    def compose(self) -> ComposeResult:
        self._groups = [FactFields(self.model, self.entry_path, self.raw, self.shown,
                                   compact=True, labels=self.labels,
                                   beside=self.remove_button())]
        yield self._groups[0]
        if self.more:
            more = FactFields(self.model, self.entry_path, self.raw, self.more, compact=True,
                              labels=self.labels)
            more.closed = True  # laid out when first opened
            self._groups.append(more)
            yield PrestyledCollapsible(more, title=self.more_title)
        yield FieldMessage(self.entry_path, classes="row-message")

    async def on_collapsible_expanded(self, event: Collapsible.Expanded) -> None:
        event.stop()
        for group in self._groups:
            await group.open()

    def field(self, name: str) -> Any:
        """The widget that holds field ``name`` (for readers and tests)."""
        for group in self._groups:
            if name in group.names:
                return group.field(name).value_widget
        raise KeyError(name)

    def values(self) -> dict[str, Any] | None:
        patch = combine(*(group.data() for group in self._groups))
        return overlay(self.raw, patch)

    def summary(self) -> str:
        values = self.values() or {}
        words = [str(values[name]) for name in self.shown[:3]
                 if isinstance(values.get(name), (str, int)) or hasattr(values.get(name),
                                                                       "isoformat")]
        return ", ".join(words)


class ModelEntryList(EntryList):
    """Entries of one model, as a list field of the schema gives them."""

    def __init__(self, model: type[BaseModel], path: str, entries: list[Any], noun: str,
                 shown: list[str] | None = None, more: list[str] | None = None,
                 more_title: str = "more", labels: dict[str, str] | None = None,
                 **kwargs) -> None:
        super().__init__(path, entries, **kwargs)
        self.model = model
        self.noun = noun
        self.NOUN = noun.lower()
        self.ADD_LABEL = f"+ {noun.lower()}"
        self.shown, self.more, self.more_title, self.labels = shown, more, more_title, labels

    def make_row(self, raw: dict[str, Any], index: int) -> EntryRow:
        return ModelRow(self.model, raw, index, self.path, self.noun, self.shown, self.more,
                        self.more_title, self.labels)
