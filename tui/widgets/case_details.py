"""The caption of the worksheet: case name, docket, defendant, notes."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, TextArea

from ..form_values import str_value, text_of
from .field_input import FieldInput, OrderedTextArea
from .field_message import FieldMessage, compose_field


class CaseDetails(Vertical):
    """[case] name, docket, defendant and notes."""

    FIELDS = (("name", "Case name", "United States v. …"), ("docket", "Docket", "No. …"),
              ("defendant", "Defendant", "optional"))

    def __init__(self, info: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Case"
        self._info = info

    def compose(self) -> ComposeResult:
        for key, label, placeholder in self.FIELDS:
            yield from compose_field(
                label, f"case.{key}",
                FieldInput(text_of(self._info.get(key)), placeholder=placeholder, compact=True,
                      id=f"case-{key}"))
        yield from compose_field(
            "Notes", "case.notes",
            OrderedTextArea(text_of(self._info.get("notes")), soft_wrap=True, compact=True,
                            id="case-notes"), classes="notes-row")
        yield FieldMessage("case")

    def data(self) -> dict[str, Any]:
        info = {key: str_value(self.query_one(f"#case-{key}", Input).value)
                for key, _, _ in self.FIELDS}
        info["notes"] = str_value(self.query_one("#case-notes", TextArea).text)
        return {"case": info}
