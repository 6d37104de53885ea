"""Chapter Four, Part C: §4C1.1, adjustment for certain zero-point offenders (Nov. 1, 2023-).

"(a) If the defendant meets all of the following criteria: (1) the defendant did not receive
any criminal history points from Chapter Four, Part A; ... decrease the offense level
determined under Chapters Two and Three by 2 levels." Every criterion of the edition is
checked and shown. What the case already says decides its criteria: (1) the points from
Part A; (2) the §3A1.4 terrorism adjustment, (9) a §3A1.1 or §3A1.5 adjustment and (10) a
§3B1.1 role, as stated in the Chapter Three facts of any count; (8) the offense guideline
(stated in `[criminal_history.zero_point]` only for a count under another guideline). The
others are the facts the user states in `[criminal_history.zero_point]`, all of them
required: the adjustment is never given on an unstated fact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch4.part_a_criminal_history import points_in_words

if TYPE_CHECKING:
    from ussg.guidelines.manual.ch4.chapter_four import ChapterFour

WHERE = "criminal_history.zero_point"


def zero_point_offender(sheet: Worksheet, ctx: ChapterFour, points: int | None) -> None:
    """§4C1.1(a): −2 levels if every criterion is met; each criterion a step."""
    facts = ctx.case.criminal_history.zero_point
    if facts is None:
        return
    table = sheet.manual.table("zero_point_offender")
    source = sheet.note_version(table)
    if not table["exists"]:
        not_in_edition(sheet, ctx.where, "zero_point", "§4C1.1", "Zero-point offender",
                       "facts stated", "§4C1.1 was added Nov. 1, 2023 by Amendment 821",
                       source, chapter="chapter_four")
        return
    known = _facts(ctx, points)
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


def _facts(ctx: ChapterFour, points: int | None) -> dict[str, tuple[bool, str]]:
    """Each fact that can defeat a criterion: (true?, how it is known)."""
    history = ctx.case.criminal_history
    facts = history.zero_point
    assert facts is not None
    if points is None:
        if history.category not in (None, "I"):
            points = -1  # category II or higher: 2 or more points
        else:
            raise CaseError("criminal_history.points",
                            "needed for §4C1.1(a)(1): category I means 0 or 1 point; give the "
                            "criminal history points")
    stated = {name: (value, f"{name.replace('_', ' ')}: {'yes' if value else 'no'} (stated)")
              for name, value in facts.model_dump(exclude={"offense_covered_by_2h1_1"}).items()}
    return {
        **stated,
        "criminal_history_points": (
            points != 0,
            f"category {history.category} (2 or more points)" if points == -1
            else points_in_words(points, "criminal history")),
        **_chapter_three(ctx),
        "offense_covered_by_2h1_1": _guideline(ctx),
    }


def _chapter_three(ctx: ChapterFour) -> dict[str, tuple[bool, str]]:
    """(2), (9), (10): the adjustments the case's Chapter Three facts give, on any count."""
    terrorism = [c.name for c in ctx.counts if c.adjustments.victim.terrorism]
    victim = [c.name for c in ctx.counts
              if c.adjustments.victim.hate_crime or c.adjustments.victim.vulnerable_victim
              or c.adjustments.victim.human_rights_offense is not None]
    role = [c.name for c in ctx.counts if c.adjustments.role.aggravating is not None]

    def said(names: list[str], section: str) -> str:
        if not names:
            return f"no {section} adjustment stated"
        return f"{section} adjustment" + (f" ({', '.join(names)})" if len(ctx.counts) > 1 else "")

    return {
        "terrorism_adjustment": (bool(terrorism), said(terrorism, "§3A1.4")),
        "hate_crime_or_human_rights_adjustment": (bool(victim), said(victim, "§3A1.1/§3A1.5")),
        "aggravating_role": (bool(role), said(role, "§3B1.1")),
    }


def _guideline(ctx: ChapterFour) -> tuple[bool, str]:
    """(8): from the offense guideline of each count; stated where one is "other"."""
    guidelines = {c.guideline for c in ctx.counts}
    if "other" not in guidelines:
        return False, "offense guideline " + ", ".join(f"§{g}" for g in sorted(guidelines))
    stated = ctx.case.criminal_history.zero_point.offense_covered_by_2h1_1
    if stated is None:
        raise CaseError(f"{WHERE}.offense_covered_by_2h1_1",
                        "needed for §4C1.1(a)(8): a count is under a guideline ussg does not "
                        "name; say whether the instant offense of conviction is covered by "
                        "§2H1.1")
    return stated, f"covered by §2H1.1: {'yes' if stated else 'no'} (stated)"
