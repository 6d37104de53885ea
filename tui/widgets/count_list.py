"""The counts of conviction: the offense guideline, the drugs and §2D1.1 findings and the
statute of each count (`[[counts]]`) — or of the one offense (`[offense]`) until a second
count is added.

Adding a count to a single-offense case makes the offense Count 1 (its facts move with it)
and the new one Count 2; removing every count leaves an empty offense. How several counts
group and combine (Ch.3 Pt.D) is the library's business: the form only states them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual.app import ComposeResult
from textual.widgets import Select

from ussg.guidelines.api import Count, Offense
from ussg.guidelines.api import DrugTraffickingFacts, chapter_two_guideline, chapter_two_guidelines

from ..evaluation import ABSENT, Replace, overlay
from ..form_values import as_dict, combine, int_value, str_value, text_of
from .drug_list import DrugList
from .entry_list import EntryList, EntryRow, holds_values
from .field_input import FieldInput
from .field_message import FieldMessage, field_row
from .findings_section import FindingsSection
from .guideline_facts import GuidelineFacts
from .guideline_select import GuidelineSelect
from .lazy_select import LazySelect

OTHER = "other"


def guideline_choices() -> list[tuple[str, str]]:
    """Every offense guideline the library's Chapter Two registry holds ("§2K2.1 firearms"),
    in the Manual's order, then "other" (a level found by the court)."""
    return [*((f"§{g.section} {g.summary}", g.section) for g in chapter_two_guidelines()),
            ("other (level as found)", OTHER)]

GROUPINGS = [(f"§3D1.2({letter})", letter) for letter in "abcd"]
#: the §2D1.1 findings besides drugs and the weapon, in the model's order ((a), (b), (d))
MORE_DRUG_FINDINGS = list(DrugTraffickingFacts.model_fields)
#: the statute of conviction and what ussg needs to know about it, and the count's wording
STATUTE_FINDINGS = ["statutory_quantity", "statutory_minimum_months",
                    "statutory_maximum_months", "statutory_maximum_life",
                    "statutory_mandatory_life", "statutory_maximum_fine",
                    "supervised_release_minimum_years", "supervised_release_maximum_life",
                    "supervised_release_sex_offense", "supervised_release_terrorism_risk",
                    "consecutive_months", "firearm_conduct",
                    "firearm_type",
                    "second_or_subsequent", "description"]


def _with_as_written(choices: list[tuple[str, str]], raw: Any) -> list[tuple[str, str]]:
    """The choices, plus a value the file states that is not among them (to be fixed)."""
    if raw is not None and text_of(raw) not in {value for _, value in choices}:
        return [*choices, (f"{text_of(raw)} (as written)", text_of(raw))]
    return choices


def _takes_drugs(section: str, applied: str | None) -> bool:
    """Whether a count under ``section`` (applying ``applied``'s level, §2X1.1) states §2D1.1's
    drug facts: as the registry says (``uses_drugs``) of both."""
    sections = [s for s in (section, applied) if s]
    guidelines = [chapter_two_guideline(s) for s in sections]
    return all(g is not None and g.uses_drugs for g in guidelines)


