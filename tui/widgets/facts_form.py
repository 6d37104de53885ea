"""The facts of the case, section by section, in the order of §1B1.1."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Checkbox, Input, Select, TextArea

from ..form_values import as_dict, combine
from .case_details import CaseDetails
from .criminal_history_picker import CriminalHistoryPicker
from .departure_list import DepartureList
from .drug_list import DrugList
from .edition_picker import EditionPicker
from .offense_characteristics import OffenseCharacteristics
from .role_picker import RolePicker


class FactsForm(VerticalScroll):
    """Every fact the user states; posts :class:`FactsForm.Changed` on any edit."""

    class Changed(Message):
        """A fact was edited, added or removed."""

    def __init__(self, data: dict[str, Any], substances: list[str], **kwargs) -> None:
        super().__init__(can_focus=False, **kwargs)
        self._data = data
        self._substances = substances

    def compose(self) -> ComposeResult:
        data = self._data
        offense = as_dict(data.get("offense"))
        yield EditionPicker(data, id="edition")
        yield DrugList(offense, self._substances, id="drugs")
        yield OffenseCharacteristics(offense, id="characteristics")
        yield RolePicker(as_dict(as_dict(data.get("adjustments")).get("role")), id="role")
        yield DepartureList(data.get("departures"), id="departures")
        yield CriminalHistoryPicker(as_dict(data.get("criminal_history")), id="history")
        yield CaseDetails(as_dict(data.get("case")), id="case")

    def data(self) -> dict[str, Any]:
        """The form's values as a patch over the loaded case file (see evaluation.overlay)."""
        return combine(
            self.query_one(EditionPicker).data(),
            self.query_one(DrugList).data(),
            self.query_one(OffenseCharacteristics).data(),
            self.query_one(RolePicker).data(),
            self.query_one(DepartureList).data(),
            self.query_one(CriminalHistoryPicker).data(),
            self.query_one(CaseDetails).data(),
        )

    def set_substances(self, names: list[str]) -> None:
        self.query_one(DrugList).set_substances(names)

    def show_applied_edition(self, label: str) -> None:
        self.query_one(EditionPicker).show_applied(label)

    def _changed(self) -> None:
        self.post_message(self.Changed())

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._changed()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._changed()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self._changed()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._changed()

    def on_drug_list_rows_changed(self, event: DrugList.RowsChanged) -> None:
        event.stop()
        self._changed()

    def on_departure_list_rows_changed(self, event: DepartureList.RowsChanged) -> None:
        event.stop()
        self._changed()
