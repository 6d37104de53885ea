"""The selected offense guideline's own facts (the case file's ``[offense.<facts_key>]``, or
the count's), laid out from the guideline's facts model as the Chapter Two registry declares
it (``ussg.guidelines.api.chapter_two_guidelines``): no guideline has code of its own here.

A guideline that applies another's level from the same facts (§2X1.1 over the guideline of
the substantive offense: its ``applies_facts_of`` field, or fields: §2M5.3 names §2A2.1 and
§2M6.1) shows that guideline's facts too, beneath its own, following the field as it is typed.

A guideline added to the registry appears in the count's list and here by itself. Each
field's description is its tooltip; the library validates what is entered and its refusal
shows under the field. A list of entries (§2L1.2's prior convictions) is shown as stated and
kept exactly as loaded: it is edited in the case file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Select

from ussg.guidelines.api import OffenseGuideline, chapter_two_guideline

from ..evaluation import facts_not_offered
from ..form_values import as_dict
from .fact_fields import FactField
from .findings_section import FindingsSection


def guideline_facts_title(guideline: OffenseGuideline, path: str) -> str:
    """"§2K2.1 firearms — [offense.firearms]": the section, its few words, the facts table
    (escaped: a border title is markup)."""
    return escape(f"§{guideline.section} {guideline.summary} — [{path}]")


class _Stated:
    """The count's tables as loaded, read as a case's offense is (``[offense.<key>]``)."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def __getattr__(self, key: str) -> Any:
        return self.raw.get(key)


