"""The facts of the case, section by section, in the order of §1B1.1."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Checkbox, Input, Select, SelectionList, Static, TextArea

from guidelines.case import Acceptance, ObstructionFacts, Offense, StatutoryFacts, VictimFacts
from guidelines.drug_offense_facts import DrugTraffickingFacts

from ..form_values import as_dict, as_list, combine
from .case_details import CaseDetails
from .criminal_history_picker import CriminalHistoryPicker
from .departure_list import DepartureList
from .drug_list import DrugList
from .edition_picker import EditionPicker
from .findings_section import FindingsSection
from .role_picker import RolePicker

#: the §2D1.1 findings besides drugs and the weapon, in the model's order ((a), (b), (d))
MORE_DRUG_FINDINGS = list(DrugTraffickingFacts.model_fields)
STATUTE_FINDINGS = ["statute", "statutory_quantity", "statutory_minimum_months",
                    "statutory_maximum_months", "statutory_maximum_life",
                    "statutory_maximum_fine", "supervised_release_minimum_years"]


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
        adjustments = as_dict(data.get("adjustments"))
        kept = [f"{len(as_list(data.get(key)))} {words}" for key, words in
                (("counts", "counts ([[counts]])"), ("variances", "variances ([[variances]])"))
                if as_list(data.get(key))]
        if kept:
            yield Static(f"This file also states {' and '.join(kept)}: they are computed and "
                         "kept as written; edit them in the file. The form below edits the "
                         "single-count facts.", classes="hint", id="kept-as-written")
        yield EditionPicker(data, id="edition")
        yield DrugList(offense, self._substances, id="drugs")
        yield FindingsSection("Offense characteristics — §2D1.1", Offense, "offense", offense,
                              shown=["dangerous_weapon"], more=MORE_DRUG_FINDINGS,
                              more_title="§2D1.1(a), (b)(2)–(18), (d)", id="characteristics")
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
        yield FindingsSection("Statute — Ch.5 Pt.G", Offense, "offense", offense,
                              more=STATUTE_FINDINGS, more_title="statute of conviction",
                              id="statute")
        yield FindingsSection("Statutory facts", StatutoryFacts, "statutory",
                              as_dict(data.get("statutory")),
                              more=list(StatutoryFacts.model_fields),
                              more_title="§ 851, § 924(c), § 3553(e)", id="statutory")
        yield CaseDetails(as_dict(data.get("case")), id="case")

    def data(self) -> dict[str, Any]:
        """The form's values as a patch over the loaded case file (see evaluation.overlay)."""
        return combine(*(section.data() for section in self.query_children(
            "EditionPicker, DrugList, FindingsSection, RolePicker, DepartureList, "
            "CriminalHistoryPicker, CaseDetails")))

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

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        self._changed()

    def on_drug_list_rows_changed(self, event: DrugList.RowsChanged) -> None:
        event.stop()
        self._changed()

    def on_departure_list_rows_changed(self, event: DepartureList.RowsChanged) -> None:
        event.stop()
        self._changed()
