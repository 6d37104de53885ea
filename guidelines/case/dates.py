"""Dates of a case that cannot all be true: each problem names every field involved.

A defendant is born before any offense he commits; a prior's dates follow his birth; the
instant offense began before it ended and before sentencing; an age stated and a birth date
stated agree; and the Guidelines apply only to offenses committed on or after Nov. 1, 1987.
Checked when the case is validated (guidelines/case/model/model.py), so that the CLI, the API and the
terminal app refuse the same cases.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ussg.guidelines.engine.tables import ORIGINAL

if TYPE_CHECKING:
    from ussg.guidelines.case.model import Case

HISTORY = "criminal_history"


def age_on(born: dt.date, day: dt.date) -> int:
    """Completed years of age on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def impossible_dates(case: Case) -> list[tuple[str, str]]:
    """Every (field, message) of the case's dates that contradict each other."""
    history = case.criminal_history
    if case.offense_date is None and history.instant_offense_began is None \
            and history.career_offender is None and history.birth_date is None:
        return []  # no date to weigh against another (most cases): nothing below applies
    problems: list[tuple[str, str]] = []
    if case.offense_date is not None and case.offense_date < ORIGINAL:
        problems.append(("offense_date", (
            f"the offense ended {case.offense_date.isoformat()}, before Nov. 1, 1987: the "
            "Guidelines do not apply to it. They apply only to offenses committed on or after "
            "the day they took effect, Nov. 1, 1987 (Sentencing Reform Act of 1984, "
            "§ 235(a)(1), Pub. L. 98-473, as amended by Pub. L. 99-217); an earlier offense is "
            "sentenced under the law before the Guidelines")))
    instant = [("offense_date", case.offense_date),
               (f"{HISTORY}.instant_offense_began", history.instant_offense_began)]
    if history.career_offender is not None:
        instant.append((f"{HISTORY}.career_offender.instant_offense_committed",
                        history.career_offender.instant_offense_committed))
    instant = [(field, day) for field, day in instant if day is not None]
    began = history.instant_offense_began
    for field, day in instant:
        if began is not None and day < began:
            problems.append((field, f"{day.isoformat()} is before {HISTORY}.instant_offense_began "
                             f"{began.isoformat()}: the instant offense cannot end, or be "
                             "committed, before it began"))
        if case.sentencing_date is not None and day > case.sentencing_date:
            if field != "offense_date":  # offense_date: checked by the model itself
                problems.append((field, f"{day.isoformat()} is after sentencing_date "
                                 f"{case.sentencing_date.isoformat()}"))
    born = history.birth_date
    if born is None:
        return problems
    birth = f"{HISTORY}.birth_date {born.isoformat()}"
    for field, day in instant + [("sentencing_date", case.sentencing_date)]:
        if day is not None and day <= born:
            problems.append((field, f"{day.isoformat()} is not after {birth}: a defendant is "
                             "born before any offense he commits and any sentencing"))
    committed = history.career_offender.instant_offense_committed \
        if history.career_offender and history.career_offender.instant_offense_committed \
        else began
    if history.age_at_instant_offense is not None and committed is not None and committed > born:
        age = age_on(born, committed)
        if age != history.age_at_instant_offense:
            problems.append((f"{HISTORY}.age_at_instant_offense", (
                f"{history.age_at_instant_offense} does not agree with {birth}: the defendant "
                f"was {age} on {committed.isoformat()}; give one of the two, or correct it")))
    for index, prior in enumerate(history.priors or []):
        at = f"{HISTORY}.priors[{index}]"
        if prior.offense_date <= born:
            problems.append((f"{at}.offense_date", (
                f"{prior.offense_date.isoformat()} is not after {birth}: the prior offense, and "
                "every date of its sentence, must follow the defendant's birth")))
            continue
        age = age_on(born, prior.offense_date)
        if prior.age_at_offense is not None and prior.age_at_offense != age:
            problems.append((f"{at}.age_at_offense", (
                f"{prior.age_at_offense} does not agree with {birth}: the defendant was {age} "
                f"on the prior's offense_date {prior.offense_date.isoformat()}; give one of "
                "the two, or correct it")))
        if prior.juvenile and age >= 18:
            problems.append((f"{at}.juvenile", (
                f"juvenile = true, but by {birth} the defendant was {age} on the prior's "
                f"offense_date {prior.offense_date.isoformat()} (a juvenile is under 18)")))
    return problems
