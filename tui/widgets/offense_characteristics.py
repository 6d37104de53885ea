"""§2D1.1(b): the specific offense characteristics the form offers."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Checkbox

from .field_message import FieldMessage


class OffenseCharacteristics(Vertical):
    """Specific offense characteristics of §2D1.1(b)."""

    def __init__(self, offense: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Offense characteristics — §2D1.1(b)"
        self._weapon = offense.get("dangerous_weapon") is True

    def compose(self) -> ComposeResult:
        yield Checkbox("(b)(1) Dangerous weapon possessed", self._weapon, compact=True,
                       id="dangerous-weapon")
        yield FieldMessage("offense.dangerous_weapon")
        yield FieldMessage("offense")

    def data(self) -> dict[str, Any]:
        return {"offense": {"dangerous_weapon": self.query_one("#dangerous-weapon", Checkbox).value}}
