"""The facts of the case, section by section, in the order of §1B1.1."""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Checkbox, Input, Select, SelectionList, TextArea

from ussg.guidelines.api import ImposedSentence
from ussg.guidelines.api import Acceptance, ObstructionFacts, StatutoryFacts, VictimFacts

from ..form_values import as_dict, combine
from .case_details import CaseDetails
from .count_list import CountList
from .criminal_history_picker import CriminalHistoryPicker
from .departure_list import DepartureList
from .drug_list import DrugList
from .edition_picker import EditionPicker
from .entry_list import EntryList
from .findings_section import FindingsSection
from .role_picker import RolePicker
from .variance_list import VarianceList


#: The form's sections that hold values, in the form's order.
SECTIONS = (EditionPicker, CountList, FindingsSection, RolePicker, DepartureList,
            CriminalHistoryPicker, VarianceList, CaseDetails)


class FactsForm(VerticalScroll):
    """Every fact the user states; posts :class:`FactsForm.Changed` on any edit."""

    class Changed(Message):
        """A fact was edited, added or removed."""

        def __init__(self, structure: bool = False) -> None:
            super().__init__()
            self.structure = structure  # entries were added or removed (new fields)

    def __init__(self, data: dict[str, Any], substances: list[str], **kwargs) -> None:
        super().__init__(can_focus=False, **kwargs)
        self._data = data
        self._substances = substances

    def compose(self) -> ComposeResult:
        data = self._data
        adjustments = as_dict(data.get("adjustments"))
        yield EditionPicker(data, id="edition")
        yield CountList(data, self._substances, id="counts")
        yield RolePicker(as_dict(adjustments.get("role")), id="role")
        yield FindingsSection("Victim — Ch.3 Pt.A", VictimFacts, "adjustments.victim",
                              as_dict(adjustments.get("victim")),
                              more=list(VictimFacts.model_fields), more_title="§§3A1.1–3A1.5",
                              id="victim")
        yield FindingsSection("Obstruction — Ch.3 Pt.C", ObstructionFacts,
                              "adjustments.obstruction", as_dict(adjustments.get("obstruction")),
                              more=list(ObstructionFacts.model_fields),
                              more_title="§§3C1.1–3C1.4", id="obstruction")
        yield FindingsSection("Acceptance — §3E1.1", Acceptance, "acceptance",
                              as_dict(data.get("acceptance")),
                              shown=list(Acceptance.model_fields), id="acceptance")
        yield DepartureList(data.get("departures"), id="departures")
        yield CriminalHistoryPicker(as_dict(data.get("criminal_history")), id="history")
        yield FindingsSection("Statutory facts", StatutoryFacts, "statutory",
                              as_dict(data.get("statutory")),
                              more=list(StatutoryFacts.model_fields),
                              more_title="§ 851, § 924(c), § 3553(e)", id="statutory")
        yield VarianceList(data.get("variances"), id="variances")
        yield FindingsSection("Sentence imposed — §5G1.2(b)", ImposedSentence, "sentence",
                              as_dict(data.get("sentence")),
                              more=list(ImposedSentence.model_fields),
                              more_title="the total punishment, for each count's sentence",
                              id="sentence")
        yield CaseDetails(as_dict(data.get("case")), id="case")

    def on_mount(self) -> None:
        self._sync_count_names()

    def data(self) -> dict[str, Any]:
        """The form's values as a patch over the loaded case file (see evaluation.overlay).
        (The sections found by type, not by a CSS query: a key reads the form twice, and
        the query was two thirds of a reading.)"""
        return combine(*(section.data() for section in self.children
                         if isinstance(section, SECTIONS)))

    def set_substances(self, names: list[str]) -> None:
        self.query_one(CountList).set_substances(names)

    def offer_guidelines(self, not_offered: dict[str, str], on: dt.date | None = None) -> None:
        self.query_one(CountList).offer_guidelines(not_offered, on)

    def show_applied_edition(self, label: str) -> None:
        self.query_one(EditionPicker).show_applied(label)

    def _sync_count_names(self) -> None:
        """Departures from one count name it: they follow the counts' names."""
        self.query_one(DepartureList).set_counts(self.query_one(CountList).names())

    def _changed(self, structure: bool = False) -> None:
        self.post_message(self.Changed(structure))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.input.has_class("count-name"):
            self._sync_count_names()
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

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        self._changed()

    def on_entry_list_rows_changed(self, event: EntryList.RowsChanged) -> None:
        event.stop()
        if isinstance(event.entries, CountList):
            self._sync_count_names()
        self._changed(structure=True)

    def entry_lists(self) -> dict[str, EntryList]:
        """The lists entries are added to, by what they hold (the first count's drugs)."""
        return {"count": self.query_one(CountList),
                "drug": self.query(DrugList).first(),
                "prior": self.query_one("#prior-record", EntryList),
                "departure": self.query_one(DepartureList),
                "variance": self.query_one(VarianceList)}
