"""Chapter Four, Part A by hand: records worked out on paper from the text of §§4A1.1-4A1.2,
checked prior by prior against compute_criminal_history under the 2015 and 2025 Manuals (and
earlier ones where a rule changed). Expected numbers are written here, never computed by the
code under test.
"""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from ussg.guidelines.manual.ch4.part_a_criminal_history import (category_from_points,
                                                                compute_criminal_history)
from ussg.guidelines.case.criminal_record import CriminalHistory
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import load_table

from tests.conftest import EXAMPLES

D = dt.date
Y2015, Y2025 = D(2015, 11, 1), D(2025, 11, 1)


def record(*priors: dict, began=D(2015, 6, 1), **instant) -> CriminalHistory:
    """A record with a defendant born Jan. 1, 1980 unless a prior says otherwise."""
    return CriminalHistory.model_validate({
        "instant_offense_began": began, "birth_date": D(1980, 1, 1),
        "priors": list(priors), **instant})


def prior(offense: dt.date, sentenced: dt.date, **facts) -> dict:
    return {"kind": "misdemeanor", "offense_date": offense, "arrest_date": offense,
            "sentence_date": sentenced, **facts}


def points(score) -> list[int]:
    return [p.points for p in score.priors]


# -- the example record ---------------------------------------------------------------------

def _example() -> CriminalHistory:
    data = tomllib.loads((EXAMPLES / "criminal-record.toml").read_text())
    return CriminalHistory.model_validate(data["criminal_history"])


@pytest.mark.parametrize("edition, status, total, category", [
    (Y2015, 2, 13, "VI"),   # §4A1.1(d): 2 points under any criminal justice sentence
    (Y2025, 1, 12, "V"),    # §4A1.1(e) (821): 1 point, as (a)-(d) give 11 >= 7
])
def test_example_record_prior_by_prior(edition, status, total, category) -> None:
    score = compute_criminal_history(_example(), edition, instant_offense_ended=D(2014, 9, 30))
    assert points(score) == [0, 3, 2, 1, 2, 0, 0, 1, 1, 1, 1, 0, 0]
    assert [p.section for p in score.priors] == [
        "§4A1.2(d)(2)", "§4A1.1(a)", "§4A1.1(b)", "§4A1.1(c)", "§4A1.1(b)", "§4A1.2(c)(1)",
        "§4A1.2(c)(2)", "§4A1.1(c)", "§4A1.1(c)", "§4A1.1(c)", "§4A1.1(c)", "§4A1.2(h)",
        "§4A1.2(j)"]
    assert (score.a, score.b, score.c_before_cap, score.c) == (3, 4, 5, 4)
    assert (score.violence, score.status, score.recency) == (0, status, 0)
    assert (score.total, score.category) == (total, category)
    assert "(d)(1)" in score.priors[1].reason  # age 17, convicted as an adult
    assert "1 year" in score.priors[2].reason  # 18 months less 6 suspended


# -- §4A1.1(a)-(c) and §4A1.2(b) --------------------------------------------------------------

@pytest.mark.parametrize("edition", [Y2015, Y2025])
@pytest.mark.parametrize("term, expected", [
    ("13 months", 2), ("13 months 1 day", 3), ("1 year 2 months", 3), ("60 days", 2),
    ("59 days", 1), ("3 months", 2), ("1 year", 2), ("life", 3), ("none", 1),
])
def test_points_by_length_of_imprisonment(edition, term, expected) -> None:
    score = compute_criminal_history(
        record(prior(D(2010, 1, 1), D(2010, 3, 1), kind="felony", imprisonment=term,
                     release_date=D(2012, 1, 1))), edition)
    assert points(score) == [expected]


def test_two_months_against_sixty_days_is_refused_not_guessed() -> None:
    with pytest.raises(CaseError) as error:
        compute_criminal_history(
            record(prior(D(2010, 1, 1), D(2010, 3, 1), imprisonment="2 months")), Y2015)
    assert error.value.field == "criminal_history.priors[0].imprisonment"
    assert "days" in error.value.message


