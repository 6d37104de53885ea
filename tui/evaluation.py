"""From what the form holds to what the screens show: the case model, the computation and
the problems, each problem naming the field it belongs to.

Nothing is computed here: the form's values become the same dictionary a case file would
give, the library validates it (pydantic) and computes it (``ussg.guidelines.calculate``), and
every error — validation, engine, or even a bug — becomes a :class:`Problem` for the field
it names. The app never crashes on input.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ussg.guidelines.api import calculate
from ussg.guidelines.api import Case
from ussg.guidelines.api import computation_error, field_errors
from ussg.guidelines.api import Comparison, compare
from ussg.guidelines.api import Computation
from ussg.guidelines.api import CaseFileError, Reduction, reduce_sentence
from ussg.guidelines.api import Edition, EditionError, edition_in_force, edition_named
from ussg.guidelines.api import Manual, chapter_two_guidelines, guideline_in_force
from ussg.guidelines.api import facts_not_in_edition
from ussg.guidelines.api import format_date, supported_dates


class _Absent:
    """Marks a key the form leaves out of the case (an empty field)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class Replace:
    """A table the form states whole (the offense after counts were added and removed, say):
    it replaces the loaded table instead of being laid over it. Empty: the key is left out.
    """

    value: dict[str, Any]


@dataclass(frozen=True)
class Problem:
    field: str  # "offense.drugs[0].quantity"; "" for the case as a whole
    message: str  # the library's, in the case file's words (tui.wording says it the form's)
    missing: bool = False  # a required value not given yet (shown quietly)
    kind: str = ""  # pydantic's type of error ("date_from_datetime_inexact"); "" for others


@dataclass(frozen=True)
class Outcome:
    data: dict[str, Any]
    case: Case | None = None
    computation: Computation | None = None
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.computation is not None


def evaluate(data: dict[str, Any]) -> Outcome:
    """Validate and compute; never raises."""
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        problems = tuple(Problem(path, message, kind == "missing", kind)
                         for path, message, kind in field_errors(exc))
        return Outcome(data, problems=problems)
    return compute(case, data)


def compute(case: Case, data: dict[str, Any] | None = None) -> Outcome:
    try:
        computation = calculate(case)
    except Exception as exc:  # every input problem is named; a bug is shown, not raised
        error = computation_error(exc, case, "worksheet")
        if error is None:
            problem = Problem("", f"internal error (please report it): {type(exc).__name__}: {exc}")
        else:  # about a fact not stated at all: still to be given, not wrong
            problem = Problem(error.field, error.message, _absent(data or {}, error.field))
        return Outcome(data or {}, case, problems=(problem,))
    return Outcome(data or {}, case, computation)


def compare_with(case: Case, computation: Computation, manual: str) -> Comparison | Problem:
    """This worksheet's result beside the same facts under ``manual`` (``ussg compare``):
    the library computes both and lines their steps up.
    """
    try:
        return compare(case, [computation.manual_in_force.isoformat(), manual], calculate)
    except Exception as exc:
        return _problem_of(exc, case)


def reduce_motion(case: Case, amendment: str = "") -> Reduction | Problem:
    """The motion of the case's ``[reduction]`` under §1B1.10, as ``ussg reduce`` answers it
    (``amendment``, as typed: ``--amendment``; "" for every covered amendment): the library
    computes it, refuses what it cannot compute, and each refusal names its field."""
    number: int | None = None
    if amendment:
        if not amendment.isdigit():
            return Problem("--amendment", f"“{amendment}” is not an amendment's number: type "
                           "one such as 782, or leave it empty for every covered amendment")
        number = int(amendment)
    try:
        return reduce_sentence(case, "worksheet", amendment=number)
    except CaseFileError as error:  # ReductionRefused among them: the reason named
        return Problem(error.field, error.message)
    except Exception as exc:
        return _problem_of(exc, case)


def _problem_of(exc: Exception, case: Case) -> Problem:
    """What the library raised computing ``case`` beyond the worksheet (a comparison, a
    reduction), as the problem of the field it names; a bug is shown, not raised."""
    error = computation_error(exc, case, "worksheet")
    if error is None:
        return Problem("", f"internal error (please report it): {type(exc).__name__}: {exc}")
    return Problem(error.field, error.message)


