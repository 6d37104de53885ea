"""The chain of steps, as the CLI worksheet prints it: level, change, section and title,
the fact and the reason, and the table version cited.

Drawn line by line (Textual's line API): only the rows on screen are painted, and a line that
reads as it did before is not rendered again — an edit that changes one step repaints that
step's lines, not the chain. Each step's lines, wrapped to the width, are kept: a key that
changes two steps of twenty wraps two (Rich's wrapping was most of a key's refresh).
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ussg.guidelines.api import Computation

INDENT = 4  # the level column: "  42 " then the step, wrapped under itself
CACHED_LINES = 2000  # rendered lines kept for reuse (a long chain is a few hundred)
CACHED_STEPS = 500  # steps' wrapped lines kept for reuse (a long chain is a hundred or so)
SLACK_LINES = 3  # a chain this much shorter keeps its height (a new height is a new layout)
#: What the chain shows before any result (the summary above says what is missing or wrong).
HINT = ("Each step of the computation appears here, with the section it applies and the "
        "table it read, once the facts on the left are enough to compute: the lines above "
        "say what is missing or wrong.")


class ChainView(ScrollView):
    """Every step of the last computation, each with its citation."""

    COMPONENT_CLASSES = {"chain-view--section", "chain-view--reason", "chain-view--source",
                         "chain-view--level"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.computation: Computation | None = None
        self.stale = False
        self._width = 0
        self._chain: list[Text] = []  # the chain's lines as shown, wrapped to the width
        self._lines: list[Text] = []  # the same, with blank lines that keep the height
        self._wrapped: dict[tuple, list[Text]] = {}  # a step's text and the width -> lines
        self._styles: tuple[Style, ...] = ()  # the component styles, until restyled
        self._kept_styles: tuple[Style, ...] = ()  # the component styles the kept lines carry
        self._strips: dict[tuple, Strip] = {}  # a line's text and styles -> rendered strip
        self._base = Style()
        self._laid_out = 0  # the width the scroll range was last set for

    @property
    def text(self) -> Text:
        """The whole chain as shown, wrapped to the width (for tests and readers)."""
        return Text("\n", no_wrap=True, overflow="crop").join(self._chain)

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
        self._chain = self._render_chain(self._width - 1)
        before, self._lines = self._lines, list(self._chain)
        if len(self._strips) > CACHED_LINES:
            self._strips.clear()
        if len(self._wrapped) > CACHED_STEPS:
            self._wrapped.clear()
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

    def notify_style_update(self) -> None:
        """Restyled (another theme, say): the lines carry the component styles, so the chain
        is drawn again with the new ones (before, it kept the old colours until the next
        edit)."""
        super().notify_style_update()
        self._styles = ()  # read again (Textual's own cache of them is cleared at each refresh)
        if self._width and self.is_attached:
            self.call_later(self._update)

    def _render_chain(self, width: int) -> list[Text]:
        """The steps as lines wrapped to ``width``, each step hanging under its level
        (wrapped here because a Rich table would be measured again at every layout).
        """
        computation = self.computation
        if computation is None:
            # wrapped to the width (it was one line, cut off after "the edit" at 80x24)
            return list(Text(HINT).wrap(
                self.app.console, max(width, 10)))
        if not self._styles:  # restyled since the lines were kept: read the styles again
            styles = tuple(self.get_component_rich_style(f"chain-view--{name}")
                           for name in ("section", "reason", "source", "level"))
            if styles != self._kept_styles:  # lines kept in other colours are no use
                self._wrapped.clear()
                self._kept_styles = styles
            self._styles = styles
        lines: list[Text] = []
        if self.stale:
            lines.append(_line().append("Last valid result — the input has errors",
                                        style="bold italic"))
        for step in computation.steps:
            lines += self._step_lines(
                ("step", step.chapter, step.change, step.changes_level, step.section,
                 step.title, step.input, step.reason, step.source, step.level), width)
        for summary in computation.compared:
            lines += self._step_lines(
                ("compared", f"Also computed (§1B1.11(b)): {summary.manual}: "
                             f"{summary.result.guideline_range}"), width)
        for warning in computation.warnings:
            lines += self._step_lines(("warning", warning), width)
        while lines and not lines[-1].plain.strip():  # as a whole text's rstrip would
            lines.pop()
        if lines and lines[-1].plain != lines[-1].plain.rstrip():
            lines[-1] = lines[-1].copy()
            lines[-1].rstrip()
        return lines

    def _step_lines(self, key: tuple, width: int) -> list[Text]:
        """The lines of one step (or comparison, or warning), its level in the margin."""
        cached = self._wrapped.get((key, width))
        if cached is not None:
            return cached
        style = dict(zip(("section", "reason", "source", "level"), self._styles))
        if key[0] == "compared":
            margin, body = "", Text(key[1], style=style["reason"])
        elif key[0] == "warning":
            margin, body = "⚠", Text(key[1], style=style["source"])
        elif key[1] == "edition":
            _, _, change, _, _, _, _, reason, _, _ = key
            margin, body = "", Text.assemble((change, style["section"]),
                                             (f"\n{reason}", style["reason"]))
        else:
            _, _, change, changes_level, section, title, input_, reason, source, level = key
            body = Text.assemble((f"{change} " if changes_level else "", style["level"]),
                                 (section, style["section"]), " ", title)
            body.append(f"\n{input_}: {reason}" if input_ else f"\n{reason}",
                        style=style["reason"])
            if source:
                body.append(f"\n{source}", style=style["source"])
            margin = "" if level is None else str(level)
        lines = []
        for index, line in enumerate(body.wrap(self.app.console, max(width - INDENT, 10))):
            hung = (_line().append(f"{margin:>{INDENT - 1}} ", style=style["level"])
                    if index == 0 else _line(" " * INDENT))
            hung.append_text(line)
            lines.append(hung)
        self._wrapped[(key, width)] = lines
        return lines


def _line(text: str = "") -> Text:
    """A line of the chain (drawn as it is: never wrapped again, cropped at the edge)."""
    return Text(text, no_wrap=True, overflow="crop")


def _same_line(old: Text, new: Text) -> bool:
    return old.plain == new.plain and old.spans == new.spans
