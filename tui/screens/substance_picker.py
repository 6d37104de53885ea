"""Pick a substance from the edition's Drug Quantity Table: type any part of its name."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ..widgets.field_input import OrderedInput


class SubstancePicker(ModalScreen[str | None]):
    """The substances the edition lists, filtered as you type; Enter picks one."""

    CSS_PATH = "substance_picker.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel"),
                Binding("down", "focus_list", "List", show=False)]

    def __init__(self, names: list[str], typed: str = "") -> None:
        super().__init__()
        self.names = names
        self.typed = typed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Drug Quantity Table: {len(self.names)} substances — type part of "
                        "a name", classes="question")
            yield OrderedInput(self.typed, placeholder="e.g. base, fentanyl, marihuana",
                               compact=True, id="filter")
            yield OptionList(id="substances")

    def on_mount(self) -> None:
        self._filter(self.typed)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(Option(name) for name in self.names
                            if all(word in name.lower() for word in words))
        if options.option_count:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self._filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(str(options.get_option_at_index(options.highlighted).prompt))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(str(event.option.prompt))

    def action_focus_list(self) -> None:
        self.query_one(OptionList).focus()