def guidelines_not_offered(on: dt.date) -> dict[str, str]:
    """The registry's guidelines the library refuses under the edition in force on ``on``
    (``guideline_in_force``: not in that Manual, or not entered for it), each with the
    editions it accepts them under, in a few words: "from Nov. 1, 2006" (the first later
    supported edition that accepts it), else "before Nov. 1, 2001" (the edition after the
    last one that does)."""
    return {section: when for section, when in guidelines_in_turn(on) if when is not None}


def guidelines_in_turn(on: dt.date) -> Iterator[tuple[str, str | None]]:
    """Each of the registry's guidelines, in its order, looked at when asked for (the terminal
    app handles keys between two): its section and :func:`guidelines_not_offered`'s words
    for it, or None where the edition in force on ``on`` accepts it."""
    for guideline in chapter_two_guidelines():
        yield guideline.section, _not_offered_words(guideline.section, on)


@functools.lru_cache(maxsize=4096)
def _not_offered_words(section: str, on: dt.date) -> str | None:
    """One guideline's answer in :func:`guidelines_in_turn`, kept (an edition met again, in
    one call or one guideline at a time, is answered from here)."""
    return None if _accepts(section, on) else _when_accepted(section, on)


@functools.lru_cache(maxsize=256)
def facts_not_offered(section: str, on: dt.date) -> frozenset[str]:
    """The keys of ``section``'s facts table the edition in force on ``on`` does not have,
    as the library says (``facts_not_in_edition``: §2N2.1's and §2N3.1's §2F1.1 findings from
    Nov. 1, 2001, their §2B1.1 findings before); none where the edition is not known or lacks
    the guideline (the library's refusal says why)."""
    try:
        return facts_not_in_edition(section, Manual(edition_in_force(on)))
    except (CaseFileError, EditionError, LookupError):
        return frozenset()


def _when_accepted(section: str, on: dt.date) -> str:
    dates = supported_dates()
    later = next((d for d in dates if d > on and _accepts(section, d)), None)
    if later is not None:
        return f"from {format_date(later)}"
    earlier = [d for d in dates if d < on and _accepts(section, d)]
    if earlier:
        after = next(d for d in dates if d > earlier[-1])
        return f"before {format_date(after)}"
    return "not in this edition"


@functools.lru_cache(maxsize=4096)
def _accepts(section: str, on: dt.date) -> bool:
    guideline = next(g for g in chapter_two_guidelines() if g.section == section)
    try:
        guideline_in_force(guideline, Manual(edition_in_force(on)), "guideline")
    except (CaseFileError, EditionError):
        return False
    return True


def edition_for(manual: str | None, sentencing_date: dt.date | None) -> Edition | None:
    """The edition the form points at, for look-ups (substance names, checklist items)."""
    try:
        if manual:
            return edition_named(manual)
        if sentencing_date is not None:
            return edition_in_force(sentencing_date)
    except EditionError:
        return None
    return None


def _absent(data: dict[str, Any], path: str) -> bool:
    """True if ``path`` ("offense.drugs", "offense.drugs[0].x") names nothing in ``data``."""
    value: Any = data
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        if part.startswith("["):
            index = int(part[1:-1])
            if not isinstance(value, list) or index >= len(value):
                return True
            value = value[index]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return True
    return False


def overlay(base: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``patch`` laid over it: tables merge key by key, other values (lists
    included) replace, ABSENT removes, :class:`Replace` replaces a table. Keys the form does
    not show are kept as loaded.
    """
    merged = dict(base)
    for key, value in patch.items():
        if value is ABSENT or (isinstance(value, Replace) and not value.value):
            merged.pop(key, None)
        elif isinstance(value, Replace):
            merged[key] = _clean(value.value)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = overlay(merged[key], value)
        elif isinstance(value, dict):
            added = overlay({}, value)
            if added:  # a table the form leaves empty is not added to the case
                merged[key] = added
        else:
            merged[key] = _clean(value)
    return merged


def _clean(value: Any) -> Any:
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not ABSENT}
    return value


def find_slot(path: str, slots: list[str]) -> str | None:
    """The slot that shows an error at ``path``: the same path, else the nearest enclosing
    one ("offense.drugs[0]" shows "offense.drugs[0].foo"); None if no slot encloses it.
    """
    best = None
    for slot in slots:
        if slot == path:
            return slot
        encloses = slot == "" or path.startswith((slot + ".", slot + "["))
        if encloses and (best is None or len(slot) > len(best)):
            best = slot
    return best
