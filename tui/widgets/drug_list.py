"""§2D1.1(c): each controlled substance and its quantity, the substance chosen from the
edition's Drug Quantity Table with type-ahead.
"""

from __future__ import annotations

import re
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.suggester import SuggestFromList
from textual.widgets import Input, Select

from ussg.guidelines.engine.quantity import UNITS

from ..evaluation import ABSENT, overlay
from ..form_values import str_value, text_of
from .entry_list import EntryList, EntryRow
from .field_input import FieldInput
from .field_message import FieldMessage, field_row

#: the units offered, from the library's list (spelling variants such as "lbs" left out)
UNIT_CHOICES = [unit for unit in UNITS if unit not in ("lbs", "unit", "plant")]
_AMOUNT_AND_UNIT = re.compile(r"^\s*(.*?)\s*([A-Za-z]+)\s*$")
_ENDS_IN_WORD = re.compile(r"\d\s*[A-Za-z]+\s*$")  # "51 kgs": a number and a word


def split_quantity(text: str) -> tuple[str, str | None]:
    """"51 kg" -> ("51", "kg"); text whose unit is not offered stays whole: ("51 kgs", None)."""
    match = _AMOUNT_AND_UNIT.match(text)
    if match and match.group(1) and match.group(2).lower() in UNIT_CHOICES:
        return match.group(1), match.group(2).lower()
    return text, None


class DrugRow(EntryRow):
    """One substance and quantity (and, where it matters, its purity)."""

    NOUN = "Drug"
    BINDINGS = [Binding("ctrl+l", "pick_substance", "Substances")]

    def __init__(self, raw: dict[str, Any], index: int, list_path: str,
                 substances: list[str]) -> None:
        super().__init__(raw, index, list_path)
        self._original = text_of(raw.get("quantity"))
        self._split = split_quantity(self._original)
        self._substances = substances

    def compose(self) -> ComposeResult:
        amount, unit = self._split
        base = self.entry_path
        self._substance = FieldInput(
            text_of(self.raw.get("substance")), placeholder="type, or Ctrl+L for the list",
            suggester=SuggestFromList(self._substances, case_sensitive=False), compact=True,
            classes="substance")
        self._amount = FieldInput(amount, placeholder="amount", compact=True, classes="amount")
        self._unit: Select[str] = Select([(u, u) for u in UNIT_CHOICES], prompt="(unit)",
                                         value=unit or Select.NULL, compact=True, classes="unit")
        self._purity = FieldInput(text_of(self.raw.get("purity")), placeholder="93% (optional)",
                                  compact=True, classes="purity")
        yield field_row("Substance", self._substance, self.remove_button())
        yield FieldMessage(f"{base}.substance", classes="substance-message")
        yield field_row("Quantity", self._amount, self._unit)
        yield FieldMessage(f"{base}.quantity", classes="quantity-message")
        yield field_row("Purity", self._purity)
        yield FieldMessage(f"{base}.purity", classes="purity-message")
        yield FieldMessage(base, classes="row-message")

    def on_input_changed(self, event: Input.Changed) -> None:
        """One source for the unit: a unit typed with the amount ("51 kg") is the unit, and
        the unit list shows it at once (the list, not the field being typed in, changes)."""
        if event.input is self._amount:
            unit = split_quantity(event.value)[1]
            if unit is not None and self._unit.value != unit:
                self._unit.value = unit

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Leaving the amount, the unit typed in it is taken out (the list holds it)."""
        if event.widget is self._amount:
            amount, unit = split_quantity(self._amount.value.strip())
            if unit is not None and unit == self._unit.value:
                self._amount.value = amount

    def set_substances(self, names: list[str]) -> None:
        self._substances = names
        self._substance.suggester = SuggestFromList(names, case_sensitive=False)

    def action_pick_substance(self) -> None:
        """Choose from the edition's list (Ctrl+L), filtered by any part of the name."""
        from ..screens.substance_picker import SubstancePicker

        field = self._substance

        def picked(name: str | None) -> None:
            if name:
                field.value = name
                field.focus()

        self.app.push_screen(SubstancePicker(self._substances, field.value), picked)

    def values(self) -> dict[str, Any] | None:
        """The [[offense.drugs]] entry; None for a row left empty (nothing to state)."""
        amount, typed_unit = split_quantity(self._amount.value.strip())
        unit = typed_unit or self._unit.value  # "51 kg" in the amount: its unit
        if (amount, None if unit is Select.NULL else unit) == self._split:
            quantity = self._original  # unchanged: keep exactly what the file said
        elif _ENDS_IN_WORD.search(amount):
            quantity = amount  # a unit the list does not offer ("51 kgs"): as typed
        else:
            quantity = amount if unit is Select.NULL else f"{amount} {unit}"
        substance = self._substance.value
        purity = self._purity.value
        if not self.raw and not amount and not substance.strip() and not purity.strip():
            return None
        return overlay(self.raw, {
            "substance": str_value(substance),
            "quantity": str_value(quantity) if amount else ABSENT,
            "purity": str_value(purity),
        })

    def summary(self) -> str:
        values = self.values() or {}
        return ", ".join(str(values[key]) for key in ("substance", "quantity") if key in values)


class DrugList(EntryList):
    """The drugs attributed to the defendant (§1B1.3 relevant conduct) in one count."""

    NOUN = "drug"
    ADD_LABEL = "+ drug"
    ADD_ID = "add-drug"

    def __init__(self, path: str, drugs: Any, substances: list[str], **kwargs) -> None:
        super().__init__(path, drugs if drugs not in (None, []) else [{}], **kwargs)
        self.border_title = "Drugs — §2D1.1(c)"
        self._substances = substances

    def make_row(self, raw: dict[str, Any], index: int) -> EntryRow:
        return DrugRow(raw, index, self.path, self._substances)

    def set_substances(self, names: list[str]) -> None:
        if names == self._substances:
            return
        self._substances = names
        for row in self.rows:
            row.set_substances(names)  # type: ignore[attr-defined]
