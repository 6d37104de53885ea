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

from ussg.guidelines.api import UNITS

from ..evaluation import ABSENT, overlay
from ..form_values import str_value, text_of
from .entry_list import EntryList, EntryRow
from .field_input import FieldInput
from .field_message import FieldMessage, field_row
from .lazy_select import LazySelect

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


#: how the court found the quantity (§2D1.1(c)): the key of [[offense.drugs]] it goes to
EXACTLY, AT_LEAST, BETWEEN = "quantity", "quantity_at_least", "quantity_between"
FOUND_CHOICES = [("exactly", EXACTLY), ("at least", AT_LEAST), ("between", BETWEEN)]
#: what separates the substances a mixture also contains (names hold commas: "3,4-…")
ALSO_SEPARATOR = ";"


class DrugRow(EntryRow):
    """One substance and quantity — exact, "at least" or between two amounts, as the court
    found it — the other substances the mixture also contains (Note (A) to the Drug
    Quantity Table) and, where it matters, its purity."""

    NOUN = "Drug"
    BINDINGS = [Binding("ctrl+l", "pick_substance", "Substances")]

    def __init__(self, raw: dict[str, Any], index: int, list_path: str,
                 substances: list[str]) -> None:
        super().__init__(raw, index, list_path)
        between = raw.get(BETWEEN)
        if isinstance(between, list) and len(between) == 2 and "quantity" not in raw:
            self._found = BETWEEN
            self._original = [text_of(end) for end in between]
        else:
            self._found = AT_LEAST if AT_LEAST in raw and EXACTLY not in raw else EXACTLY
            self._original = [text_of(raw.get(self._found))]
        self._found_in_file = self._found
        ends = [split_quantity(end) for end in self._original]
        units = {unit for _, unit in ends}
        if len(units) == 1 and None not in units:  # one unit: the list shows it
            self._split = [amount for amount, _ in ends], units.pop()
        else:  # no unit, or two: the amounts as written
            self._split = list(self._original), None
        self._substances = substances

    def compose(self) -> ComposeResult:
        (amount, *upper), unit = self._split
        base = self.entry_path
        self._substance = FieldInput(
            text_of(self.raw.get("substance")), placeholder="type, or Ctrl+L for the list",
            suggester=SuggestFromList(self._substances, case_sensitive=False), compact=True,
            classes="substance")
        self._how: Select[str] = LazySelect(FOUND_CHOICES, value=self._found, allow_blank=False,
                                            compact=True, classes="found")
        self._amount = FieldInput(amount, placeholder="amount", compact=True, classes="amount")
        self._upper = FieldInput(upper[0] if upper else "", placeholder="to", compact=True,
                                 classes="upper")
        self._upper.display = self._found == BETWEEN
        self._unit: Select[str] = LazySelect(
            [(u, u) for u in UNIT_CHOICES], prompt="(unit)", value=unit or Select.NULL,
            compact=True, classes="unit")
        also = self.raw.get("also_contains")
        self._also = FieldInput(
            f"{ALSO_SEPARATOR} ".join(text_of(s) for s in also) if isinstance(also, list)
            else text_of(also), placeholder="optional; separate with ;",
            compact=True, classes="also-contains")
        self._purity = FieldInput(text_of(self.raw.get("purity")), placeholder="93% (optional)",
                                  compact=True, classes="purity")
        yield field_row("Substance", self._substance, self.remove_button())
        yield FieldMessage(f"{base}.substance", classes="substance-message")
        yield field_row("Quantity", self._amount, self._upper, self._unit)
        yield FieldMessage(f"{base}.{self._found}", classes="quantity-message")
        yield field_row("Found", self._how)  # after the amount: Tab goes there first
        yield field_row("Also contains", self._also)
        yield FieldMessage(f"{base}.also_contains", classes="also-message")
        yield field_row("Purity", self._purity)
        yield FieldMessage(f"{base}.purity", classes="purity-message")
        yield FieldMessage(base, classes="row-message")

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select is self._how and event.value in (EXACTLY, AT_LEAST, BETWEEN):
            self._found = str(event.value)
            self._upper.display = self._found == BETWEEN
            self.query_one(".quantity-message", FieldMessage).path = (
                f"{self.entry_path}.{self._found}")

    def on_input_changed(self, event: Input.Changed) -> None:
        """One source for the unit: a unit typed with the amount ("51 kg") is the unit, and
        the unit list shows it at once (the list, not the field being typed in, changes)."""
        if event.input in (self._amount, self._upper):
            unit = split_quantity(event.value)[1]
            if unit is not None and self._unit.value != unit:
                self._unit.value = unit

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Leaving the amount, the unit typed in it is taken out (the list holds it)."""
        if event.widget in (self._amount, self._upper):
            field = event.widget
            amount, unit = split_quantity(field.value.strip())
            if unit is not None and unit == self._unit.value:
                field.value = amount

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
        fields = [self._amount] + ([self._upper] if self._found == BETWEEN else [])
        typed = [split_quantity(field.value.strip()) for field in fields]
        amounts = [amount for amount, _ in typed]
        typed_unit = next((unit for _, unit in typed if unit is not None), None)
        unit = typed_unit or self._unit.value  # "51 kg" in the amount: its unit
        unit = None if unit is Select.NULL else unit
        found = (self._found, amounts, unit)
        if found == (self._found_in_file, *self._split):
            ends = list(self._original)  # unchanged: keep exactly what the file said
        else:
            ends = [amount if unit is None or _ENDS_IN_WORD.search(amount) or not amount
                    else f"{amount} {unit}" for amount in amounts]  # "51 kgs": as typed
        substance, purity = self._substance.value, self._purity.value
        also = [name.strip() for name in self._also.value.split(ALSO_SEPARATOR) if name.strip()]
        if not self.raw and not any(amounts) and not substance.strip() and not purity.strip() \
                and not also:
            return None
        quantity: Any = ABSENT
        if any(amounts):
            quantity = ends if self._found == BETWEEN else str_value(ends[0])
        return overlay(self.raw, {
            "substance": str_value(substance),
            **{key: quantity if key == self._found else ABSENT
               for key in (EXACTLY, AT_LEAST, BETWEEN)},
            "also_contains": also or ABSENT,
            "purity": str_value(purity),
        })

    def summary(self) -> str:
        values = self.values() or {}
        return ", ".join(str(values[key]) for key in ("substance", EXACTLY, AT_LEAST, BETWEEN)
                         if key in values)


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
