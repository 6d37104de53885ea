"""§1B1.1(a)(6): "Determine the defendant's criminal history category as specified in Part A
of Chapter Four. Determine from Parts B and C of Chapter Four any other applicable
adjustments."

Part A: the category as the case states it, or computed from the prior record
(guidelines/manual/ch4/part_a_criminal_history.py); Part B: §4B1.1, §4B1.4, §4B1.5
(guidelines/manual/ch4/part_b_career_offender.py); then §3A1.4(b) (terrorism: Category VI), any §4A1.3
departure (guidelines/manual/ch4/part_a_departure.py); Part C: §4C1.1
(guidelines/manual/ch4/part_c_zero_point_offender.py). A case that only states a category, with no other
Chapter Four facts, adds no step (the category shows in the Sentencing Table step).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ussg.guidelines.manual.ch4.part_b_career_offender import (armed_career_criminal,
                                                               career_offender, repeat_sex_offender)
from ussg.guidelines.case.model import Case
from ussg.guidelines.case.counts import Conviction
from ussg.guidelines.manual.ch4.part_a_criminal_history import (CriminalHistoryScore,
                                                                category_from_points,
                                                                compute_criminal_history,
                                                                point_set,
                                                                points_in_words)
from ussg.guidelines.manual.ch4.part_a_departure import criminal_history_departure
from ussg.guidelines.engine.edition_facts import Where
from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch4.part_c_zero_point_offender import zero_point_offender


@dataclass(frozen=True)
class ChapterFour:
    """What Parts B and C need besides the case: the counts, the §3E1.1 decrease already
    taken on the worksheet, and whether a fact for a section the edition lacks is an error
    (the Manual asked for) or a "not applied" step (the Manual §1B1.11(b) weighs)."""

    case: Case
    counts: tuple[Conviction, ...]
    acceptance: int
    where: Where

    @property
    def statute_924c(self) -> bool:
        return any(c.statute.kind == "924c" for c in self.counts)


@frozen_record
class ChapterFourResult:
    """What Chapter Four gives the rest of the computation: the criminal history category,
    and for a career offender convicted under 18 U.S.C. § 924(c) the §4B1.1(c)(3) range with
    its citation (Chapter Five takes "the greater of" it and (c)(2)(A))."""

    category: str
    firearm_career_offender_range: tuple[GuidelineRange, str] | None = None


def criminal_history_and_parts_b_c(sheet: Worksheet, case: Case, counts: list[Conviction], *,
                                   acceptance: int = 0,
                                   terrorism: Callable[[str], str] = lambda c: c
                                   ) -> ChapterFourResult:
    """Run Chapter Four on the worksheet; return the criminal history category (and what
    §4B1.1(c) found for Chapter Five).

    ``acceptance`` is the §3E1.1 decrease already taken; ``terrorism`` applies §3A1.4(b) to
    the category from Parts A and B.
    """
    history = case.criminal_history
    more_facts = _has_more_facts(case)
    score: CriminalHistoryScore | None = None
    if history.priors is not None:
        score = compute_criminal_history(history, sheet.manual,
                                         instant_offense_ended=case.offense_date,
                                         sentencing_date=case.sentencing_date)
        for step in score.steps:
            sheet.note(step.chapter, step.section, step.title, step.input, step.change,
                       step.reason, step.source)
        for warning in score.warnings:
            sheet.warn(warning)
        category, points = score.category, score.total
    elif history.category is None:
        assert history.points is not None
        points = history.points
        category = _category_from_stated_points(sheet, points)
    else:
        category, points = history.category, history.points
        if points is not None:
            _check_stated_points(sheet, category, points)
        if more_facts:
            sheet.note("chapter_four", "Ch.4 Pt.A", "Criminal history category",
                       "as stated in the case", category,
                       f"category {category}" + (f" ({points_in_words(points)})" if points is not None
                                                 else "") + ", as the case states it")
    if not more_facts:  # each function below applies only where its own fact is stated
        return ChapterFourResult(terrorism(category))

    ctx = ChapterFour(case, tuple(counts), acceptance,
                      Where("criminal_history", sheet.manual.strict))
    decided = career_offender(sheet, ctx, category, score)
    category, career = decided.category, decided.met
    category, armed = armed_career_criminal(sheet, ctx, category, career)
    category, sex = repeat_sex_offender(sheet, ctx, category, career)
    category = terrorism(category)
    category = criminal_history_departure(sheet, ctx, category, career_offender=career,
                                          armed_career_criminal=armed, repeat_sex_offender=sex)
    zero_point_offender(sheet, ctx, points)
    return ChapterFourResult(category, decided.firearm_table_range)


def _category_from_stated_points(sheet: Worksheet, points: int) -> str:
    """Ch.5 Pt.A, comment. (n.3): "The Criminal History Category is determined by the total
    criminal history points from Chapter Four, Part A": the points as the court found them,
    the category from the Sentencing Table's own rows in the edition applied."""
    table = sheet.manual.table("criminal_history_category")
    category = category_from_points(points, table)
    sheet.note("chapter_four", "Ch.5 Pt.A", "Criminal history category (as found)",
               f"{points_in_words(points, 'criminal history')}, as the case states them", category,
               f"category {category}: {point_set(category, table)} (Sentencing Table); the "
               f"points as found, not computed from a prior record", sheet.note_version(table))
    return category


def _check_stated_points(sheet: Worksheet, category: str, points: int) -> None:
    table = sheet.manual.table("criminal_history_category")
    expected = category_from_points(points, table)
    if expected != category:
        raise CaseError("criminal_history.points", f"{points} points make category {expected}, "
                        f"not {category} (Ch.5 Pt.A)")


def _has_more_facts(case: Case) -> bool:
    """Does the case state a §4A1.3 departure or a Part B or Part C fact (the facts the
    functions after Part A read)?"""
    history = case.criminal_history
    return (history.departure is not None or history.career_offender is not None
            or history.armed_career_criminal is not None
            or history.repeat_sex_offender is not None or history.zero_point is not None)
