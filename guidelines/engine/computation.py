"""The computation record: an ordered list of cited steps and the result they lead to.

Plain frozen dataclasses: every value is made by the engine from checked tables, never
from user input, so there is nothing to validate (pydantic still serializes them, and
`computation_json_schema()` publishes their shape).

Each step is a value (section, edition, input, change, level after, reason), so the text
worksheet, the JSON output and the terminal app all render the same record.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from dataclasses import dataclass, field, fields
from functools import cache, lru_cache
from typing import Literal

from pydantic import TypeAdapter

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.engine.tables import Citation, CitationText
from ussg.guidelines.engine.term import LIFE, LIFE_MONTHS, Term

Chapter = Literal["edition", "chapter_two", "chapter_three", "departure", "chapter_five",
                  "chapter_four", "statute", "variance"]


@dataclass(frozen=True, init=False)
class Step:
    """One step of the computation.

    A plain dataclass rather than a pydantic model: steps are made by the engine from
    checked tables, never from user input, and a calculation makes many of them
    (benchmarks/bench_calculate.py). Pydantic still serializes them inside Computation.
    """

    chapter: Chapter  # stage of the computation, in the order of §1B1.1
    section: str  # section applied, e.g. "§2D1.1(c)(1)"
    title: str  # what the step decides, in a few words
    input: str  # the fact that triggered the step
    change: str  # its effect: "+2", "= 42", "→ 43", or a result such as a range
    delta: int | None = None  # change in offense level, where one
    level: int | None = None  # offense level after the step
    reason: str = ""  # one line: why the step applies
    source: str = ""  # the table version used: amendment and date
    scope: str | None = None  # the count or Group the step belongs to (several counts only)
    # the table version's citation as a value (section, edition, amendments, effective date,
    # source document); taken from ``source`` when that is a version's citation
    # (Version.citation), None where the step cites no single version
    citation: Citation | None = None

    def __init__(self, chapter: Chapter, section: str, title: str, input: str, change: str,
                 delta: int | None = None, level: int | None = None, reason: str = "",
                 source: str = "", scope: str | None = None,
                 citation: Citation | None = None) -> None:
        # The dataclass's own __init__ for a frozen class sets each field through
        # object.__setattr__, a call per field: about 2.2 µs a step against 0.9 µs for these
        # stores into the instance's __dict__ (a calculation makes 3-5 steps a case). The
        # class stays frozen: assigning a field afterwards raises FrozenInstanceError.
        # Written out, not made by engine/records.frozen_record as the other records are,
        # for the version's citation taken from ``source``; tests/engine/test_step_init.py
        # checks this signature against the fields.
        if citation is None and isinstance(source, CitationText):
            citation = source.citation  # the version's citation, where ``source`` is one
        values = self.__dict__
        values["chapter"] = chapter
        values["section"] = section
        values["title"] = title
        values["input"] = input
        values["change"] = change
        values["delta"] = delta
        values["level"] = level
        values["reason"] = reason
        values["source"] = source
        values["scope"] = scope
        values["citation"] = citation

    @property
    def changes_level(self) -> bool:
        """True for steps that set or move the offense level (not notes such as the range)."""
        return self.change[:1] in ("=", "→", "+", "-")


@frozen_record(slots=True)
class GuidelineRange:
    min_months: int | None  # None when the range is life imprisonment
    max_months: int | None  # None when the range reaches life
    life: bool  # True when the range is, or reaches, life imprisonment

    @classmethod
    def from_months(cls, low: int, high: int) -> GuidelineRange:
        """The range from ``low`` to ``high`` months (LIFE_MONTHS: life)."""
        if low >= LIFE_MONTHS:
            return cls(min_months=None, max_months=None, life=True)
        return cls(min_months=low, max_months=None if high >= LIFE_MONTHS else high,
                   life=high >= LIFE_MONTHS)

    @classmethod
    def from_terms(cls, minimum: Term, maximum: Term) -> GuidelineRange:
        """The range between two terms of imprisonment in whole months (or life)."""
        if minimum.days or maximum.days:
            raise ValueError("a guideline range is in whole months")
        return cls.from_months(LIFE_MONTHS if minimum.life else minimum.months,
                               LIFE_MONTHS if maximum.life else maximum.months)

    @property
    def minimum(self) -> Term:
        """The bottom of the range as a term of imprisonment (life for a range of life)."""
        return LIFE if self.min_months is None else Term(self.min_months)

    @property
    def maximum(self) -> Term:
        """The top of the range as a term of imprisonment (life where it reaches life)."""
        return LIFE if self.life or self.max_months is None else Term(self.max_months)

    @property
    def months(self) -> tuple[int, int]:
        """(minimum, maximum) in months, life as LIFE_MONTHS: for comparing and adding."""
        return (LIFE_MONTHS if self.min_months is None else self.min_months,
                LIFE_MONTHS if self.life or self.max_months is None else self.max_months)

    def __str__(self) -> str:
        if self.life and self.min_months is None:
            return "life imprisonment"
        if self.life:
            return f"{self.min_months} months–life"
        if self.min_months == self.max_months:
            return f"{self.min_months} months"
        return f"{self.min_months}–{self.max_months} months"


@frozen_record(slots=True)
class GroupResult:
    """One Group of Closely Related Counts (§§3D1.2-3D1.4), as Worksheet B shows it."""

    name: str
    counts: tuple[str, ...]
    grouped_under: str  # §3D1.2 subsections, e.g. "(d)"; "" for a count alone
    offense_level: int
    units: str  # "1", "1/2" or "0" (disregarded)


@frozen_record(slots=True)
class CountResult:
    """The statutory penalties of one count, and the Group it went to."""

    name: str
    statute: str  # as the case states it
    provision: str  # the penalty provision applied, e.g. "21 U.S.C. § 841(b)(1)(B)"
    felony_class: str  # 18 U.S.C. § 3559(a): "A" ... "E", "misdemeanor_A" ...
    minimum_months: int
    maximum_months: int | None  # None: life
    mandatory_life: bool
    minimum_binds: bool  # False where §5C1.2 or 18 U.S.C. § 3553(e) lifts the minimum
    consecutive: bool  # imposed consecutively under §5G1.2(a)
    supervised_release_minimum_years: int | None
    maximum_fine: int | None  # dollars; None: not determined (maximum term not stated)
    group: str | None
    maximum_stated: bool = True  # False: the minimum as stated, the maximum "not stated"
    # §5G1.2(a)-(d): the sentence on this count (a point where the court's total punishment
    # is stated or the range is one; else the total punishment's range within the count's
    # statutory limits), how it runs, and what limited it; None where ussg does not
    # determine it (one count: §5G1.1; §4B1.1(c)'s apportionment, §5G1.2(e))
    sentence: GuidelineRange | None = None
    # None also for the count carrying the highest maximum that the others run consecutively
    # to (§5G1.2(d))
    runs: Literal["concurrently", "consecutively", "consecutively_as_necessary"] | None = None
    sentence_note: str = ""  # e.g. "the statutory maximum"


@frozen_record(slots=True)
class SentenceOptions:
    """§5B1.1 / §5C1.1: the kinds of sentence the guidelines allow for the range."""

    zone: str | None
    probation: str  # authorized | with_confinement_conditions | not_authorized
    imprisonment: str  # how the minimum term may be satisfied
    statutory_bar: str = ""  # why a statute bars probation, if it does


@frozen_record(slots=True)
class SupervisedReleaseRange:
    """§5D1.1 / §5D1.2: the guideline term of supervised release, in years."""

    min_years: int  # 0: no guideline minimum (Nov. 1, 2025 on)
    max_years: int | None  # None: life (§5D1.2(b); from Nov. 1, 2025 a statute's term)
    required: str  # when the guidelines or a statute require a term


@frozen_record(slots=True)
class FineRange:
    """§5E1.2(c): the guideline fine range, in dollars."""

    min_dollars: int
    max_dollars: int
    table_max_dollars: int
    statutory_max_dollars: int | None  # the counts' statutory maximums together (None: not
    # determined, a count's maximum term not stated)


@frozen_record
class Result:
    total_offense_level: int  # before Ch.5 Pt.A, comment. (n.2)
    table_offense_level: int  # the level used in the Sentencing Table, 1-43
    criminal_history_category: str
    range: GuidelineRange  # the Sentencing Table cell
    zone: str | None  # Sentencing Table zone; None before Nov. 1, 1992
    groups: tuple[GroupResult, ...] = ()  # several counts: Worksheet B
    combined_offense_level: int | None = None  # several counts: §3D1.4
    counts: tuple[CountResult, ...] = ()  # where statutes are stated
    # the range bounded by the statutes (§5G1.1 / §5G1.2); min = max where a statute fixes
    # the guideline sentence
    statutory_range: GuidelineRange | None = None
    consecutive_months: int | None = None  # terms imposed under §5G1.2(a), e.g. § 924(c)
    total_range: GuidelineRange | None = None  # statutory_range plus consecutive terms
    sentence_options: SentenceOptions | None = None
    supervised_release: SupervisedReleaseRange | None = None
    fine: FineRange | None = None
    sentence_after_variance: GuidelineRange | None = None  # 18 U.S.C. § 3553(a), in months
    # §4B1.1(c): "the applicable guideline range shall be determined as follows" — the
    # greater of (c)(2)(A) and (B), which replaces the Sentencing Table cell (``range``, then
    # the "otherwise applicable guideline range" of the other counts, comment. (n.3(C)))
    applicable_range: GuidelineRange | None = None
    # the total punishment the court imposed, as the case states it (§5G1.2(b))
    imposed: GuidelineRange | None = None

    @property
    def guideline_range(self) -> GuidelineRange:
        """The guideline range that applies: §4B1.1(c)'s where it applies, else the cell."""
        return self.range if self.applicable_range is None else self.applicable_range


