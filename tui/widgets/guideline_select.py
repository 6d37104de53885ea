"""The count's *Guideline* list: every guideline of the Chapter Two registry, those the
edition applied does not have greyed, with when ussg has them ("from Nov. 1, 2006"), and not
pickable — the library refuses them (``guideline_in_force``), and the list says so before.
A guideline the case file states stays chosen even where greyed: the refusal shows under it.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets._select import SelectCurrent
from textual.widgets.option_list import Option

from .lazy_select import LazySelect


class GuidelineSelect(LazySelect):
    """A Select whose options the edition lacks are shown dim, with the reason, disabled."""

    def __init__(self, options: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(options, **kwargs)
        self._plain = list(options)  # the labels without a reason
        self.unavailable: dict[str, str] = {}  # section -> "from Nov. 1, 2006"

    def offer(self, unavailable: dict[str, str]) -> None:
        """Grey the guidelines of ``unavailable`` (section -> when ussg has it); the value
        chosen is kept as it is."""
        if unavailable == self.unavailable:
            return
        self.unavailable = unavailable
        # (the options' labels only: Select.set_options would reset the value chosen)
        self._options = [(_label(prompt, unavailable.get(value)), value)
                         for prompt, value in self._plain]
        if self.is_mounted:
            self._setup_options_renderables()
            current = dict((value, prompt) for prompt, value in self._options)
            if self.value in current:
                self.query_one(SelectCurrent).update(current[self.value])

    def _setup_options_renderables(self) -> None:
        overlay = self.overlay
        if overlay is None:  # filled so when the list is made (LazySelect.open_list)
            return
        overlay.clear_options()
        overlay.add_options(Option(prompt, disabled=value in self.unavailable
                                   and value != self.value)
                            for prompt, value in self._options)

    def _watch_value(self, value) -> None:
        super()._watch_value(value)
        if self.unavailable and self.is_mounted:  # the one chosen before is pickable again
            self._setup_options_renderables()


def _label(prompt: str, reason: str | None) -> str | Text:
    if reason is None:
        return prompt
    return Text(f"{prompt} — {reason}", style="dim")