class CountFacts(EntryRow):
    """One count (or, alone, the offense): its guideline, drugs, findings and statute."""

    NOUN = "Count"

    def __init__(self, raw: dict[str, Any], index: int, list_path: str,
                 substances: list[str], several: bool,
                 not_offered: dict[str, str] | None = None, on: dt.date | None = None) -> None:
        super().__init__(raw, index, list_path)
        self._on = on  # the date whose edition's facts the guideline's table shows
        self.several = several
        self.removable = several
        self._substances = substances
        self._not_offered = not_offered or {}  # guidelines the edition lacks (greyed)
        self.set_class(not several, "-single")

    @property
    def facts_path(self) -> str:
        """"counts[1]", or "offense" for the one offense of a single-count case."""
        return self.entry_path if self.several else "offense"

    def title(self) -> str:
        return super().title() if self.several else "Offense of conviction — Ch.2"

    def compose(self) -> ComposeResult:
        raw, path, single = self.raw, self.facts_path, not self.several
        guideline, grouping = raw.get("guideline"), raw.get("grouping")
        self._name = FieldInput(text_of(raw.get("name")), placeholder=f"Count {self.index + 1}",
                                compact=True, classes="count-name")
        self._guideline = GuidelineSelect(
            _with_as_written(guideline_choices(), guideline), allow_blank=False, compact=True,
            value=text_of(guideline) if guideline is not None else "2D1.1", classes="guideline")
        self._guideline.offer(self._not_offered)
        self._level = FieldInput(text_of(raw.get("offense_level")), compact=True,
                                 placeholder="Ch.2 level as found", classes="offense-level")
        self._group = FieldInput(text_of(raw.get("group")), placeholder="label (optional)",
                                 compact=True, classes="group")
        self._grouping: Select[str] = LazySelect(
            _with_as_written(GROUPINGS, grouping), prompt="(a)–(d)", compact=True,
            value=text_of(grouping) if grouping is not None else Select.NULL, classes="grouping")
        model = Count if self.several else Offense
        self._facts = GuidelineFacts(path, raw, self._guideline.value, on=self._on,
                                     classes="guideline-facts")
        self._drugs = DrugList(f"{path}.drugs", raw.get("drugs"), self._substances,
                               id="drugs" if single else None)
        self._sections = [
            FindingsSection("Offense characteristics — §2D1.1", model, path, raw,
                            shown=["dangerous_weapon"],
                            more=["base_offense_level", *MORE_DRUG_FINDINGS],
                            more_title="§2D1.1(c) level as found, (a), (b)(2)–(18), (d)",
                            id="characteristics" if single else None, classes="characteristics"),
            FindingsSection("Statute — Ch.5 Pt.G", model, path, raw, shown=["statute"],
                            more=STATUTE_FINDINGS, more_title="penalties, § 924(c), wording",
                            id="statute" if single else None, classes="statute")]
        if self.several:
            self._sections.append(FindingsSection(
                "Chapter Three, this count only", Count, path, raw, more=["adjustments"],
                more_title="[counts.adjustments]", classes="count-adjustments"))
            yield field_row("Name", self._name, self.remove_button())
            yield FieldMessage(f"{path}.name")
        yield field_row("Guideline", self._guideline)
        yield FieldMessage(f"{path}.guideline")
        yield field_row("Offense level", self._level, classes="level-row")
        yield FieldMessage(f"{path}.offense_level")
        yield self._facts
        if self.several:
            yield field_row("Group", self._group, self._grouping)
            yield FieldMessage(f"{path}.group")
            yield FieldMessage(f"{path}.grouping")
        yield self._drugs
        yield from self._sections
        yield FieldMessage(path, classes="row-message")

    def on_mount(self) -> None:
        super().on_mount()
        self._show_parts()

    async def on_select_changed(self, event: Select.Changed) -> None:
        if event.select is self._guideline:
            self._show_parts()
            await self._facts.show(str(event.value))

    def on_guideline_facts_applied(self, event: GuidelineFacts.Applied) -> None:
        self._show_parts()

    def _show_parts(self) -> None:
        """The level for a guideline ussg does not compute; the drugs for a guideline that
        takes §2D1.1's drug facts (§2D1.2, §2X1.1 over §2D1.1 ...) and the rest of §2D1.1's
        findings for §2D1.1 itself, or where §2X1.1 applies it — and any part that holds a
        value, whatever the guideline (to see what is wrong)."""
        guideline = self._guideline.value
        applied = self._facts.applied
        self.query_one(".level-row").display = (guideline == OTHER
                                                or bool(self._level.value.strip()))
        self._drugs.display = (guideline == "2D1.1" or applied == "2D1.1"
                               or _takes_drugs(guideline, applied)
                               or bool(self._drugs.values()))
        characteristics = self._sections[0]
        characteristics.display = (guideline == "2D1.1" or applied == "2D1.1"
                                   or holds_values(characteristics.values()))

    @property
    def count_name(self) -> str:
        """How the library calls this count: its name, or "Count N"."""
        if not self.several:
            return ""
        return self._name.value.strip() or f"Count {self.index + 1}"

    @property
    def drugs(self) -> DrugList:
        return self._drugs

    def values(self) -> dict[str, Any]:
        raw = self.raw
        guideline = self._guideline.value
        own: dict[str, Any] = {
            "guideline": (guideline if guideline != "2D1.1" or "guideline" in raw
                          else ABSENT),
            "offense_level": int_value(self._level.value),
            **self._drugs.patch("drugs", empty=ABSENT),
        }
        if self.several:
            grouping = self._grouping.value
            own.update({
                "name": str_value(self._name.value),
                "group": str_value(self._group.value),
                "grouping": ABSENT if grouping is Select.NULL else grouping,
            })
        return overlay(raw, combine(own, self._facts.values(),
                                    *(section.values() for section in self._sections)))

    def summary(self) -> str:
        values = self.values()
        return ", ".join(str(values[key]) for key in ("name", "statute") if values.get(key))

    def set_substances(self, names: list[str]) -> None:
        self._substances = names
        self._drugs.set_substances(names)

    def offer_guidelines(self, not_offered: dict[str, str], on: dt.date | None = None) -> None:
        self._not_offered = not_offered
        self._guideline.offer(not_offered)
        if on is not None:
            self._on = on
            self._facts.offer_facts(on)


