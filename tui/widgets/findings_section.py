"""A section of the form made of findings from the schema: some always shown, the rest
in a collapsed group that opens by itself when the case file states any of them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Collapsible

from ..form_values import combine
from .fact_fields import FactFields
from .field_message import FieldMessage
from .prestyled_collapsible import PrestyledCollapsible


def nest(path: str, value: dict[str, Any]) -> dict[str, Any]:
    """("adjustments.victim", {...}) -> {"adjustments": {"victim": {...}}}."""
    for part in reversed(path.split(".")):
        value = {part: value}
    return value


class FindingsSection(Vertical):
    """Findings of one part of the case model, under a title naming the Manual's part."""

    def __init__(self, title: str, model: type[BaseModel], path: str, raw: dict[str, Any],
                 shown: list[str] | None = None, more: list[str] | None = None,
                 more_title: str = "", entries_editable: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.entries_editable = entries_editable  # False: lists of entries kept as loaded
        self.border_title = title
        self.model, self.path, self.raw = model, path, raw
        self.shown = shown or []
        self.more = more or []
        self.more_title = more_title or "more findings"

    def compose(self) -> ComposeResult:
        self._groups: list[FactFields] = []
        if self.shown:
            shown = FactFields(self.model, self.path, self.raw, self.shown,
                               entries_editable=self.entries_editable)
            self._groups.append(shown)
            yield shown
        if self.more:
            more = FactFields(self.model, self.path, self.raw, self.more,
                              entries_editable=self.entries_editable)
            more.closed = not more.stated  # laid out when first opened
            self._groups.append(more)
            yield PrestyledCollapsible(more, title=self.more_title, collapsed=not more.stated)
        yield FieldMessage(self.path)

    async def on_collapsible_expanded(self, event: Collapsible.Expanded) -> None:
        for group in self._groups:
            await group.open()

    def values(self) -> dict[str, Any]:
        """The findings as a patch over the part of the case at ``path``."""
        return combine(*(group.data() for group in self._groups))

    def data(self) -> dict[str, Any]:
        return nest(self.path, self.values())
