"""Second reading of Chapter Four by edition before Nov. 1, 2015, through the real command line
(one `ussg calc` run): the §4A1.1 crime-of-violence point (Amendment 382, Nov. 1, 1991), the
single-sentence rule (Amendment 709, Nov. 1, 2007), recency in custody (Amendment 259, Nov. 1,
1989), the §4B1.1 table (Amendment 48, Jan. 15, 1988) and its §3E1.1 footnote (266, 1989;
459, 1992), and §4B1.4 (Amendment 355, Nov. 1, 1990), each on the day before and the day the
amendment took effect. Expectations are worked by hand from Appendix C (paths under
../shared/reference/ussg/appendix_c_2016/), not from ussg.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.manual.many_cases import calc_many

D = dt.date


def robbery(n: int, term: str, **more) -> dict:
    """Two robberies on different occasions (Jan. and Feb. 1985), one arrest after both
    (no intervening arrest), sentenced the same day."""
    return {"id": f"r{n}", "description": f"Robbery {n}", "kind": "felony",
            "crime_of_violence": True, "offense_date": D(1985, n, 1),
            "arrest_date": D(1985, 3, 1), "sentence_date": D(1985, 9, 1), "imprisonment": term,
            "release_date": D(1987, 6, 1), **more}


RELATED = {"related_cases": "A", "related_because": "consolidated_for_trial_or_sentencing"}
SAME_OCCASION = {"related_cases": "A", "related_because": "same_occasion"}
HISTORY = {"birth_date": D(1960, 1, 1), "instant_offense_began": D(1990, 6, 1)}
CUSTODY = {"birth_date": D(1960, 1, 1), "instant_offense_began": D(1988, 6, 1),
           "under_criminal_justice_sentence": True, "under_sentence_of": "p",
           "in_imprisonment_or_escape_status": True,
           "priors": [{"id": "p", "description": "Burglary", "kind": "felony",
                       "offense_date": D(1985, 1, 1), "arrest_date": D(1985, 1, 2),
                       "sentence_date": D(1985, 6, 1), "imprisonment": "5 years"}]}

RELEASED = {"birth_date": D(1960, 1, 1), "instant_offense_began": D(1988, 6, 1),
            "priors": [{**CUSTODY["priors"][0], "release_date": D(1987, 6, 1)}]}


def career(maximum: str) -> dict:
    return {"category": "IV", "career_offender": {"career_offender": True,
                                                  "offense_statutory_maximum": maximum}}


# (name, manual, Chapter Two level, criminal_history, acceptance, expected): expected is
# {"points": "N points", "category": ..., "level": ...} (any of them) or ("error", field,
# words...).
CASES = [
    # Amendment 382 (Nov. 1, 1991), Vol. I lines 9418-9424: §4A1.1(f), 1 point for a crime of
    # violence that got no points because it was related to another crime-of-violence sentence,
    # 'Provided, that this item does not apply where ... the offenses occurred on the same
    # occasion'. Robbery 1 (5 years) 3 points carries the related pair; robbery 2 none.
    ("1990-11-01: related robberies, no (f) point yet", "1990-11-01", 10,
     {**HISTORY, "priors": [robbery(1, "5 years", **RELATED), robbery(2, "4 years", **RELATED)]},
     {}, {"points": "3 points", "category": "II"}),
    ("1991-11-01: related robberies, (f) +1", "1991-11-01", 10,
     {**HISTORY, "priors": [robbery(1, "5 years", **RELATED), robbery(2, "4 years", **RELATED)]},
     {}, {"points": "4 points", "category": "III"}),
    ("1991-11-01: related because on the same occasion, no (f) point (proviso)", "1991-11-01",
     10, {**HISTORY, "priors": [robbery(1, "5 years", **SAME_OCCASION),
                                robbery(2, "4 years", **SAME_OCCASION)]},
     {}, {"points": "3 points", "category": "II"}),
    # Amendment 709 (Nov. 1, 2007), Vol. III lines 9516-9560: sentences not separated by an
    # intervening arrest and imposed on the same day are a single sentence; before it, only
    # cases the court found related. Two 1-year sentences: (b) 2 points each.
    ("2007-05-01: same-day sentences not found related count separately", "2007-05-01", 10,
     {**HISTORY, "instant_offense_began": D(1995, 6, 1),
      "priors": [robbery(1, "1 year"), robbery(2, "1 year")]},
     {}, {"points": "4 points", "category": "III"}),
    ("2007-11-01: one single sentence, (f) +1 for the other", "2007-11-01", 10,
     {**HISTORY, "instant_offense_began": D(1995, 6, 1),
      "priors": [robbery(1, "1 year"), robbery(2, "1 year")]},
     {}, {"points": "3 points", "category": "II"}),
    # Amendment 259 (Nov. 1, 1989), Vol. I lines 4771-4779: §4A1.1(e) also 'while in imprisonment
    # or escape status on such a sentence'; with (d)'s 2 status points, 1 recency point.
    # Before it, Note 5's second sentence read 'still in confinement' (the words 259 replaced,
    # lines 4773-4775): (e) already reached a defendant in confinement, and escape status is
    # not settled; one fact states both, so the case is refused (it was asked for a release
    # date the defendant does not have). A release a year before the instant offense: 3 + 2.
    ("1988-10-15: in imprisonment or escape status: refused, not asked for a release date",
     "1988-10-15", 10, CUSTODY, {},
     ("error", "criminal_history.in_imprisonment_or_escape_status: §4A1.1(e)",
      "still in confinement")),
    ("1988-10-15: released a year before the instant offense: 3 + 2 recency", "1988-10-15",
     10, RELEASED, {}, {"points": "5 points", "category": "III"}),
    ("1989-11-01: in escape status: 3 + 2 status + 1 recency", "1989-11-01", 10, CUSTODY, {},
     {"points": "6 points", "category": "III"}),
    # §4B1.1: the original table (quoted by Amendment 48, Vol. I lines 644-656): 20 years or
    # more 34, 10 to 20 years 26; Amendment 48 (Jan. 15, 1988), lines 657-669: 20-25 years 32,
    # 10-15 years 24. No §3E1.1 footnote before Amendment 266 (Nov. 1, 1989), lines 4822-4842,
    # '*If an adjustment from §3E1.1 applies, decrease the offense level by 2 levels'; Amendment
    # 459 (Nov. 1, 1992), lines 12961-12962: 'by the number of levels corresponding to that
    # adjustment'.
    ("1987-11-01: career offender, 20 years: 34", "1987-11-01", 10, career("20 years"), {},
     {"level": 34, "category": "VI"}),
    ("1987-11-01: career offender, 10 years: 26", "1987-11-01", 10, career("10 years"), {},
     {"level": 26, "category": "VI"}),
    ("1988-01-15: career offender, 20 years: 32", "1988-01-15", 10, career("20 years"), {},
     {"level": 32, "category": "VI"}),
    ("1988-01-15: career offender, 10 years: 24", "1988-01-15", 10, career("10 years"), {},
     {"level": 24, "category": "VI"}),
    ("1988-10-15: no acceptance decrease of the career offender level", "1988-10-15", 10,
     career("20 years"), {"accepted": True}, {"level": 32}),
    ("1989-11-01: career offender level less 2 for acceptance", "1989-11-01", 10,
     career("20 years"), {"accepted": True}, {"level": 30}),
    ("1992-11-01: career offender level less 3 (level 20 before (a))", "1992-11-01", 20,
     career("20 years"), {"accepted": True, "timely_assistance": True}, {"level": 29}),
    # §4B1.4: Amendment 355 (Nov. 1, 1990), Vol. I lines 7745-7746, added it.
    ("1989-11-01: no §4B1.4", "1989-11-01", 20,
     {"category": "III", "armed_career_criminal": {"subject_to_924e": True}}, {},
     ("error", "criminal_history.armed_career_criminal")),
]


def _case(manual: str, level: int, history: dict, acceptance: dict) -> dict:
    case = {"manual": manual, "offense": {"guideline": "other", "offense_level": level},
            "criminal_history": history}
    if acceptance:
        case["acceptance"] = acceptance
    return case


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return calc_many(tmp_path_factory.mktemp("audit4"),
                     [(name, _case(manual, level, history, acceptance))
                      for name, manual, level, history, acceptance, _ in CASES])


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_edition_edge(case, results) -> None:
    name, *_, expected = case
    result, error = results[name]
    if isinstance(expected, tuple):
        assert result is None, result and result["total_offense_level"]
        assert f": {expected[1]}" in error, error
        assert all(words in error for words in expected[2:]), error
        return
    assert result is not None, error
    if "points" in expected:
        (total,) = [s for s in result["steps"] if s["title"] == "Criminal history points"]
        assert total["change"] == expected["points"], total
    if "category" in expected:
        assert result["criminal_history_category"] == expected["category"]
    if "level" in expected:
        assert result["total_offense_level"] == expected["level"]
