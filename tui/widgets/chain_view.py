"""The chain of steps, as the CLI worksheet prints it: level, change, section and title,
the fact and the reason, and the table version cited.

Drawn line by line (Textual's line API): only the rows on screen are painted, and a line that
reads as it did before is not rendered again — an edit that changes one step repaints that
step's lines, not the chain.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ussg.guidelines.api import Computation, Step

INDENT = 4  # the level column: "  42 " then the step, wrapped under itself
CACHED_LINES = 2000  # rendered lines kept for reuse (a long chain is a few hundred)
SLACK_LINES = 3  # a chain this much shorter keeps its height (a new height is a new layout)


class ChainView(ScrollView):
    """Every step of the last computation, each with its citation."""

    COMPONENT_CLASSES = {"chain-view--section", "chain-view--reason", "chain-view--source",
                         "chain-view--level"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.computation: Computation | None = None
        self.stale = False
        self._width = 0
        self.text = Text()  # the whole chain as shown, wrapped to the width
        self._lines: list[Text] = []
        self._strips: dict[tuple, Strip] = {}  # a line's text and styles -> rendered strip
        self._base = Style()
        self._laid_out = 0  # the width the scroll range was last set for

    @property
    def levels(self) -> list[int]:
        """The offense level after each step that changes it (for tests and readers)."""
        if self.computation is None:
            return []
        return [s.level for s in self.computation.steps if s.changes_level and s.level is not None]

    def show(self, computation: Computation | None, stale: bool = False) -> None:
        """Render ``computation``; ``stale`` marks the last valid one while input has errors.

        Typing often leaves the computation as it was (a quantity on the same row, a name
        spelt differently): then nothing is laid out or painted again."""
        if (computation, stale) == (self.computation, self.stale) and self._width:
            return
        self.computation, self.stale = computation, stale
        self.set_class(stale, "-stale")
        self._update()

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._width:
            self._update()

    def _update(self) -> None:
        self._width = self.scrollable_content_region.width
        self.text = self._render_chain(self._width - 1)
        before, self._lines = self._lines, list(self.text.split("\n", allow_blank=True))
        if len(self._strips) > CACHED_LINES:
            self._strips.clear()
        if 0 < len(before) - len(self._lines) <= SLACK_LINES and self._width == self._laid_out:
            # a step wrapped on a line fewer: a blank line at the end keeps the scroll range
            self._lines += [Text()] * (len(before) - len(self._lines))
        if len(before) != len(self._lines):  # another scroll range: laid out and repainted
            self._laid_out = self._width
            self.virtual_size = Size(self._width, len(self._lines))
            self.refresh()
            return
        scroll_y = self.scroll_offset.y  # the same length: repaint the lines that changed
        changed = [Region(0, index - scroll_y, self._width, 1)
                   for index, (old, new) in enumerate(zip(before, self._lines))
                   if not _same_line(old, new)]
        if changed:
            self.refresh(*changed)

    def render_lines(self, crop: Region) -> list[Strip]:
        self._base = self.rich_style  # the same for every line of one paint
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._base
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        key = (line.plain, tuple(line.spans), base)
        strip = self._strips.get(key)
        if strip is None:
            styled = line.copy()
            styled.stylize_before(base)
            strip = self._strips[key] = Strip(styled.render(self.app.console), styled.cell_len)
        return strip.crop_extend(scroll_x, scroll_x + width, base)

    def _render_chain(self, width: int) -> Text:
        """The steps as text wrapped to ``width``, each hanging under its level (wrapped
        here because a Rich table would be measured again at every layout).
        """
        computation = self.computation
        if computation is None:
            return Text("Enter the facts on the left: the edition or sentencing date, the "
                        "drug and quantity, and the criminal history category. Each step "
                        "appears here with the section it applies and the table it read.")
        style = {name: self.get_component_rich_style(f"chain-view--{name}")
                 for name in ("section", "reason", "source", "level")}
        out = Text(no_wrap=True, overflow="crop")
        if self.stale:
            out.append("Last valid result — the input has errors\n", style="bold italic")
        for step in computation.steps:
            if step.chapter == "edition":
                self._hang(out, "", Text.assemble((step.change, style["section"]),
                                                  (f"\n{step.reason}", style["reason"])),
                           style, width)
                continue
            change = f"{step.change} " if step.changes_level else ""
            body = Text.assemble((change, style["level"]), (step.section, style["section"]),
                                 " ", step.title)
            body.append(f"\n{_input_and_reason(step)}", style=style["reason"])
            if step.source:
                body.append(f"\n{step.source}", style=style["source"])
            self._hang(out, "" if step.level is None else str(step.level), body, style, width)
        for summary in computation.compared:
            self._hang(out, "", Text(f"Also computed (§1B1.11(b)): {summary.manual}: "
                                     f"{summary.result.guideline_range}", style=style["reason"]),
                       style, width)
        for warning in computation.warnings:
            self._hang(out, "⚠", Text(warning, style=style["source"]), style, width)
        out.rstrip()
        return out

    def _hang(self, out: Text, margin: str, body: Text, style: dict[str, Style],
              width: int) -> None:
        lines = body.wrap(self.app.console, max(width - INDENT, 10))
        for index, line in enumerate(lines):
            if index == 0:
                out.append(f"{margin:>{INDENT - 1}} ", style=style["level"])
            else:
                out.append(" " * INDENT)
            out.append_text(line)
            out.append("\n")


def _input_and_reason(step: Step) -> str:
    return f"{step.input}: {step.reason}" if step.input else step.reason


def _same_line(old: Text, new: Text) -> bool:
    return old.plain == new.plain and old.spans == new.spans
