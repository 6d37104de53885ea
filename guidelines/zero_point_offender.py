"""Chapter Four, Part C: §4C1.1, adjustment for certain zero-point offenders (Nov. 1, 2023-).

"(a) If the defendant meets all of the following criteria: (1) the defendant did not receive
any criminal history points from Chapter Four, Part A; ... decrease the offense level
determined under Chapters Two and Three by 2 levels." Every criterion of the edition is
checked and shown. Criterion (1) comes from Part A, (8) from the offense guideline, (10) from
the §3B1.1 adjustment of the case; the others are the facts the user states in
`[criminal_history.zero_point]`, all of them required: the adjustment is never given on an
unstated fact.
"""

from __future__ import annotations

from .case import Case
from .criminal_record import ZeroPointFacts
from .edition_facts import not_in_edition
from .errors import CaseError
from .tables import in_force
from .worksheet_builder import Worksheet


def zero_point_offender(sheet: Worksheet, case: Case, points: int | None) -> None:
    """§4C1.1(a): −2 levels if every criterion is met; each criterion a step."""
    facts = case.criminal_history.zero_point
    if facts is None:
        return
    table = in_force("zero_point_offender", sheet.edition.in_force)
    source = sheet.note_version(table)
    if not table["exists"]:
        not_in_edition(sheet, case, "criminal_history.zero_point", "chapter_four", "§4C1.1",
                       "Zero-point offender", "facts stated", "§4C1.1 (added Nov. 1, 2023 by "
                       "Amendment 821) is not in this Manual", source)
        return
    known = _facts(case, facts, points)
    all_met = True
    for criterion in table["criteria"]:
        defeating = [name for name in criterion["facts"] if known[name][0]]
        met = not defeating
        all_met &= met
        given = "; ".join(known[name][1] for name in criterion["facts"])
        sheet.note("chapter_four", f"§4C1.1(a)({criterion['number']})", "Zero-point criterion",
                   given, "met" if met else "not met", criterion["text"], source)
    if all_met:
        sheet.adjust("chapter_four", "§4C1.1(a)", "Zero-point offender",
                     f"all {len(table['criteria'])} criteria met", -table["decrease"],
                     f"decrease the offense level determined under Chapters Two and Three by "
                     f"{table['decrease']} levels", source)
    else:
        sheet.note("chapter_four", "§4C1.1(a)", "Zero-point offender", "not every criterion met",
                   "no adjustment", "§4C1.1 applies only if the defendant meets all of the "
                   "criteria", source)


def _facts(case: Case, facts: ZeroPointFacts, points: int | None) -> dict[str, tuple[bool, str]]:
    """Each fact that can defeat a criterion: (true?, how it is known)."""
    history = case.criminal_history
    if points is None:
        if history.category not in (None, "I"):
            points = -1  # category II or higher: 2 or more points
        else:
            raise CaseError("criminal_history.points",
                            "needed for §4C1.1(a)(1): category I means 0 or 1 point; give the "
                            "criminal history points")
    role = case.adjustments.role.aggravating
    guideline = case.offense.guideline
    stated = {name: (value, f"{name.replace('_', ' ')}: {'yes' if value else 'no'} (stated)")
              for name, value in facts.model_dump().items()}
    return {
        **stated,
        "criminal_history_points": (
            points != 0,
            f"category {history.category} (2 or more points)" if points == -1
            else f"{points} criminal history points"),
        "aggravating_role": (role is not None, f"§3B1.1: {role.value.replace('_', ' ')}"
                             if role is not None else "no §3B1.1 adjustment"),
        "offense_covered_by_2h1_1": (guideline == "2H1.1", f"offense guideline §{guideline}"),
    }
