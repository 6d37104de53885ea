"""The selected offense guideline's own facts (the case file's ``[offense.<facts_key>]``, or
the count's), laid out from the guideline's facts model as the Chapter Two registry declares
it (``ussg.guidelines.api.chapter_two_guidelines``): no guideline has code of its own here.

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

from ussg.guidelines.api import OffenseGuideline, chapter_two_guideline

from ..form_values import as_dict
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

    async def show(self, section: str) -> None:
        """Show the facts of ``section`` (laid out the first time it is chosen)."""
        self.section = section
        found = self._section_for(section)
        if found is not None and found.parent is None:
            await self.mount(found)
        for each in self._sections.values():
            each.display = each is found
        self.display = found is not None

    @property
    def shown(self) -> FindingsSection | None:
        """The section on screen (for readers and tests)."""
        return next((s for s in self._sections.values() if s.display and s.parent), None)

    def values(self) -> dict[str, Any]:
        """The shown guideline's facts, as a patch over the count's table; the tables of
        other guidelines stand as loaded."""
        guideline = chapter_two_guideline(self.section)
        shown = self.shown
        if shown is None or guideline is None or guideline.facts_key is None:
            return {}
        return {guideline.facts_key: shown.values()}
