"""§2D1.1(b)(18) (2025 numbering): the 2-level reduction for a defendant who meets the
"safety valve" criteria of §5C1.2(a)(1)-(5) (18 U.S.C. § 3553(f)).

The user states the court's finding on each criterion; each is shown as its own step with
the criterion's words in the edition applied (tables/safety_valve_criteria.toml); from
Sept. 23, 1994 to Oct. 31, 1995 (§5C1.2, no reduction yet) the findings are shown alone. Only
the §2D1.1 reduction is computed here: §5C1.2's own effect on a statutory minimum sentence is
in guidelines/statutes/penalties.py (and, by comment. (n.21) to §2D1.1 since Amendment 640,
§5C1.2(b) "is not pertinent to the determination of whether subsection (b)(18) applies").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ussg.guidelines.manual.ch2.s2d1_1.drug_characteristics import Context
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date, load_table

if TYPE_CHECKING:
    from ussg.guidelines.case.model import Case
    from ussg.guidelines.engine.worksheet_builder import Worksheet

TITLE = "Safety valve"
WORDS = "the §5C1.2 criteria as found"


def apply_safety_valve(ctx: Context, version: Version) -> None:
    """§2D1.1(b)(18) (2025): "If the defendant meets the criteria set forth in paragraphs
    (1)–(5) of subsection (a) of §5C1.2 (Limitation on Applicability of Statutory Minimum
    Sentences in Certain Cases), decrease by 2 levels." First (b)(4), Amendment 515
    (Nov. 1, 1995), which applied only if "the offense level determined above is level 26 or
    greater"; Amendment 624 (Nov. 1, 2001) struck that condition.
    """
    sheet = ctx.sheet
    assert sheet.level is not None
    unmet = note_criteria(ctx)
    section = f"§2D1.1{version['paragraph']}"
    source = sheet.note_version(version)
    if unmet:
        sheet.note("chapter_two", section, TITLE, WORDS, "not applied",
                   f"the defendant does not meet {', '.join(unmet)}", source)
        return
    floor = version.get("min_level")
    if floor is not None and sheet.level < floor:
        sheet.note("chapter_two", section, TITLE, WORDS, "not applied",
                   f"the offense level determined above is {sheet.level}, not level {floor} or "
                   f"greater: {version['text']}", source)
        return
    sheet.adjust("chapter_two", section, TITLE, WORDS, version["levels"], version["text"],
                 source)


def findings_for_the_statute_only(ctx: Context) -> bool:
    """Sept. 23, 1994 - Oct. 31, 1995: §5C1.2 (Amendment 509) and 18 U.S.C. § 3553(f) lift a
    statutory minimum, but §2D1.1 has no reduction yet (Amendment 515). The findings are
    shown, criterion by criterion, and read for the statutory minimum only."""
    absent = ctx.sheet.manual.table("drug_safety_valve")
    if absent.get("exists", True):
        return False
    if not ctx.sheet.manual.table("safety_valve_criteria").get("exists", True):
        return False  # no §5C1.2 either: the fact is not in this edition
    note_criteria(ctx)
    first = next(v for v in load_table("drug_safety_valve").versions if v.get("exists", True))
    ctx.sheet.note("chapter_two", "§2D1.1(b)", TITLE, WORDS, "not in this edition",
                   f"§2D1.1 has no safety-valve reduction before {first.citation}; the "
                   f"§5C1.2 findings are read for the statutory minimum only",
                   ctx.sheet.note_version(absent))
    return True


def note_criteria(ctx: Context) -> list[str]:
    """Each §5C1.2 criterion as a step with the edition's words; the labels not met."""
    sheet, findings = ctx.sheet, ctx.case.offense.safety_valve
    assert findings is not None
    check_consistency(ctx.case)
    criteria = sheet.manual.table("safety_valve_criteria")
    criteria_source = sheet.note_version(criteria)
    warn_if_the_statute_differs(sheet, criteria, ctx.case)
    check_points(sheet, criteria, ctx.case)
    unmet = []
    for criterion in criteria["criterion"]:
        met = getattr(findings, criterion["key"])
        label = f"{criteria['section_label']}{criterion['label']}"
        sheet.note("chapter_two", label, "Safety-valve criterion",
                   f"offense.safety_valve.{criterion['key']} = {str(met).lower()}",
                   "met" if met else "not met", criterion["text"], criteria_source)
        if not met:
            unmet.append(label)
    return unmet


