"""Hypothesis strategies for Chapter Four: prior records a court could state.

Records are drawn so that every fact the engine may ask for is there (release and arrest
dates, the birth date) and no comparison depends on the length of a month (each record states
its terms in months or in days, never both), so every drawn record can be computed.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from ussg.guidelines.case.criminal_record import OFFENSE_KINDS, CriminalHistory

BEGAN = dt.date(2015, 6, 1)
BORN = dt.date(1985, 1, 1)
#: Editions whose Chapter Four rules differ: related cases + recency (1994), single sentence +
#: recency (2009), neither (2015), Amendment 821 (2023, 2025).
EDITIONS = [dt.date(1994, 11, 1), dt.date(2009, 11, 1), dt.date(2015, 11, 1),
            dt.date(2023, 11, 1), dt.date(2025, 11, 1)]
MONTHS = [3, 6, 10, 12, 13, 14, 18, 24, 36, 60, 120]
DAYS = [1, 5, 10, 29, 30, 45, 59, 60, 61, 90, 180, 360, 500, 1000]


def _term(unit: str, amount: int) -> str:
    return f"{amount} {unit}"


ANCHORS = [dt.date(1990, 1, 6), dt.date(1996, 1, 2), dt.date(2003, 1, 2), dt.date(2008, 1, 2),
           dt.date(2011, 1, 2), dt.date(2012, 7, 2), dt.date(2013, 7, 2)]


@st.composite
def prior_facts(draw, unit: str, violence: bool = True, earliest: dt.date = dt.date(1996, 1, 1),
                latest: dt.date = dt.date(2015, 5, 1), light: bool = False) -> dict:
    """One prior (``light``: mostly sentences without imprisonment). Offenses cluster on a
    few dates (so sentences are often imposed the same day and counted as one); offense dates
    fall on even day numbers and arrests the day after, so no arrest falls on another
    offense's date."""
    anchors = [a for a in ANCHORS if earliest <= a <= latest] or [earliest]
    offense = draw(st.sampled_from(anchors)) + dt.timedelta(days=2 * draw(st.integers(0, 2)))
    sentenced = offense + dt.timedelta(days=draw(st.sampled_from([30, 60, 90, 180])))
    amounts = MONTHS if unit == "months" else DAYS
    facts: dict = {
        "kind": draw(st.one_of(st.sampled_from(["felony", "misdemeanor"]),
                               st.sampled_from(list(OFFENSE_KINDS)))),
        "offense_date": offense,
        "arrest_date": offense + dt.timedelta(days=1),
        "sentence_date": sentenced,
        "release_date": sentenced + dt.timedelta(days=draw(st.sampled_from(
            [0, 30, 200, 400, 700, 1500, 3000]))),
        "crime_of_violence": violence and draw(st.booleans()),
        "similar_to_instant": draw(st.booleans()),
    }
    if draw(st.booleans()) and not (light and draw(st.integers(0, 4))):
        facts["imprisonment"] = _term(unit, draw(st.sampled_from(amounts)))
        facts["consecutive"] = draw(st.booleans())
    if draw(st.booleans()):
        facts["probation"] = draw(st.sampled_from(["6 months", "1 year", "2 years"]))
    if draw(st.booleans()) and not light:
        revoked = sentenced + dt.timedelta(days=draw(st.integers(0, 200)))
        facts["revocations"] = [{"date": revoked,
                                 "imprisonment": _term(unit, draw(st.sampled_from(amounts)))}]
        facts["release_date"] = max(facts["release_date"], revoked)
    age = (offense - BORN).days // 366
    facts["juvenile"] = age < 17 and draw(st.booleans())
    facts["disposition"] = draw(st.sampled_from(
        ["sentenced"] * 6 + ["diversion_with_finding_of_guilt", "expunged"]))
    facts["court"] = draw(st.sampled_from(["federal_state_or_local"] * 6 + ["foreign"]))
    if facts["release_date"] > dt.date.today():
        facts["release_date"] = dt.date.today()
    return facts


@st.composite
def prior_records(draw, violence: bool = True, min_priors: int = 0, max_priors: int = 10,
                  light: bool = False) -> tuple[str, list[dict], dict]:
    """(unit, priors, instant-offense facts)."""
    unit = draw(st.sampled_from(["months", "days"]))
    priors = draw(st.lists(prior_facts(unit, violence, light=light), min_size=min_priors,
                           max_size=max_priors))
    status = draw(st.booleans())
    return unit, priors, {"under_criminal_justice_sentence": status}


def history(priors: list[dict], instant: dict) -> CriminalHistory:
    return CriminalHistory.model_validate({"instant_offense_began": BEGAN, "birth_date": BORN,
                                           "priors": priors, **instant})