def test_suspended_part_and_totally_suspended_sentence() -> None:
    score = compute_criminal_history(record(
        prior(D(2008, 1, 1), D(2008, 2, 1), kind="felony", imprisonment="2 years",
              suspended="1 year"),                                         # 1 year: (b)
        prior(D(2009, 1, 1), D(2009, 2, 1), imprisonment="6 months", suspended="6 months"),
    ), Y2025)
    assert points(score) == [2, 1]
    assert "totally suspended" in score.priors[1].reason and "(a)(3)" in score.priors[1].reason


def test_revocation_is_added_to_the_original_term_comment_note_11() -> None:
    """§4A1.2 comment. (n.11): 15 days plus 45 days on revocation = 60 days, 2 points."""
    score = compute_criminal_history(record(
        prior(D(2009, 1, 1), D(2009, 2, 1), imprisonment="15 days", probation="2 years",
              revocations=[{"date": D(2010, 1, 1), "imprisonment": "45 days"}],
              release_date=D(2010, 2, 15)),
        prior(D(2009, 6, 1), D(2009, 7, 1), probation="2 years")), Y2015)
    assert points(score) == [2, 1]


def test_the_c_subtotal_is_limited_to_4() -> None:
    fines = [prior(D(2010 + k, 1, 1), D(2010 + k, 2, 1)) for k in range(5)]
    for edition in (Y2015, Y2025):
        score = compute_criminal_history(record(*fines), edition)
        assert points(score) == [1, 1, 1, 1, 1]
        assert (score.c_before_cap, score.c, score.total, score.category) == (5, 4, 4, "III")


# -- §4A1.2(e) and (d): time periods ---------------------------------------------------------

@pytest.mark.parametrize("edition", [Y2015, Y2025])
def test_fifteen_years_counts_incarceration_into_the_period(edition) -> None:
    began = D(2015, 6, 1)  # 15 years back: June 1, 2000; 10 years back: June 1, 2005
    score = compute_criminal_history(record(
        prior(D(1998, 1, 1), D(1998, 6, 1), kind="felony", imprisonment="5 years",
              release_date=D(2001, 1, 1)),                  # released inside the 15 years: 3
        prior(D(1998, 2, 1), D(1998, 7, 1), kind="felony", imprisonment="2 years",
              release_date=D(2000, 5, 31)),                 # released the day before: 0
        prior(D(2000, 1, 1), D(2000, 6, 1), kind="felony", imprisonment="14 months",
              release_date=D(2000, 6, 2)),                  # imposed exactly 15 years back: 3
        prior(D(2005, 1, 1), D(2005, 5, 31), imprisonment="90 days",
              release_date=D(2005, 8, 1)),                  # 10 years and a day: 0
        prior(D(2005, 1, 2), D(2005, 6, 1), imprisonment="90 days",
              release_date=D(2005, 8, 1)),                  # exactly 10 years: 2
        began=began), edition)
    assert points(score) == [3, 0, 3, 0, 2]
    assert score.priors[1].section == "§4A1.2(e)(3)"
    assert score.priors[3].section == "§4A1.2(e)(3)"


def test_old_long_sentence_needs_its_release_date() -> None:
    with pytest.raises(CaseError) as error:
        compute_criminal_history(record(prior(D(1990, 1, 1), D(1990, 6, 1), kind="felony",
                                              imprisonment="20 years")), Y2025)
    assert error.value.field == "criminal_history.priors[0].release_date"