def check_consistency(case: Case) -> None:
    """Findings that contradict other facts of the same case are refused, naming the field.

    §5C1.2, comment. (n.5): an "organizer, leader, manager, or supervisor of others in the
    offense, as determined under the sentencing guidelines" is "a defendant who receives an
    adjustment for an aggravating role under §3B1.1"; §2D1.1(b)(2) violence and criterion (2);
    a death or serious bodily injury (§2D1.1(a)(1)-(4)) and criterion (3).
    """
    findings, offense = case.offense.safety_valve, case.offense
    assert findings is not None
    where = "offense.safety_valve"
    if findings.not_organizer_or_cce and case.adjustments.role.aggravating is not None:
        raise CaseError(f"{where}.not_organizer_or_cce",
                        "contradicts adjustments.role.aggravating: under §5C1.2, comment. (n.5), "
                        "a defendant who receives a §3B1.1 aggravating-role adjustment is an "
                        "organizer, leader, manager, or supervisor of others in the offense")
    if findings.no_violence_or_weapon and offense.violence:
        raise CaseError(f"{where}.no_violence_or_weapon",
                        "contradicts offense.violence (the defendant used violence, made a "
                        "credible threat to use violence, or directed the use of violence)")
    if findings.no_death_or_serious_bodily_injury and offense.death_or_serious_bodily_injury:
        raise CaseError(f"{where}.no_death_or_serious_bodily_injury",
                        "contradicts offense.death_or_serious_bodily_injury")


def check_points(sheet: Worksheet, criteria: Version, case: Case) -> None:
    """Criterion (1) until Nov. 1, 2023, "the defendant does not have more than 1 criminal
    history point", found met beside criminal history points stated above it: both cannot be
    true, and the finding is refused. Not where the statute's broader criterion (First Step
    Act, from Dec. 21, 2018) may be what the court found (the worksheet warns), nor against
    points computed from the prior record (Chapter Four comes after Chapter Two)."""
    findings, points = case.offense.safety_valve, case.criminal_history.points
    assert findings is not None
    criterion = next(c for c in criteria["criterion"] if c["key"] == "criminal_history")
    limit = criterion.get("max_points")
    differs = criteria.get("statute_differs")
    day = case.sentencing_date or sheet.edition.in_force
    if (not findings.criminal_history or limit is None or points is None or points <= limit
            or (differs is not None and day >= differs["from"])):
        return
    raise CaseError("offense.safety_valve.criminal_history",
                    f"contradicts criminal_history.points = {points}: "
                    f"{criteria['section_label']}{criterion['label']} ({sheet.edition.label}) "
                    f"reads \"{criterion['text']}\"")


def warn_if_the_statute_differs(sheet: Worksheet, criteria: Version, case: Case) -> None:
    """18 U.S.C. § 3553(f)(1) as the First Step Act of 2018 (§ 402) rewrote it, for
    convictions entered from Dec. 21, 2018, until Amendment 817 (Nov. 1, 2023) brought
    §5C1.2(a)(1) into line: the statute's criminal-history criterion governs the statutory
    minimum, while §2D1.1's reduction names §5C1.2 as the edition prints it. The case states
    one finding for both. The conviction's date is not a case fact: the sentencing date stands
    in for it (the conviction is entered no later), else the edition's date."""
    differs = criteria.get("statute_differs")
    day = case.sentencing_date or sheet.edition.in_force
    if differs is None or day < differs["from"]:
        return
    label = criteria["section_label"]
    sheet.warn(
        f"{label}(a)(1) of this edition is not the statute's criterion: for a conviction "
        f"entered on or after {format_date(differs['from'])}, 18 U.S.C. § 3553(f)(1) "
        f"({differs['law']}) reads \"{differs['text']}\" That criterion decides whether a "
        f"statutory minimum binds; §2D1.1's 2-level reduction names the criteria of {label} "
        f"as this edition prints them. "
        f"offense.safety_valve.criminal_history is read for both: where the court's two "
        f"findings differ, the result shown follows the one stated.")