#: Result keys added after the first release: left out of the JSON when empty, so that
#: existing consumers see exactly what they saw before.
OPTIONAL_KEYS = ("groups", "combined_offense_level", "counts", "statutory_range",
                 "consecutive_months", "total_range", "sentence_options", "supervised_release",
                 "fine", "sentence_after_variance", "applicable_range", "imposed")


@frozen_record(slots=True)
class EditionSummary:
    """The result of the same case under another edition."""

    manual: str
    manual_in_force: dt.date
    result: Result


@frozen_record
class Computation:
    """The whole record: the edition applied, every step, the result, and caveats."""

    case_name: str
    manual: str  # the edition applied, in words
    manual_in_force: dt.date  # the date whose law was applied
    edition: dt.date  # the annual edition that date belongs to
    steps: list[Step]
    result: Result
    warnings: list[str] = field(default_factory=list)  # unverified versions used, etc.
    compared: list[EditionSummary] = field(default_factory=list)  # §1B1.11 alternatives

    def summary(self) -> EditionSummary:
        return EditionSummary(self.manual, self.manual_in_force, self.result)

    def to_json_dict(self) -> dict:
        """The published JSON shape (`ussg calc --format json`)."""
        data = _json_adapter().dump_python(self, mode="json")
        result = _without_empty(data.pop("result"))
        for summary in data.get("compared", []):
            _without_empty(summary["result"])
        for step in data["steps"]:
            for key in ("scope", "citation"):
                if step.get(key) is None:
                    step.pop(key, None)
        return {"case_name": data.pop("case_name"), **result, **data}

    def to_json_text(self) -> str:
        """:meth:`to_json_dict` as JSON text, byte for byte what
        ``json.dumps(computation.to_json_dict(), ensure_ascii=False)`` writes (the separators
        ", " and ": "): :meth:`to_json_bytes` read back as UTF-8."""
        return self.to_json_bytes().decode("utf-8", "surrogatepass")

    def to_json_bytes(self) -> bytes:
        """:meth:`to_json_text` in UTF-8, written here from the dataclasses directly: a batch
        of JSON Lines writes one such text per case, and the dict then ``json`` took about
        twice as long; a worker process sends bytes back more cheaply than a tree of objects
        (or a text, which pickle encodes and the main process decodes again), and the main
        process writes them as they are. Each string's and each step's JSON is kept by value
        for the cases that follow (a batch states the same few steps again and again).
        A lone surrogate (no case file's text can hold one) is written as "surrogatepass"
        writes it, so that the text read back is the same. tests/engine/test_computation_json.py
        checks this against pydantic's serializer and ``json.dumps`` on every case file of
        the repository under several editions and on generated cases."""
        return b"".join((
            b'{"case_name": ', _JSON_STRINGS.get(self.case_name) or _json_string(self.case_name),
            b", ", _result_members(self.result),
            b', "manual": ', _JSON_STRINGS.get(self.manual) or _json_string(self.manual),
            b', "manual_in_force": ', _date_json(self.manual_in_force),
            b', "edition": ', _date_json(self.edition),
            b', "steps": [', b", ".join(map(_step_json, self.steps)),
            b'], "warnings": [', b", ".join(map(_json_string, self.warnings)),
            b'], "compared": [', b", ".join(map(_summary_json, self.compared)), b"]}"))


