"""Chapter Four: the criminal history category as stated, or the prior record that gives it
(Ch.4 Pt.A), and the rest of `[criminal_history]`.

The category and the prior record exclude each other in the case model: the picker's first
choice, "from the prior record", states the record (even an empty one: no prior sentences);
a category I–VI states the category. Prior sentences typed while a category is stated are
kept on screen and sent with it, so the conflict is shown, not dropped. Adding the first
prior sentence to a case with a stated category switches the picker to the prior record.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Collapsible, Select

from ussg.guidelines.api import CriminalHistory
from ussg.guidelines.api import Prior
from ussg.guidelines.api import CATEGORIES

from ..evaluation import ABSENT
from .entry_list import EntryList
from .fact_fields import FactFields
from .field_message import FieldMessage, compose_field
from .lazy_select import LazySelect
from .model_entries import ModelEntryList
from .prestyled_collapsible import PrestyledCollapsible

FROM_RECORD = "record"  # the picker's value for "computed from the prior record"
#: facts of the instant offense that the prior record is counted against, shown with it
RECORD_DATES = ["instant_offense_began", "birth_date"]
#: everything else of [criminal_history], shown as the schema describes it
MORE_FINDINGS = [name for name in CriminalHistory.model_fields
                 if name not in ("category", "priors", *RECORD_DATES)]
#: what most prior sentences need; the rest of the Prior model opens below them
PRIOR_SHOWN = ["description", "kind", "offense_date", "sentence_date", "imprisonment",
               "release_date"]
PRIOR_MORE = [name for name in Prior.model_fields if name not in PRIOR_SHOWN]
PRIOR_LABELS = {"instant_offense_began": "Commenced", "birth_date": "Born",
                "id": "Id", "sentence_date": "Sentenced", "conviction_date": "Convicted",
                "arrest_date": "Arrested", "offense_date": "Offense date",
                "release_date": "Released", "revocations": "Revocation",
                "age_at_offense": "Age", "charging_instrument": "Charged in",
                "related_cases": "Related as", "related_because": "Because",
                "similar_to_instant": "Similar to the instant offense",
                "part_of_instant_offense": "Part of the instant offense",
                "controlled_substance_offense": "Controlled substance offense"}


class PriorRecord(ModelEntryList):
    """The prior sentences, one entry each ([[criminal_history.priors]])."""

    def __init__(self, priors: list[Any], **kwargs) -> None:
        super().__init__(Prior, "criminal_history.priors", priors, noun="Prior sentence",
                         shown=PRIOR_SHOWN, more=PRIOR_MORE,
                         more_title="arrest, conviction, terms, revocations, Ch.4 Pt.B…",
                         labels=PRIOR_LABELS, **kwargs)
        self.ADD_ID = "add-prior"


class CriminalHistoryPicker(Vertical):
    """Criminal history: the category I to VI as stated, or the prior record; the points,
    status, Ch.4 Pt.B and §4C1.1 findings."""

    def __init__(self, history: dict[str, Any], **kwargs) -> None:
        super().__init__(**kwargs)
        self.border_title = "Criminal history — Ch.4"
        self._history = history
        category = history.get("category")
        self._choices = [("from the prior record", FROM_RECORD)] + [(c, c) for c in CATEGORIES]
        if category is not None and category not in CATEGORIES:
            self._choices.append((f"{category} (as written)", category))
        if category is not None:
            self._value: Any = category
        elif isinstance(history.get("priors"), list):
            self._value = FROM_RECORD
        else:
            self._value = Select.NULL

    def compose(self) -> ComposeResult:
        history = self._history
        self._category: Select[str] = LazySelect(
            self._choices, prompt="(I–VI, or from the prior record)", value=self._value,
            compact=True, id="category")
        yield from compose_field("Category", "criminal_history.category", self._category)
        self._dates = FactFields(CriminalHistory, "criminal_history", history, RECORD_DATES,
                                 compact=True, labels=PRIOR_LABELS, id="record-dates")
        with Vertical(id="prior-record-section"):
            yield self._dates
            yield PriorRecord(history.get("priors"), id="prior-record")
        more = self._more = FactFields(CriminalHistory, "criminal_history", history,
                                       MORE_FINDINGS)
        more.closed = not more.stated  # laid out when first opened
        yield PrestyledCollapsible(more, title="points, status, Ch.4 Pt.B, §4C1.1",
                          collapsed=not more.stated, id="history-more")
        yield FieldMessage("criminal_history")

    def on_mount(self) -> None:
        self.query_one("#prior-record-section").border_title = "Prior record — Ch.4 Pt.A"

    async def on_collapsible_expanded(self, event: Collapsible.Expanded) -> None:
        if event.collapsible.id == "history-more":
            await self._more.open()

    @property
    def record(self) -> PriorRecord:
        return self.query_one(PriorRecord)

    def on_entry_list_rows_changed(self, event: EntryList.RowsChanged) -> None:
        """The first prior sentence added under a stated category: the record decides now."""
        select = self._category
        if (event.entries is self.record and len(self.record.rows) == 1
                and select.value in CATEGORIES):
            select.value = FROM_RECORD

    def data(self) -> dict[str, Any]:
        choice = self._category.value
        priors = self.record.values()
        if choice == FROM_RECORD:
            category, record = ABSENT, priors
        elif choice is Select.NULL:
            category, record = ABSENT, priors or ABSENT
        else:  # a category (or a value as written): priors typed too are sent, to be refused
            category, record = choice, priors or ABSENT
        if self.record.kept_as_written:  # not a list in the file: left as written
            record = self._history["priors"]
        return {"criminal_history": {"category": category, "priors": record,
                                     **self._dates.data(), **self._more.data()}}