@pytest.mark.parametrize("edition", [Y2015, Y2025])
def test_offenses_before_eighteen(edition) -> None:
    """§4A1.2(d), defendant born Jan. 1, 1995; instant offense June 1, 2015 (5 years back:
    June 1, 2010)."""
    born = {"birth_date": D(1995, 1, 1)}
    score = compute_criminal_history(CriminalHistory.model_validate({
        "instant_offense_began": D(2015, 6, 1), **born, "priors": [
            prior(D(2009, 1, 1), D(2009, 3, 1), kind="felony", juvenile=True,
                  imprisonment="1 year", release_date=D(2010, 7, 1)),  # (d)(2)(A): 2
            prior(D(2008, 1, 1), D(2008, 3, 1), kind="felony", juvenile=True,
                  imprisonment="1 year", release_date=D(2009, 2, 1)),  # released too early: 0
            prior(D(2011, 1, 1), D(2011, 3, 1), juvenile=True, probation="1 year"),  # (d)(2)(B): 1
            prior(D(2009, 5, 1), D(2010, 2, 1), probation="2 years"),  # imposed >5 years: 0
            prior(D(2012, 5, 1), D(2012, 9, 1), kind="felony", imprisonment="3 years",
                  release_date=D(2014, 1, 1)),                         # age 17, adult: (d)(1) 3
        ]}), edition)
    assert points(score) == [2, 0, 1, 0, 3]
    assert [p.section for p in score.priors] == [
        "§4A1.2(d)(2)(A)", "§4A1.2(d)(2)", "§4A1.2(d)(2)(B)", "§4A1.2(d)(2)", "§4A1.1(a)"]


# -- §4A1.2(a)(2): single sentences and the crime-of-violence point -------------------------

def robberies(second: str, consecutive: bool = False, **same) -> CriminalHistory:
    """§4A1.1 comment.: two robberies on different occasions, sentenced the same day."""
    return record(
        prior(D(2010, 1, 1), D(2010, 9, 1), kind="felony", crime_of_violence=True,
              arrest_date=D(2010, 3, 1),
              imprisonment="5 years" if second == "4 years" else "1 year",
              release_date=D(2013, 1, 1), **same),
        prior(D(2010, 2, 1), D(2010, 9, 1), kind="felony", crime_of_violence=True,
              arrest_date=D(2010, 3, 1), imprisonment=second, consecutive=consecutive,
              release_date=D(2013, 1, 1), **same))


@pytest.mark.parametrize("edition", [Y2015, Y2025])
def test_commentary_robbery_examples(edition) -> None:
    concurrent = compute_criminal_history(robberies("4 years"), edition)
    assert points(concurrent) == [3, 0] and concurrent.violence == 1 and concurrent.total == 4
    consecutive = compute_criminal_history(robberies("9 months", consecutive=True), edition)
    assert points(consecutive) == [3, 0] and consecutive.violence == 0
    assert consecutive.total == 3


def test_crime_of_violence_point_is_lettered_per_edition() -> None:
    sections = {}
    for day in (D(2009, 11, 1), Y2015, Y2025):
        score = compute_criminal_history(robberies("4 years"), day)
        sections[day] = [s.section for s in score.steps if s.title == "Crime-of-violence point"]
    assert sections == {D(2009, 11, 1): ["§4A1.1(f)"], Y2015: ["§4A1.1(e)"],
                        Y2025: ["§4A1.1(d)"]}


def test_related_cases_before_2007() -> None:
    """1994: same-day sentences are one only if the court found the cases related; the (f)
    point is withheld where related because the offenses occurred on the same occasion."""
    day = D(1994, 11, 1)
    alone = compute_criminal_history(robberies("4 years"), day)
    assert points(alone) == [3, 3] and alone.violence == 0
    related = robberies("4 years", related_cases="A",
                        related_because="consolidated_for_trial_or_sentencing")
    score = compute_criminal_history(related, day)
    assert points(score) == [3, 0] and score.violence == 1
    same_occasion = compute_criminal_history(
        robberies("4 years", related_cases="A", related_because="same_occasion"), day)
    assert same_occasion.violence == 0