# The JSON of a computation (Computation.to_json_bytes), piece by piece, in UTF-8. Each
# function writes what pydantic's serializer gives in mode="json" (dates as ISO strings,
# tuples as lists) and json.dumps(..., ensure_ascii=False) prints of it.

#: A string as JSON, the characters as they are (json's own C function for ensure_ascii=False)
_text = json.encoder.encode_basestring
#: How many strings' and steps' JSON are kept (_JSON_STRINGS, _STEP_JSON): when either holds
#: this many, it is emptied and fills again with what the next cases state, so that a batch's
#: memory stays flat whatever its cases' words (a quantity, a name: a new string each case).
_KEPT = 4096
#: Each string's JSON (quoted, escaped), by the string's value
_JSON_STRINGS: dict[str, bytes] = {}


def _json_string(text: str) -> bytes:
    """A string's JSON in UTF-8 (kept by value in _JSON_STRINGS)."""
    found = _JSON_STRINGS.get(text)
    if found is None:
        if len(_JSON_STRINGS) >= _KEPT:
            _JSON_STRINGS.clear()
        found = _JSON_STRINGS[text] = _text(text).encode("utf-8", "surrogatepass")
    return found


def _number(value: int | None) -> bytes:
    return b"null" if value is None else b"%d" % int(value)


