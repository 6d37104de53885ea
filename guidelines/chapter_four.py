"""§1B1.1(a)(6): "Determine the defendant's criminal history category as specified in Part A
of Chapter Four. Determine from Parts B and C of Chapter Four any other applicable
adjustments."

Part A: the category as the case states it, or computed from the prior record
(guidelines/criminal_history.py), then any §4A1.3 departure; Part B: §4B1.1, §4B1.4, §4B1.5
(guidelines/career_offender.py); Part C: §4C1.1 (guidelines/zero_point_offender.py). A case
that only states a category, with no other Chapter Four facts, adds no step (the category
shows in the Sentencing Table step, as before).
"""

from __future__ import annotations

from .career_offender import armed_career_criminal, career_offender, repeat_sex_offender
from .case import Case
from .criminal_history import CriminalHistoryScore, category_from_points, compute_criminal_history
from .criminal_history_departure import criminal_history_departure
from .errors import CaseError
from .tables import in_force
from .worksheet_builder import Worksheet
from .zero_point_offender import zero_point_offender


def chapter_four(sheet: Worksheet, case: Case, acceptance: int = 0) -> str:
    """Run Chapter Four on the worksheet; return the criminal history category.

    ``acceptance`` is the §3E1.1 decrease already taken on the worksheet (0 until §3E1.1 is
    part of the pipeline); Part B needs it (guidelines/career_offender.py).
    """
    history = case.criminal_history
    score: CriminalHistoryScore | None = None
    if history.priors is not None:
        score = compute_criminal_history(history, sheet.edition.in_force,
                                         instant_offense_ended=case.offense_date,
                                         sentencing_date=case.sentencing_date)
        for step in score.steps:
            sheet.note(step.chapter, step.section, step.title, step.input, step.change,
                       step.reason, step.source)
        for warning in score.warnings:
            if warning not in sheet.warnings:
                sheet.warnings.append(warning)
        category, points = score.category, score.total
    else:
        assert history.category is not None
        category, points = history.category, history.points
        if points is not None:
            _check_stated_points(sheet, category, points)
        if _has_more_facts(case):
            sheet.note("chapter_four", "Ch.4 Pt.A", "Criminal history category",
                       "as stated in the case", category,
                       f"category {category}" + (f" ({points} points)" if points is not None
                                                 else "") + ", as the case states it")

    category, career = career_offender(sheet, case, category, score, acceptance)
    category, armed = armed_career_criminal(sheet, case, category, career, acceptance)
    category, sex = repeat_sex_offender(sheet, case, category, career, acceptance)
    category = criminal_history_departure(sheet, case, category, career_offender=career,
                                          armed_career_criminal=armed, repeat_sex_offender=sex)
    zero_point_offender(sheet, case, points)
    return category


def _check_stated_points(sheet: Worksheet, category: str, points: int) -> None:
    table = in_force("criminal_history_category", sheet.edition.in_force)
    expected = category_from_points(points, table)
    if expected != category:
        raise CaseError("criminal_history.points", f"{points} points make category {expected}, "
                        f"not {category} (Ch.5 Pt.A)")


def _has_more_facts(case: Case) -> bool:
    history = case.criminal_history
    return any(value is not None for value in (
        history.departure, history.career_offender, history.armed_career_criminal,
        history.repeat_sex_offender, history.zero_point))