class CountList(EntryList):
    """The counts of conviction, or the one offense."""

    NOUN = "count"
    ADD_LABEL = "+ count"
    ADD_ID = "add-count"

    def __init__(self, data: dict[str, Any], substances: list[str], **kwargs) -> None:
        super().__init__("counts", data.get("counts"), **kwargs)
        self.several = bool(self._initial)
        self._offense = as_dict(data.get("offense"))
        self._substances = substances
        self._not_offered: dict[str, str] = {}
        self._on: dt.date | None = None  # the edition's date, once known
        self._offense_moved = False  # the offense became Count 1
        # the class before the first styling: set on mount it restyled the whole offense
        # (a third of a second of the first screen)
        self.set_class(not self.several, "-single")

    def make_row(self, raw: dict[str, Any], index: int) -> EntryRow:
        return self._count(raw, index, several=True)

    def _count(self, raw: dict[str, Any], index: int, several: bool) -> CountFacts:
        return CountFacts(raw, index, self.path, self._substances, several, self._not_offered,
                          self._on)

    def compose(self) -> ComposeResult:
        if not self.several:
            yield self._count(self._offense, 0, several=False)
        yield from super().compose()

    def on_mount(self) -> None:
        self._retitle()

    def _retitle(self) -> None:
        self.border_title = "Counts of conviction — Ch.3 Pt.D" if self.several else None
        self.set_class(not self.several, "-single")

    @property
    def counts(self) -> list[CountFacts]:
        return [row for row in self.rows if isinstance(row, CountFacts)]

    def names(self) -> list[str] | None:
        """The counts' names, as departures name them; None for a single offense."""
        return [count.count_name for count in self.counts] if self.several else None

    def data(self) -> dict[str, Any]:
        if not self.several:
            return {"offense": Replace(self.counts[0].values()),
                    **({} if self.kept_as_written else {"counts": ABSENT})}
        data: dict[str, Any] = {"counts": [row.values() for row in self.rows] or ABSENT}
        if self._offense_moved:
            data["offense"] = ABSENT
        return data

    async def add_row(self, raw: dict[str, Any] | None = None) -> EntryRow:
        """A new count; the first added to a single offense makes that offense Count 1."""
        if not self.several:
            single = self.counts[0]
            first = single.values()
            self.several, self._offense_moved = True, True
            await single.remove()
            await self.mount(self.make_row(first, 0),
                             before=self.query_children(".list-message").first())
            self._retitle()
        return await super().add_row(raw)

    async def rows_removed(self) -> None:
        if self.several and not self.counts:  # back to one (empty) offense
            self.several = False
            single = self._count({}, 0, several=False)
            await self.mount(single, before=self.query_children(".list-message").first())
            self._retitle()
            single.focus_first()

    def set_substances(self, names: list[str]) -> None:
        self._substances = names
        for count in self.counts:
            count.set_substances(names)

    def offer_guidelines(self, not_offered: dict[str, str], on: dt.date | None = None) -> None:
        """Grey in each count's list the guidelines the edition applied lacks (in force on
        ``on``); each count's facts leave out the keys that edition does not have."""
        self._not_offered = not_offered
        self._on = on if on is not None else self._on
        for count in self.counts:
            count.offer_guidelines(not_offered, on)