def test_intervening_arrest_keeps_sentences_apart() -> None:
    arrested = record(
        prior(D(2010, 1, 1), D(2010, 9, 1), arrest_date=D(2010, 1, 15), imprisonment="90 days",
              release_date=D(2010, 12, 1)),
        prior(D(2010, 2, 1), D(2010, 9, 1), imprisonment="90 days", release_date=D(2010, 12, 1)))
    for edition in (Y2015, Y2025):
        assert points(compute_criminal_history(arrested, edition)) == [2, 2]
    not_arrested = record(
        prior(D(2010, 1, 1), D(2010, 9, 1), arrest_date=D(2010, 3, 1), imprisonment="90 days",
              release_date=D(2010, 12, 1)),
        prior(D(2010, 2, 1), D(2010, 10, 1), imprisonment="90 days", charging_instrument="CR-7",
              release_date=D(2010, 12, 1)))
    assert points(compute_criminal_history(not_arrested, Y2025)) == [2, 2]  # different days
    same_instrument = record(
        prior(D(2010, 1, 1), D(2010, 9, 1), arrest_date=D(2010, 3, 1), imprisonment="90 days",
              charging_instrument="CR-7", release_date=D(2010, 12, 1)),
        prior(D(2010, 2, 1), D(2010, 10, 1), imprisonment="1 year", consecutive=True,
              charging_instrument="CR-7", release_date=D(2011, 10, 1)))
    score = compute_criminal_history(same_instrument, Y2025)
    assert points(score) == [3, 0]  # aggregate 1 year 90 days: exceeds 13 months


def test_missing_arrest_date_is_asked_for() -> None:
    undecided = record(
        {**prior(D(2010, 1, 1), D(2010, 9, 1), imprisonment="90 days"), "arrest_date": None},
        prior(D(2010, 2, 1), D(2010, 9, 1), imprisonment="90 days"))
    with pytest.raises(CaseError) as error:
        compute_criminal_history(undecided, Y2025)
    assert error.value.field == "criminal_history.priors[0].arrest_date"


# -- §4A1.2(c): minor offenses per edition ---------------------------------------------------

def test_probation_of_exactly_one_year_before_and_after_2007() -> None:
    trespass = record(prior(D(2005, 1, 1), D(2005, 3, 1), kind="trespassing",
                            probation="1 year"), began=D(2006, 1, 1))
    assert points(compute_criminal_history(trespass, D(2006, 11, 1))) == [1]  # "at least"
    assert points(compute_criminal_history(trespass, D(2007, 11, 1))) == [0]  # "more than"
    assert points(compute_criminal_history(trespass, Y2015)) == [0]


def test_fish_and_game_moved_to_never_counted_in_2007() -> None:
    fishing = record(prior(D(2005, 1, 1), D(2005, 3, 1), kind="fish_and_game",
                           imprisonment="30 days", release_date=D(2005, 4, 1)),
                     began=D(2006, 1, 1))
    assert points(compute_criminal_history(fishing, D(2006, 11, 1))) == [1]
    score = compute_criminal_history(fishing, Y2015)
    assert points(score) == [0] and score.priors[0].section == "§4A1.2(c)(2)"


def test_careless_driving_is_listed_from_1990_only() -> None:
    careless = record(prior(D(1988, 1, 1), D(1988, 3, 1), kind="careless_or_reckless_driving"),
                      began=D(1989, 6, 1), birth_date=D(1960, 1, 1))
    assert points(compute_criminal_history(careless, D(1989, 11, 1))) == [1]
    assert points(compute_criminal_history(careless, D(1990, 11, 1))) == [0]


def test_similar_to_instant_and_dwi_are_counted() -> None:
    score = compute_criminal_history(record(
        prior(D(2010, 1, 1), D(2010, 2, 1), kind="gambling", similar_to_instant=True),
        prior(D(2011, 1, 1), D(2011, 2, 1), kind="dwi"),
        prior(D(2012, 1, 1), D(2012, 2, 1), kind="minor_traffic_infraction")), Y2025)
    assert points(score) == [1, 1, 0]


