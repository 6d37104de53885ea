"""Which Manual applies: an edition picked by name, or the one in force on the sentencing
date (§1B1.11(a)); the sentencing and offense dates.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from ussg.guidelines.api import EditionError, edition_named, manual_dates
from ussg.guidelines.api import format_date

from ..evaluation import ABSENT
from ..form_values import date_value, text_of
from .field_input import FieldInput
from .field_message import FieldMessage, compose_field
from .lazy_select import LazySelect

AT_SENTENCING = ""  # the picker's value for "the Manual in force on the sentencing date"


def edition_choices() -> list[tuple[str, str]]:
    """(label, case-file value) for every supported edition: a year for an annual edition,
    the effective date for amendments in force between editions.
    """
    choices = []
    for change in manual_dates():
        if not change.supported:
            continue
        if change.kind == "interim":
            amendments = ", ".join(change.amendments)
            choices.append((f"{format_date(change.effective)} (Amdt. {amendments})",
                            change.effective.isoformat()))
        else:
            choices.append((f"{format_date(change.effective)} edition",
                            str(change.effective.year)))
    return choices


def _as_written(manual: str) -> str:
    """A case file's own spelling of an edition ("1994-11-01"), kept as written."""
    try:
        return f"{format_date(edition_named(manual).in_force)} (“{manual}”)"
    except EditionError:
        return f"{manual} (as written)"


class EditionPicker(Vertical):
    """The edition and the dates that choose it."""

    def __init__(self, data: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Edition — §1B1.11"
        manual = data.get("manual")
        choices = [("At sentencing (§1B1.11)", AT_SENTENCING), *edition_choices()]
        if manual is not None and text_of(manual) not in {value for _, value in choices}:
            choices.append((_as_written(text_of(manual)), text_of(manual)))
        self._choices = choices
        self._manual = AT_SENTENCING if manual is None else text_of(manual)
        self._sentencing = text_of(data.get("sentencing_date"))
        self._offense = text_of(data.get("offense_date"))
        self._applied = ""

    def compose(self) -> ComposeResult:
        yield FieldMessage("")
        yield from compose_field(
            "Manual", "manual",
            LazySelect(self._choices, value=self._manual, allow_blank=False, compact=True,
                       id="manual"))
        yield from compose_field(
            "Sentenced", "sentencing_date",
            FieldInput(self._sentencing, placeholder="YYYY-MM-DD", compact=True,
                       id="sentencing-date"))
        yield from compose_field(
            "Offense date", "offense_date",
            FieldInput(self._offense, placeholder="YYYY-MM-DD (optional)", compact=True,
                       id="offense-date"))
        yield Static("", id="edition-applied", classes="hint")

    def data(self) -> dict[str, Any]:
        manual = self.query_one("#manual", Select).value
        return {
            "manual": ABSENT if manual in (AT_SENTENCING, Select.NULL) else manual,
            "sentencing_date": date_value(self.query_one("#sentencing-date", Input).value),
            "offense_date": date_value(self.query_one("#offense-date", Input).value),
        }

    def show_applied(self, label: str) -> None:
        """The edition the last computation applied, in words."""
        if label != self._applied:
            self._applied = label
            self.query_one("#edition-applied", Static).update(Text(label))  # wraps
