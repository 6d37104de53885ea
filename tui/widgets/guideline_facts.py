"""The selected offense guideline's own facts (the case file's ``[offense.<facts_key>]``, or
the count's), laid out from the guideline's facts model as the Chapter Two registry declares
it (``ussg.guidelines.api.chapter_two_guidelines``): no guideline has code of its own here.

A guideline that applies another's level from the same facts (§2X1.1 over the guideline of
the substantive offense: its ``applies_facts_of`` field) shows that guideline's facts too,
beneath its own, following the field as it is typed.

A guideline added to the registry appears in the count's list and here by itself. Each
field's description is its tooltip; the library validates what is entered and its refusal
shows under the field. A list of entries (§2L1.2's prior convictions) is shown as stated and
kept exactly as loaded: it is edited in the case file.
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input

from ussg.guidelines.api import OffenseGuideline, chapter_two_guideline

from ..form_values import as_dict
from .fact_fields import FactField
from .findings_section import FindingsSection


def guideline_facts_title(guideline: OffenseGuideline, path: str) -> str:
    """"§2K2.1 firearms — [offense.firearms]": the section, its few words, the facts table
    (escaped: a border title is markup)."""
    return escape(f"§{guideline.section} {guideline.summary} — [{path}]")


class GuidelineFacts(Vertical):
    """The facts of the count's guideline: one section per guideline chosen so far (facts
    typed under one guideline are still there when it is chosen again), the chosen one
    shown; a guideline without facts of its own shows nothing."""

    def __init__(self, path: str, raw: dict[str, Any], section: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.path = path  # "offense" or "counts[1]"
        self.raw = raw  # the count's table as loaded
        self.section = section
        self._sections: dict[str, FindingsSection] = {}

    def compose(self) -> ComposeResult:
        found = self._section_for(self.section)
        if found is not None:
            yield found
        self.applied = self._applied_in_file(self.section)
        also = self._section_for(self.applied) if self.applied else None
        if also is not None and also is not found:
            yield also

    applied: str | None = None  # the guideline whose facts the chosen one applies (§2X1.1)

    class Applied(Message):
        """The guideline whose facts the chosen one applies changed (the count shows its
        §2D1.1 parts by it)."""

    def _applied_in_file(self, section: str) -> str | None:
        """The guideline the loaded file names in the chosen guideline's
        ``applies_facts_of`` field (``[offense.inchoate] substantive_guideline``)."""
        guideline = chapter_two_guideline(section)
        if guideline is None or not guideline.applies_facts_of or not guideline.facts_key:
            return None
        named = as_dict(self.raw.get(guideline.facts_key)).get(guideline.applies_facts_of)
        return self.applied_section(named) if isinstance(named, str) else None

    def applied_section(self, text: str) -> str | None:
        """The registered guideline a typed ``applies_facts_of`` value names, or None."""
        text = text.strip().lstrip("§")
        if not text or text == self.section or chapter_two_guideline(text) is None:
            return None
        return text

    async def on_input_changed(self, event: Input.Changed) -> None:
        """Follow the chosen guideline's ``applies_facts_of`` field as it is typed."""
        guideline = chapter_two_guideline(self.section)
        if guideline is None or not guideline.applies_facts_of:
            return
        field = next((a for a in event.input.ancestors if isinstance(a, FactField)), None)
        if field is None or field.name_in_model != guideline.applies_facts_of:
            return
        await self._apply(self.applied_section(event.value))

    def _section_for(self, section: str) -> FindingsSection | None:
        if section in self._sections:
            return self._sections[section]
        guideline = chapter_two_guideline(section)
        if guideline is not None:  # a deleted guideline reads its successor's table (§2M3.6)
            guideline = guideline.facts_guideline
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
        applied = None
        guideline = chapter_two_guideline(section)
        if found is not None and guideline is not None and guideline.applies_facts_of:
            named = found.values().get(guideline.applies_facts_of)
            applied = self.applied_section(named) if isinstance(named, str) else None
        await self._apply(applied)

    async def _apply(self, applied: str | None) -> None:
        """Show the facts of ``applied`` beneath the chosen guideline's (or none)."""
        if applied != self.applied:
            self.post_message(self.Applied())
        self.applied = applied
        also = self._section_for(applied) if applied else None
        if also is not None and also.parent is None:
            await self.mount(also)
        self._arrange()

    def _arrange(self) -> None:
        chosen = self._sections.get(self.section)
        also = self._sections.get(self.applied) if self.applied else None
        for each in self._sections.values():
            each.display = each is chosen or each is also
        self.display = chosen is not None or also is not None

    @property
    def shown(self) -> FindingsSection | None:
        """The chosen guideline's section on screen (for readers and tests)."""
        found = self._sections.get(self.section)
        return found if found is not None and found.display and found.parent else None

    @property
    def applied_shown(self) -> FindingsSection | None:
        """The section of the guideline the chosen one applies, on screen (§2X1.1's)."""
        found = self._sections.get(self.applied) if self.applied else None
        return found if found is not None and found.display and found.parent else None

    def values(self) -> dict[str, Any]:
        """The shown guidelines' facts, as a patch over the count's table; the tables of
        other guidelines stand as loaded."""
        patch: dict[str, Any] = {}
        for section, shown in ((self.section, self.shown), (self.applied, self.applied_shown)):
            guideline = chapter_two_guideline(section) if section else None
            guideline = guideline.facts_guideline if guideline is not None else None
            if shown is not None and guideline is not None and guideline.facts_key is not None:
                patch[guideline.facts_key] = shown.values()
        return patch