# -- other dispositions ----------------------------------------------------------------------

def test_dispositions_that_are_not_counted_or_count_under_c() -> None:
    score = compute_criminal_history(record(
        prior(D(2010, 1, 1), D(2010, 2, 1), disposition="diversion_without_finding_of_guilt"),
        prior(D(2010, 3, 1), D(2010, 4, 1), disposition="diversion_with_finding_of_guilt",
              imprisonment="90 days", release_date=D(2010, 7, 1)),
        prior(D(2010, 5, 1), D(2010, 6, 1), court="tribal", kind="felony", imprisonment="2 years"),
        prior(D(2010, 7, 1), D(2010, 8, 1), court="general_or_special_court_martial",
              kind="felony", imprisonment="2 years", release_date=D(2012, 1, 1)),
        prior(D(2010, 9, 1), D(2010, 10, 1), court="summary_court_martial_or_article_15"),
        prior(D(2010, 11, 1), D(2010, 12, 1), part_of_instant_offense=True, kind="felony"),
    ), Y2025)
    assert points(score) == [0, 1, 0, 3, 0, 0]
    assert [p.section for p in score.priors] == [
        "§4A1.2(f)", "§4A1.1(c)", "§4A1.2(i)", "§4A1.1(a)", "§4A1.2(g)", "§4A1.2(a)(1)"]


def test_conviction_not_yet_sentenced_counts_from_1991() -> None:
    pending = record({"kind": "felony", "offense_date": D(2014, 1, 1),
                      "arrest_date": D(2014, 1, 1), "conviction_date": D(2015, 3, 1),
                      "disposition": "convicted_not_yet_sentenced"})
    assert points(compute_criminal_history(pending, Y2025)) == [1]
    early = record({"kind": "felony", "offense_date": D(1989, 1, 1),
                    "arrest_date": D(1989, 1, 1), "conviction_date": D(1990, 3, 1),
                    "disposition": "convicted_not_yet_sentenced"}, began=D(1990, 6, 1))
    assert points(compute_criminal_history(early, D(1990, 11, 1))) == [0]
    assert points(compute_criminal_history(early, D(1991, 11, 1))) == [1]


# -- status and recency points -----------------------------------------------------------------

def _status_record(prison_terms: int) -> CriminalHistory:
    """``prison_terms`` 2-year sentences (3 points each) plus one fine (1 point), and the
    instant offense committed on probation for the fine."""
    priors = [prior(D(2005 + k, 1, 1), D(2005 + k, 3, 1), kind="felony", imprisonment="2 years",
                    release_date=D(2005 + k, 12, 1)) for k in range(prison_terms)]
    priors.append({**prior(D(2013, 1, 1), D(2013, 3, 1), probation="3 years"), "id": "fine"})
    return record(*priors, under_criminal_justice_sentence=True, under_sentence_of="fine")


@pytest.mark.parametrize("prison_terms, status_2015, status_2025", [
    (0, 2, 0),   # 1 point under (a)-(d)
    (1, 2, 0),   # 4 points
    (2, 2, 1),   # 7 points: the Amendment 821 threshold
    (3, 2, 1),
])
def test_status_points_2015_and_2025(prison_terms, status_2015, status_2025) -> None:
    rec = _status_record(prison_terms)
    other = 3 * prison_terms + 1
    first = compute_criminal_history(rec, Y2015)
    second = compute_criminal_history(rec, Y2025)
    assert (first.status, first.total) == (status_2015, other + status_2015)
    assert (second.status, second.total) == (status_2025, other + status_2025)


def test_status_needs_a_countable_sentence() -> None:
    old = record({**prior(D(2001, 1, 1), D(2001, 3, 1), probation="20 years"), "id": "x"},
                 under_criminal_justice_sentence=True, under_sentence_of="x")
    score = compute_criminal_history(old, Y2015)  # imposed >10 years before: not countable
    assert (score.status, score.total) == (0, 0)