@lru_cache(maxsize=1024)
def _date_json(day: dt.date) -> bytes:
    """A date's JSON, an ISO string (a batch states the same few dates)."""
    return b'"%s"' % day.isoformat().encode()


def _value_json(value: object) -> bytes:
    """Any value of the computation's dataclasses as JSON (the rarer parts: counts, Groups,
    the Chapter Five ranges); a dataclass as an object of its fields in order."""
    if value is None:
        return b"null"
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, int):
        return b"%d" % int(value)
    if isinstance(value, dt.date):
        return _date_json(value)
    if isinstance(value, (list, tuple)):
        return b"[" + b", ".join(map(_value_json, value)) + b"]"
    if isinstance(value, CountResult):
        return _count_json(value)
    if isinstance(value, GuidelineRange):
        return _range_json(value)
    return b"{" + b", ".join(b'"%s": %b' % (name.encode(), _value_json(getattr(value, name)))
                             for name in _field_names(type(value))) + b"}"


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _range_json(months: GuidelineRange) -> bytes:
    """A range's object (every result has one, or several)."""
    return b'{"min_months": %b, "max_months": %b, "life": %b}' % (
        _number(months.min_months), _number(months.max_months),
        b"true" if months.life else b"false")


def _result_members(result: Result) -> bytes:
    """A result's members, without the braces: the optional keys a computation did not fill
    (OPTIONAL_KEYS: None or empty) left out. A result that fills none (most single counts)
    is kept by its values (_RESULT_JSON)."""
    values = _RESULT_VALUES(result.__dict__)
    if values[5:] != _NONE_FILLED:
        return _members(values)
    months = values[3]
    key = (*values[:3], months.min_months, months.max_months, months.life, values[4])
    found = _RESULT_JSON.get(key)
    if found is None:
        if len(_RESULT_JSON) >= _KEPT:
            _RESULT_JSON.clear()
        found = _RESULT_JSON[key] = _members(values)
    return found


def _members(values: tuple) -> bytes:
    total, table, category, months, zone = values[:5]
    members = [b'"total_offense_level": %b, "table_offense_level": %b, '
               b'"criminal_history_category": %b, "range": %b, "zone": %b' % (
                   _number(total), _number(table), _json_string(category),
                   _range_json(months), _value_json(zone))]
    for key, value in zip(OPTIONAL_KEYS, values[5:]):
        if value is not None and not (isinstance(value, (list, tuple)) and not value):
            members.append(b'"%s": %b' % (key.encode(), _value_json(value)))
    return b", ".join(members)


#: A result's values in the order of its JSON: the five every result has, then OPTIONAL_KEYS
#: (read from its __dict__, where its __init__ writes every field: engine/records.py)
_RESULT_VALUES = operator.itemgetter("total_offense_level", "table_offense_level",
                                     "criminal_history_category", "range", "zone",
                                     *OPTIONAL_KEYS)
#: The optional values of a result that fills none of them (the record's defaults)
_NONE_FILLED = tuple(Result.__dataclass_fields__[key].default for key in OPTIONAL_KEYS)
#: The members of a result that fills no optional key, by the values they show
_RESULT_JSON: dict[tuple, bytes] = {}


