"""Small modal dialogs: a question with choices, a file path, the export format."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from ..widgets.field_input import OrderedInput
from ..widgets.lazy_select import LazySelect


class ChoiceDialog(ModalScreen[str]):
    """A question and a row of buttons (or, ``stacked``, a column, moved through with the
    arrow keys); dismissed with the chosen key (or "cancel")."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "dismiss('cancel')", "Cancel"),
                Binding("down", "app.focus_next", show=False),
                Binding("up", "app.focus_previous", show=False)]

    def __init__(self, question: str, choices: list[tuple[str, str]],
                 stacked: bool = False) -> None:
        super().__init__()
        self.question = question
        self.choices = choices
        self.stacked = stacked

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="question")
            with (Vertical if self.stacked else Horizontal)(classes="buttons"):
                for index, (key, label) in enumerate(self.choices):
                    yield Button(label, id=f"choice-{key}", compact=True,
                                 variant="primary" if index == 0 else "default")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("choice-"))


class _AcceptOrCancel:
    """Enter in the path or the OK button accepts (``_accept``); any other button cancels.
    Enter accepts the path as it was when Enter was pressed (keys typed after it, before the
    dialog closes, are not part of it)."""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._accept(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._accept(self.query_one("#path", Input).value)
        else:
            self.dismiss(None)

    def _accept(self, typed: str) -> None:
        raise NotImplementedError


class PathDialog(_AcceptOrCancel, ModalScreen[Path | None]):
    """Asks for a file path; Enter accepts, Escape cancels."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, title: str, initial: str) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="question")
            yield OrderedInput(self.initial, id="path", compact=True)
            with Horizontal(classes="buttons"):
                yield Button("OK", id="ok", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _accept(self, typed: str) -> None:
        text = typed.strip()
        self.dismiss(Path(text).expanduser() if text else None)


EXPORT_FORMATS = [("Text worksheet (.txt)", "text"), ("Markdown worksheet (.md)", "markdown")]
SUFFIX = {"text": ".txt", "markdown": ".md"}


class ExportDialog(_AcceptOrCancel, ModalScreen[tuple[str, Path] | None]):
    """Export the worksheet: the format, then the file."""

    CSS_PATH = "dialogs.tcss"
    AUTO_FOCUS = "#path"  # the cursor in the path: Enter exports (Shift+Tab: the format)
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, stem: Path, kind: str = "text") -> None:
        super().__init__()
        self.stem = stem
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Export the worksheet", classes="question")
            yield LazySelect(EXPORT_FORMATS, value=self.kind, allow_blank=False, compact=True,
                             id="format")
            yield OrderedInput(str(self.stem.with_suffix(SUFFIX[self.kind])), id="path",
                               compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Export", id="ok", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_select_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.kind = event.value
            path = self.query_one("#path", Input)
            path.value = str(Path(path.value or str(self.stem)).with_suffix(SUFFIX[self.kind]))

    def _accept(self, typed: str) -> None:
        text = typed.strip()
        self.dismiss((self.kind, Path(text).expanduser()) if text else None)