def test_recency_points_before_amendment_742() -> None:
    """2009 Manual: released Jan. 2014, instant offense June 2015 (< 2 years): +2, or +1 with
    the 2 status points; none from Nov. 1, 2010."""
    released = record(prior(D(2012, 1, 1), D(2012, 6, 1), kind="felony", imprisonment="18 months",
                            release_date=D(2014, 1, 1)))
    assert compute_criminal_history(released, D(2009, 11, 1)).recency == 2
    assert compute_criminal_history(released, D(2009, 11, 1)).total == 5
    on_status = record(
        {**prior(D(2012, 1, 1), D(2012, 6, 1), kind="felony", imprisonment="18 months",
                 release_date=D(2014, 1, 1)), "id": "p"},
        under_criminal_justice_sentence=True, under_sentence_of="p")
    score = compute_criminal_history(on_status, D(2009, 11, 1))
    assert (score.status, score.recency, score.total) == (2, 1, 6)
    assert compute_criminal_history(released, D(2010, 11, 1)).recency == 0
    late = record(prior(D(2010, 1, 1), D(2010, 6, 1), kind="felony", imprisonment="18 months",
                        release_date=D(2013, 6, 1)))  # two years exactly before: none
    assert compute_criminal_history(late, D(2009, 11, 1)).recency == 0


# -- points -> category ------------------------------------------------------------------------

def test_points_to_category_table() -> None:
    (version,) = load_table("criminal_history_category").versions
    expected = ["I"] * 2 + ["II"] * 2 + ["III"] * 3 + ["IV"] * 3 + ["V"] * 3 + ["VI"] * 10
    assert [category_from_points(p, version) for p in range(23)] == expected


def test_adding_a_sentence_can_lower_the_total_in_two_corners() -> None:
    """Where "adding a prior never lowers the points" does not hold, by the Manual's own tests.

    1. The crime-of-violence point goes to each sentence that "did not result in any additional
       points" (§4A1.1 comment.): three same-day consecutive 3-month terms give 9 months, 2
       points, and the two violent ones add nothing: +2. A fourth consecutive 5-month term makes
       14 months, 3 points, and now each violent term is needed to exceed 13 months: +0.
    2. A sentence in the same charging instrument as one prior and imposed the same day as
       another joins all three into a single sentence (§4A1.2(a)(2)).
    """
    def same_day(months: int, violent: bool, consecutive: bool) -> dict:
        return prior(D(2012, 1, 2), D(2012, 6, 1), kind="felony", imprisonment=f"{months} months",
                     crime_of_violence=violent, consecutive=consecutive,
                     release_date=D(2013, 6, 1))
    three = [same_day(3, False, False), same_day(3, True, True), same_day(3, True, True)]
    before = compute_criminal_history(record(*three), Y2025)
    after = compute_criminal_history(record(*three, same_day(5, False, True)), Y2025)
    assert (before.b, before.violence, before.total) == (2, 2, 4)
    assert (after.a, after.violence, after.total) == (3, 0, 3)

    a = prior(D(2010, 1, 2), D(2010, 6, 1), kind="felony", imprisonment="2 years",
              charging_instrument="CR-1", arrest_date=D(2010, 9, 1), release_date=D(2011, 6, 1))
    b = prior(D(2010, 2, 2), D(2010, 7, 1), kind="felony", imprisonment="2 years",
              charging_instrument="CR-2", arrest_date=D(2010, 9, 1), release_date=D(2011, 6, 1))
    bridge = prior(D(2010, 3, 2), D(2010, 7, 1), kind="felony", imprisonment="2 years",
                   charging_instrument="CR-1", arrest_date=D(2010, 9, 1),
                   release_date=D(2011, 6, 1))
    assert compute_criminal_history(record(a, b), Y2025).total == 6
    joined = compute_criminal_history(record(a, b, bridge), Y2025)
    assert joined.total == 3 and len(joined.groups) == 1