class GuidelineFacts(Vertical):
    """The facts of the count's guideline: one section per guideline chosen so far (facts
    typed under one guideline are still there when it is chosen again), the chosen one
    shown; a guideline without facts of its own shows nothing."""

    def __init__(self, path: str, raw: dict[str, Any], section: str,
                 on: dt.date | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        # the date whose edition's facts are shown: a key that edition does not have (§2N2.1's
        # §2F1.1 findings from Nov. 1, 2001, as the library says) is left out unless the file
        # states it (to see what is wrong); None: every key
        self.on = on
        self.path = path  # "offense" or "counts[1]"
        self.raw = raw  # the count's table as loaded
        self.section = section
        self._sections: dict[str, FindingsSection] = {}

    def compose(self) -> ComposeResult:
        found = self._section_for(self.section)
        if found is not None:
            yield found
        self.applied_all = self._applied_in_file(self.section)
        for section in self.applied_all:
            also = self._section_for(section)
            if also is not None and also is not found:
                yield also

    # the guidelines whose facts the chosen one applies (§2X1.1's one; §2M5.3's two), each
    # named by one of its ``applies_facts_of`` keys
    applied_all: tuple[str, ...] = ()

    @property
    def applied(self) -> str | None:
        """The guideline its (first) ``applies_facts_of`` key names (§2X1.1's substantive
        offense), or the first another key names; None where none."""
        return self.applied_all[0] if self.applied_all else None

    class Applied(Message):
        """The guideline whose facts the chosen one applies changed (the count shows its
        §2D1.1 parts by it)."""

    def _applied_in_file(self, section: str) -> tuple[str, ...]:
        """The guidelines the loaded file names in the chosen guideline's
        ``applies_facts_of`` fields (``[offense.inchoate] substantive_guideline``)."""
        guideline = chapter_two_guideline(section)
        if guideline is not None and guideline.shares_facts_of:  # its successor's table
            shared = guideline.shared_facts_stated(_Stated(self.raw))
            return (shared.section,) if shared is not None else ()
        if guideline is None or not guideline.applies_facts_of or not guideline.facts_key:
            return ()
        return self._named(guideline, as_dict(self.raw.get(guideline.facts_key)))

    def _named(self, guideline: OffenseGuideline, values: dict[str, Any]) -> tuple[str, ...]:
        """The registered guidelines ``values`` name in ``guideline``'s keys, in their order,
        each once."""
        found: list[str] = []
        for key in guideline.applies_facts_keys:
            named = values.get(key)
            section = self.applied_section(named) if isinstance(named, str) else None
            if section is not None and section not in found:
                found.append(section)
        return tuple(found)

    def applied_section(self, text: str) -> str | None:
        """The registered guideline a typed ``applies_facts_of`` value names, or None."""
        text = text.strip().lstrip("§")
        if not text or text == self.section or chapter_two_guideline(text) is None:
            return None
        return text

    async def on_input_changed(self, event: Input.Changed) -> None:
        """Follow the chosen guideline's ``applies_facts_of`` field as it is typed."""
        await self._follow(event.input, event.value)

    async def on_select_changed(self, event: Select.Changed) -> None:
        """Follow an ``applies_facts_of`` field whose values are listed (§2M5.3's
        ``mass_destruction_guideline``) as it is chosen."""
        await self._follow(event.select,
                           None if event.value is Select.NULL else str(event.value))

    async def _follow(self, widget: Widget, value: str | None) -> None:
        guideline = chapter_two_guideline(self.section)
        if guideline is None or not guideline.applies_facts_of:
            return
        field = next((a for a in widget.ancestors if isinstance(a, FactField)), None)
        if field is None or field.name_in_model not in guideline.applies_facts_keys:
            return
        shown = self._sections.get(self.section)
        values = dict(shown.values()) if shown is not None else {}
        values[field.name_in_model] = value
        await self._apply(self._named(guideline, values))

    def _section_for(self, section: str) -> FindingsSection | None:
        if section in self._sections:
            return self._sections[section]
        guideline = chapter_two_guideline(section)
        if guideline is None or guideline.facts is None or guideline.facts_key is None:
            return None
        key = guideline.facts_key
        found = FindingsSection(
            guideline_facts_title(guideline, f"{self.path}.{key}"), guideline.facts,
            f"{self.path}.{key}",
            as_dict(self.raw.get(key)), shown=list(guideline.facts.model_fields),
            entries_editable=False, classes=f"guideline-facts facts-{key}")
        found.tooltip = guideline.title
        self._sections[section] = found
        return found

    def on_mount(self) -> None:
        self.display = bool(self._sections)
        self._arrange()

    async def show(self, section: str) -> None:
        """Show the facts of ``section`` (laid out the first time it is chosen)."""
        self.section = section
        found = self._section_for(section)
        if found is not None and found.parent is None:
            await self.mount(found)
        applied: tuple[str, ...] = ()
        guideline = chapter_two_guideline(section)
        if found is not None and guideline is not None and guideline.applies_facts_of:
            applied = self._named(guideline, found.values())
        if guideline is not None and guideline.shares_facts_of:  # its successor's table
            applied = self._applied_in_file(section)
        await self._apply(applied)

    async def _apply(self, applied: tuple[str, ...]) -> None:
        """Show the facts of each of ``applied`` beneath the chosen guideline's (or none)."""
        if applied[:1] != self.applied_all[:1]:
            self.post_message(self.Applied())
        self.applied_all = applied
        for section in applied:
            also = self._section_for(section)
            if also is not None and also.parent is None:
                await self.mount(also)
        self._arrange()

    def _arrange(self) -> None:
        chosen = self._sections.get(self.section)
        also = [found for s in self.applied_all if (found := self._sections.get(s)) is not None]
        for each in self._sections.values():
            each.display = each is chosen or each in also
        self.display = chosen is not None or bool(also)
        for section, found in self._sections.items():
            if found.display:
                self._leave_out_of_edition(section, found)

    def offer_facts(self, on: dt.date) -> None:
        """Show the facts the edition in force on ``on`` has (the edition changed)."""
        self.on = on
        self._arrange()

    def _leave_out_of_edition(self, section: str, found: FindingsSection) -> None:
        """Each key of ``section``'s table shown only where the edition has it, or the file
        states it."""
        lacking = facts_not_offered(section, self.on) if self.on is not None else frozenset()
        guideline = chapter_two_guideline(section)
        stated = as_dict(self.raw.get(guideline.facts_key)) if guideline is not None and \
            guideline.facts_key else {}
        for field in found.query(FactField):
            if field.path == f"{found.path}.{field.name_in_model}":  # its own keys, not nested
                field.display = field.name_in_model not in lacking or \
                    field.name_in_model in stated

    @property
    def shown(self) -> FindingsSection | None:
        """The chosen guideline's section on screen (for readers and tests)."""
        found = self._sections.get(self.section)
        return found if found is not None and found.display and found.parent else None

    @property
    def applied_shown(self) -> FindingsSection | None:
        """The section of the guideline the chosen one applies, on screen (§2X1.1's; the
        first of several)."""
        return self._on_screen(self.applied)

    def _on_screen(self, section: str | None) -> FindingsSection | None:
        found = self._sections.get(section) if section else None
        return found if found is not None and found.display and found.parent else None

    def values(self) -> dict[str, Any]:
        """The shown guidelines' facts, as a patch over the count's table; the tables of
        other guidelines stand as loaded."""
        patch: dict[str, Any] = {}
        for section, shown in ((self.section, self.shown),
                               *((s, self._on_screen(s)) for s in self.applied_all)):
            guideline = chapter_two_guideline(section) if section else None
            if shown is not None and guideline is not None and guideline.facts_key is not None:
                patch[guideline.facts_key] = shown.values()
        return patch
