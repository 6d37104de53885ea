"""What the homicide guidelines' tests (§§2A1.1-2A1.5, tests/manual/ch2/s2a1_*) share: a
one-count case computed in-process through the engine (``calculate``: the threshold edges,
fast), its Chapter Two steps, and a case refused as bad input with its field and message."""

from __future__ import annotations

import datetime as dt

import pytest

from ussg.guidelines import calculate
from ussg.guidelines.case.model import Case
from ussg.guidelines.engine.errors import CaseError


def case(guideline: str, manual: str, key: str | None = None, facts: dict | None = None,
         category: str = "I", **offense) -> Case:
    """A one-count case under ``guideline``, its facts ``facts`` in ``[offense.<key>]``,
    criminal history ``category``: ``manual`` a year ("1995": that edition) or a day
    ("2004-10-31": sentenced that day, the Manual then in force, §1B1.11(a))."""
    stated = {"guideline": guideline, **offense}
    if key is not None:
        stated[key] = facts if facts is not None else {}
    when = {"sentencing_date": dt.date.fromisoformat(manual)} if len(manual) == 10 \
        else {"manual": manual}
    return Case.model_validate({**when, "criminal_history": {"category": category},
                                "offense": stated})


def steps(guideline: str, manual: str, key: str | None = None, facts: dict | None = None,
          **offense) -> list[tuple[str, int]]:
    """(section, level) of each Chapter Two step, in the worksheet's order."""
    computation = calculate(case(guideline, manual, key, facts, **offense))
    return [(s.section, s.level) for s in computation.steps if s.chapter == "chapter_two"]


def chapter_two(guideline: str, manual: str, key: str | None = None,
                facts: dict | None = None, **offense):
    """The Chapter Two steps themselves (their reasons and sources), in order."""
    computation = calculate(case(guideline, manual, key, facts, **offense))
    return [s for s in computation.steps if s.chapter == "chapter_two"]


def refused(guideline: str, manual: str, key: str | None = None, facts: dict | None = None,
            **offense) -> tuple[str, str]:
    """The (field, message) of the one problem refusing the case."""
    with pytest.raises(CaseError) as error:
        calculate(case(guideline, manual, key, facts, **offense))
    (problem,) = error.value.problems
    return problem.field, problem.message