def _count_json(count: CountResult) -> bytes:
    """A count's object: ``maximum_stated`` only where it is false, and the keys of
    OPTIONAL_COUNT_KEYS only where determined."""
    members = []
    for name in _field_names(CountResult):
        value = getattr(count, name)
        if (name == "maximum_stated" and value is True) or (
                name in OPTIONAL_COUNT_KEYS and value in (None, "")):
            continue
        members.append(b'"%s": %b' % (name.encode(), _value_json(value)))
    return b"{" + b", ".join(members) + b"}"


def _summary_json(summary: EditionSummary) -> bytes:
    return b'{"manual": %b, "manual_in_force": %b, "result": {%b}}' % (
        _json_string(summary.manual), _date_json(summary.manual_in_force),
        _result_members(summary.result))


#: Each step's JSON around its input (what it writes before the input's JSON and after it),
#: by the step's other fields: the values of every field but the input and the citation, and
#: the citation by identity (its own hash is a Python call); the entry holds the citation,
#: so no other can have its id while the entry is kept. The input is left out of the key: a
#: quantity ("611.178003 kg of Fentanyl") makes it new in nearly every case
_STEP_JSON: dict[tuple, tuple[bytes, bytes, Citation | None]] = {}
#: A step's values but its input and citation (every other field of Step: a field added is
#: in the key), read from the step's __dict__ (Step.__init__ writes every field there)
_STEP_VALUES = operator.itemgetter(*(f.name for f in fields(Step)
                                     if f.name not in ("input", "citation")))


def _step_json(step: Step) -> bytes:
    """A step's object, every field in order; ``scope`` and ``citation`` only where set."""
    citation = step.citation
    key = (_STEP_VALUES(step.__dict__), id(citation))
    found = _STEP_JSON.get(key)
    if found is None or found[2] is not citation:
        found = _step_around_input(step, key)
    words = step.input
    return b"".join((found[0], _JSON_STRINGS.get(words) or _json_string(words), found[1]))


def _step_around_input(step: Step, key: tuple) -> tuple[bytes, bytes, Citation | None]:
    """What a step's JSON writes before its input's JSON and after it, kept (_STEP_JSON)."""
    before = b'{"chapter": %b, "section": %b, "title": %b, "input": ' % (
        _json_string(step.chapter), _json_string(step.section), _json_string(step.title))
    after = b', "change": %b, "delta": %b, "level": %b, "reason": %b, "source": %b' % (
        _json_string(step.change), _number(step.delta), _number(step.level),
        _json_string(step.reason), _json_string(step.source))
    if step.scope is not None:
        after += b', "scope": ' + _json_string(step.scope)
    if step.citation is not None:
        after += b', "citation": ' + _citation_json(step.citation)
    if len(_STEP_JSON) >= _KEPT:
        _STEP_JSON.clear()
    found = _STEP_JSON[key] = (before, after + b"}", step.citation)
    return found


@lru_cache(maxsize=4096)
def _citation_json(citation: Citation) -> bytes:
    """A citation's object. Kept by value (a Citation is a frozen value made from a table
    version, and a batch cites the same few versions again and again)."""
    return b'{"section": %b, "edition": %b, "amendments": %b, "effective": %b, ' \
           b'"document": %b}' % (
               _json_string(citation.section), _value_json(citation.edition),
               _value_json(citation.amendments), _date_json(citation.effective),
               _json_string(citation.document))


#: Count keys added after the first release, left out where not determined (one count).
OPTIONAL_COUNT_KEYS = ("sentence", "runs", "sentence_note")


def _without_empty(result: dict) -> dict:
    """Drop the optional result keys a computation did not fill (see OPTIONAL_KEYS)."""
    for key in OPTIONAL_KEYS:
        if result.get(key) in (None, []):
            result.pop(key, None)
    for count in result.get("counts", []):
        if count.get("maximum_stated") is True:
            del count["maximum_stated"]  # shown only where a count's maximum is not stated
        for key in OPTIONAL_COUNT_KEYS:
            if count.get(key) in (None, ""):
                count.pop(key, None)
    return result


@cache
def _json_adapter() -> TypeAdapter[Computation]:
    """Built on first use: a text worksheet (and the terminal app's start) never needs it."""
    return TypeAdapter(Computation)


def computation_json_schema() -> dict:
    return _json_adapter().json_schema(mode="serialization")
