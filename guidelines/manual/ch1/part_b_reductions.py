"""§1B1.10: Reduction in Term of Imprisonment as a Result of Amended Guideline Range (Policy
Statement), under 18 U.S.C. § 3582(c)(2).

(b)(1): "the court shall determine the amended guideline range that would have been
applicable to the defendant if the amendment(s) to the guidelines listed in subsection (d)
had been in effect at the time the defendant was sentenced. In making such determination,
the court shall substitute only the amendments listed in subsection (d) for the
corresponding guideline provisions that were applied when the defendant was sentenced and
shall leave all other guideline application decisions unaffected."

The version of §1B1.10 in force on the date of the court's order applies (comment. (n.8)).
The covered amendments and the limits of each version are data (tables/sentence_reduction.toml);
what each covered amendment changed among ussg's tables is tables/covered_amendments.toml. The
amended range is the case computed again under the edition applied at sentencing with only
those tables substituted (guidelines/engine/manual.py, ``Manual.substituting``). Both ranges
are the "applicable guideline range" of comment. (n.1(A)): "determined before consideration of
any departure provision in the Guidelines Manual or any variance", so departures and
variances are left out of both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from decimal import ROUND_HALF_UP, Decimal

from ussg.guidelines.case.error import CaseFileError
from ussg.guidelines.case.model import Case
from ussg.guidelines.case.reading import computation_error
from ussg.guidelines.engine.computation import Computation, GuidelineRange, Step
from ussg.guidelines.engine.editions import (Edition, EditionError, edition_in_force,
                                             manual_dates)
from ussg.guidelines.engine.manual import Manual
from ussg.guidelines.engine.tables import TableError, Version, format_date, load_table
from ussg.guidelines.manual.ch1.part_b_manual_in_effect import applicable_manual
from ussg.guidelines.manual.ch2.s2d1_1.drug_quantity import find_substance
from ussg.guidelines.engine.term import LIFE_MONTHS as LIFE

POLICY = "sentence_reduction"
EFFECTS = "covered_amendments"


class ReductionRefused(CaseFileError):
    """ussg cannot compute the reduction asked for (never guessed): the message says why."""


@dataclass(frozen=True)
class Reduction:
    """What §1B1.10 allows on one motion."""

    case_name: str
    motion_date: dt.date
    policy: Version  # §1B1.10 as in force on the motion date
    amendments: tuple[str, ...]  # the covered amendments (and parts) substituted
    substituted: tuple[tuple[str, dt.date], ...]  # table, the date of the version used
    original: Computation  # the applicable range at sentencing (no departure, no variance)
    amended: Computation | None
    original_range: GuidelineRange
    amended_range: GuidelineRange | None
    eligible: bool
    reason: str  # in the Manual's words
    reason_section: str
    imposed: GuidelineRange | None
    lowest_months: int | None  # the lowest term the policy statement allows; None: none
    limits: list[Step] = field(default_factory=list)  # (b)(2), (c), (e), statute, in order
    changed: list[tuple[Step | None, Step | None]] = field(default_factory=list)
    not_considered: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def most_months(self) -> int | None:
        """How many months the term imposed may be reduced by at most (0: the term imposed is
        already at or below the lowest term allowed); None where not a number of months
        (not eligible, life imposed, or no lowest term)."""
        if not self.eligible or self.lowest_months is None or self.imposed is None \
                or self.imposed.min_months is None:
            return None
        return max(0, self.imposed.min_months - self.lowest_months)


def policy_statement_in_force(day: dt.date) -> Version:
    """§1B1.10 as in force on the day the court reduces the term (comment. (n.8)): the
    version of the Manual in force that day (an EditionError for a date under a Manual ussg
    has not entered)."""
    return load_table(POLICY).in_force(edition_in_force(day).in_force)


def _effects(number: int, parts: list[str]) -> list[dict]:
    """What the covered amendment (its covered parts) changed among ussg's tables."""
    entries = [e for e in load_table(EFFECTS).versions[0]["amendment"] if e["number"] == number]
    if parts:
        entries = [e for e in entries if e.get("part") in parts]
    return entries


def _label(number: int, parts: list[str]) -> str:
    if not parts:
        return f"Amendment {number}"
    named = " and ".join("Part B, Subpart 1" if p == "B1" else f"Part {p}" for p in parts)
    return f"Amendment {number} ({named})"


def applicable_range(computation: Computation, *, without_5g1: bool = False) -> GuidelineRange:
    """The guideline range as §5G1.1/§5G1.2 bound it by the statutes, or (``without_5g1``,
    §1B1.10(c)) as the Sentencing Table (or §4B1.1(c)) gives it."""
    result = computation.result
    if without_5g1 or result.statutory_range is None:
        return result.guideline_range
    return result.statutory_range


def _without_departures(case: Case) -> Case:
    """The case as comment. (n.1(A)) reads the applicable range: "before consideration of any
    departure provision in the Guidelines Manual or any variance" (the sentence imposed is
    the motion's, not the range's)."""
    return case.model_copy(update={"departures": [], "variances": [], "sentence": None})


def _without_later_facts(case: Case) -> Case:
    """The case as the Manual applied at sentencing read it: §4C1.1's facts (stated for
    Amendment 821 Part B) are left out where that Manual has no §4C1.1; the amended
    computation, with §4C1.1 substituted, reads them."""
    if case.criminal_history.zero_point is None:
        return case
    history = case.criminal_history.model_copy(update={"zero_point": None})
    return case.model_copy(update={"criminal_history": history})


def reduce_sentence(case: Case, where: str, *, motion_date: dt.date | None = None,
                    amendment: int | None = None) -> Reduction:
    """§1B1.10 on one motion: the original and amended applicable ranges, eligibility under
    (a)(2), and the lowest term (b)(2), (c) and the statutes allow. ``amendment``: only that
    covered amendment is substituted (else every covered amendment ussg can substitute)."""
    facts = case.reduction
    day = motion_date or (facts.motion_date if facts else None)
    if day is None:
        raise CaseFileError(where, "reduction.motion_date",
                            "give the date of the court's order on the motion "
                            "([reduction] motion_date, or --motion-date)")
    if case.sentence is None:
        raise CaseFileError(where, "sentence", "give the term of imprisonment imposed "
                            "([sentence] imposed_months or imposed_life): §1B1.10 limits its "
                            "reduction")
    try:
        policy = policy_statement_in_force(day)
    except (EditionError, TableError) as error:
        raise ReductionRefused(where, "reduction.motion_date", str(error)) from None
    if not policy["computable"]:
        raise ReductionRefused(where, "reduction.motion_date",
                               f"§1B1.10 as in force on {format_date(day)} "
                               f"({policy.citation}): {policy['note']}")
    stripped = _without_departures(case)
    editions: dict[dt.date, Edition] = {}

    def record(c: Case, edition: Edition, steps: list[Step]) -> Computation:
        from ussg.guidelines.calculation import calculate_under
        editions[edition.in_force] = edition
        return calculate_under(c, edition, steps)

    try:
        original = applicable_manual(_without_later_facts(stripped), record)
        if stripped.criminal_history.zero_point is not None and Manual(
                editions[original.manual_in_force]).table("zero_point_offender")["exists"]:
            original = applicable_manual(stripped, record)
    except CaseFileError as error:
        raise error.in_file(where) from None
    except (EditionError, TableError) as exc:
        raise computation_error(exc, case, where) from None
    edition = editions[original.manual_in_force]
    sentenced_under = edition.in_force

    subs, made, not_considered, refusals = _substitutions(case, where, policy, day,
                                                          sentenced_under, amendment)
    imposed = _imposed(case)
    without_5g1 = bool(policy.get("minimum_without_5g1")) and \
        case.statutory.substantial_assistance_motion
    # the range at sentencing as §5G1.1 restricted it (comment. (n.4(B)): "the original
    # guideline range of 120 months"); (c) frees only the amended range
    original_range = applicable_range(original)
    common = dict(case_name=case.case.name, motion_date=day, policy=policy,
                  original=original, original_range=original_range, imposed=imposed,
                  not_considered=not_considered)
    if subs:  # the others, refused under (e), are noted
        not_considered = not_considered + [reason for _, reason in refusals]
        common["not_considered"] = not_considered
    left_out = [n for n in not_considered if "cannot be substituted alone" in n]
    if refusals and not subs:
        section, reason = refusals[0]
        return Reduction(amendments=(), substituted=(), amended=None, amended_range=None,
                         eligible=False, reason=reason, reason_section=section,
                         lowest_months=None, **common)
    if not subs:
        reason = _exclusion_a(policy, amendment, sentenced_under)
        if not_considered:
            reason += (" (of the covered amendments ussg can substitute; those it cannot are "
                       "listed as not considered)")
        return Reduction(amendments=(), substituted=(), amended=None, amended_range=None,
                         eligible=False, reason_section="§1B1.10(a)(2)(A)", reason=reason,
                         lowest_months=None, **common)
    edition_steps = [s for s in original.steps if s.chapter == "edition"]
    manual = Manual(edition).substituting(subs)
    try:
        from ussg.guidelines.calculation import calculate_under
        amended = calculate_under(
            stripped if manual.table("zero_point_offender")["exists"]
            else _without_later_facts(stripped), manual, edition_steps)
    except CaseFileError as error:
        raise error.in_file(where) from None
    except TableError as exc:
        raise ReductionRefused(where, "reduction", f"the amended range cannot be computed: "
                               f"{exc}") from None
    amended_range = applicable_range(amended, without_5g1=without_5g1)
    changed = changed_steps(original, amended)
    used = [label for label, versions in made.items()
            if any(b is not None and _cites(b, v) for _, b in changed for v in versions)]
    substituted = tuple(sorted(subs.items()))
    common.update(amendments=tuple(used), substituted=substituted, amended=amended,
                  amended_range=amended_range, changed=changed,
                  warnings=list(amended.warnings) + [
                      f"the amended range leaves out {n.split(':')[0]}, which ussg cannot "
                      f"substitute for this case (see \"not considered\")" for n in left_out])
    if not used:
        return Reduction(eligible=False, reason_section="§1B1.10(a)(2)(A)",
                         reason=_exclusion_a(policy, amendment, sentenced_under, list(made)),
                         lowest_months=None, **common)
    if amended_range.months >= original_range.months:  # life: both ends LIFE
        return Reduction(eligible=False, reason_section="§1B1.10(a)(2)(B)",
                         reason=_not_lowered(policy, original, amended, original_range,
                                             amended_range),
                         lowest_months=None, **common)
    limits, lowest = _limits(case, policy, day, original, original_range, amended,
                             amended_range, imposed, without_5g1)
    return Reduction(eligible=True, reason_section="§1B1.10(a)(1)",
                     reason=f"{_joined(used)} lowered the applicable guideline range from "
                            f"{original_range} to {amended_range}",
                     lowest_months=lowest, limits=limits, **common)


@cache
def amendment_dates() -> dict[int, dt.date]:
    """Each Appendix C amendment's effective date, from the calendar of editions (which
    lists them as numbers and ranges, "1-4")."""
    dates: dict[int, dt.date] = {}
    for change in manual_dates():
        for listed in change.amendments:
            first, _, last = str(listed).partition("-")
            if first.isdigit() and (not last or last.isdigit()):
                for number in range(int(first), int(last or first) + 1):
                    dates[number] = change.effective
    return dates


def _already(label: str, made_on: dt.date, policy: Version) -> str:
    return (f"{label} (eff. {format_date(made_on)}) was already part of the Manual applied at "
            f"sentencing: {policy['exclusion_a']}")


def _cites(step: Step, version: Version) -> bool:
    """The step applied this version of a table (its citation, or its source's words)."""
    if step.citation is not None:
        return (step.citation.section, step.citation.effective) == (version.section,
                                                                    version.effective)
    return str(step.source) in (f"{version.section}: {version.citation}",
                                str(version.citation))


def _joined(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _imposed(case: Case) -> GuidelineRange | None:
    sentence = case.sentence
    if sentence is None:
        return None
    if sentence.imposed_life:
        return GuidelineRange(None, None, True)
    return GuidelineRange(sentence.imposed_months, sentence.imposed_months, False)


def _substitutions(case: Case, where: str, policy: Version, day: dt.date,
                   sentenced_under: dt.date, amendment: int | None
                   ) -> tuple[dict[str, dt.date], dict[str, list[Version]], list[str],
               list[tuple[str, str]]]:
    """The tables to substitute and the date of each one's version: for each covered
    amendment (or the one asked for) made after the Manual applied at sentencing, the
    versions it made. Returns (tables, amendments substituted, amendments not considered and
    why, refusals under (a)(2)(A) or (e) as (section, reason)); the amendments are each
    covered amendment (or part) with the table versions it made."""
    covered = {entry["amendment"]: entry for entry in policy["covered"]}
    sub = policy["list_subsection"]
    subs: dict[str, dt.date] = {}
    used: list[str] = []
    skipped: list[str] = []
    refusals: list[tuple[str, str]] = []
    made: dict[str, list[Version]] = {}
    blocked: list[str] = []  # amendments that touch the case but cannot be substituted
    numbers = [amendment] if amendment is not None else list(covered)
    for number in numbers:
        entry = covered.get(number)
        if entry is None:
            refusals.append(("§1B1.10(a)(2)(A)", (
                f"Amendment {number} is not listed in subsection {sub} of §1B1.10 as in force "
                f"on {format_date(day)} ({policy['list_text']}): {policy['exclusion_a']}")))
            continue
        effects = _effects(number, entry.get("parts", []))
        label = _label(number, entry.get("parts", []))
        computed = [e for e in effects if not e.get("not_computed")]
        if not computed:
            why = next((e["not_computed"] for e in effects if e.get("not_computed")),
                       "ussg does not record which versions of its tables this amendment made")
            made_on = amendment_dates().get(number)
            if amendment is not None and made_on is not None and made_on <= sentenced_under:
                refusals.append(("§1B1.10(a)(2)(A)", _already(label, made_on, policy)))
            elif amendment is not None:
                raise ReductionRefused(where, "--amendment",
                                       f"{label} is covered by §1B1.10, but ussg cannot "
                                       f"substitute it: {why}")
            elif made_on is None or made_on > sentenced_under:
                skipped.append(f"{label}: {why}")
            continue
        if amendment is not None and all(e["effective"] <= sentenced_under for e in computed):
            refusals.append(("§1B1.10(a)(2)(A)",
                             _already(label, computed[0]["effective"], policy)))
            continue
        for effect in computed:
            if effect["effective"] <= sentenced_under:
                continue  # already in the Manual applied at sentencing
            if not _touches(case, effect, sentenced_under):
                continue
            when = entry.get("order_on_or_after")
            if when is not None and day < when:
                refusals.append(("§1B1.10(e)", (
                    f"{entry['instruction']} The order's date, {format_date(day)}, is before "
                    f"{format_date(when)}.")))
                continue
            try:
                _check_separable(case, where, effect, sentenced_under, covered)
            except ReductionRefused as refused:
                if amendment is not None:
                    raise
                blocked.append(f"{label}: {refused.message}")
                continue
            for table in effect["substitute"]:
                if table["table"] not in subs or subs[table["table"]] < table["effective"]:
                    subs[table["table"]] = table["effective"]
            part = _label(number, [effect["part"]] if effect.get("part") else [])
            if part not in used:
                used.append(part)
            made.setdefault(part, []).extend(
                load_table(t["table"]).in_force(t["effective"]) for t in effect["substitute"])
    if amendment is None:
        refusals = [r for r in refusals if r[0] == "§1B1.10(e)"]
    if blocked and not subs:
        raise ReductionRefused(where, "reduction", "no covered amendment could be "
                               "substituted: " + "; ".join(blocked))
    return subs, made, skipped + blocked, refusals


def _drugs(case: Case) -> list:
    return [d for c in ([case.offense] + list(case.counts)) for d in (c.drugs or [])]


def _table_keys(case: Case, version: Version) -> tuple[set[str], bool]:
    """The Drug Quantity Table keys of the case's substances, and whether the case reads the
    Drug Equivalency Tables (several substances, or one the Drug Quantity Table does not
    list)."""
    drugs = _drugs(case)
    keys, unlisted = set(), False
    for drug in drugs:
        try:
            keys.add(find_substance(version, drug.substance, "offense.drugs").key)
        except CaseFileError:
            unlisted = True
    return keys, unlisted or len(drugs) > 1


def _touches(case: Case, effect: dict, sentenced_under: dt.date) -> bool:
    """False where the amendment changed substances the case does not involve."""
    substances = effect.get("substances")
    if not substances:
        return True
    keys, _ = _table_keys(case, load_table("drug_quantity_table").in_force(sentenced_under))
    return bool(keys & set(substances))


def _covered_effects(covered: dict[int, dict]) -> dict[int, list[dict]]:
    """Each amendment whose changes §1B1.10 covers (a listed one, the ones it was amended
    by, or the one it re-promulgated), with the covered amendment's effects."""
    out: dict[int, list[dict]] = {}
    for number, entry in covered.items():
        effects = _effects(number, entry.get("parts", []))
        for made in [number, *entry.get("as_amended_by", []),
                     *(a for e in effects for a in e.get("made_with", []))]:
            out.setdefault(made, []).extend(effects)
    return out


def _check_separable(case: Case, where: str, effect: dict, sentenced_under: dt.date,
                     covered: dict[int, dict]) -> None:
    """ussg substitutes whole versions of a table; refuse where a version between the one
    applied at sentencing and the one the amendment made carries changes of an amendment
    that is not covered: for the Drug Quantity Table, a change to the case's own rows that no
    covered amendment in that version made (by its `substances`)."""
    allowed = _covered_effects(covered)
    for target in effect["substitute"]:
        table = load_table(target["table"])
        between = [v for v in table.versions
                   if sentenced_under < v.effective <= target["effective"]]
        if target["table"] == "drug_quantity_table":
            start = table.in_force(sentenced_under)
            keys, _ = _table_keys(case, start)
            previous = start
            for version in between:
                for key in keys:
                    if _rows(previous, key) != _rows(version, key) and not any(
                            not e.get("substances") or key in e["substances"]
                            for number in version.amendments for e in allowed.get(number, [])):
                        _refuse_mixed(where, effect, version)
                previous = version
            continue
        if target["table"] == "drug_equivalency" and not _table_keys(
                case, load_table("drug_quantity_table").in_force(sentenced_under))[1]:
            continue  # the Drug Equivalency Tables are not read
        for version in between:
            if set(version.amendments) - set(allowed):
                _refuse_mixed(where, effect, version)


def _rows(version: Version, key: str) -> object:
    for substance in version["substance"]:
        if substance["key"] == key:
            return substance["rows"]
    return None


def _refuse_mixed(where: str, effect: dict, version: Version) -> None:
    others = ", ".join(str(a) for a in version.amendments)
    raise ReductionRefused(where, "--amendment", (
        f"Amendment {effect['number']} cannot be substituted alone: the version of "
        f"{version.section} ({version.table}) it would bring also carries Amendment(s) "
        f"{others} (eff. {format_date(version.effective)}), which §1B1.10 does not cover; "
        f"ussg does not separate them"))


def _exclusion_a(policy: Version, amendment: int | None, sentenced_under: dt.date,
                 used: list[str] | None = None) -> str:
    if used:
        return (f"{_joined(used)} changes nothing the computation applied: "
                f"{policy['exclusion_a']}")
    if amendment is not None:
        return (f"Amendment {amendment} changes nothing the computation under the Manual of "
                f"{format_date(sentenced_under)} applied: {policy['exclusion_a']}")
    return (f"no amendment listed in subsection {policy['list_subsection']} changes what the "
            f"computation under the Manual of {format_date(sentenced_under)} applied: "
            f"{policy['exclusion_a']}")


def _not_lowered(policy: Version, original: Computation, amended: Computation,
                 original_range: GuidelineRange, amended_range: GuidelineRange) -> str:
    words = policy["exclusion_b"]
    if amended_range.life and amended_range.min_months is None:
        return f"the amended guideline range is still life imprisonment: {words}"
    if any(s.section.startswith("§4B1.1") and s.changes_level for s in amended.steps):
        return (f"the career offender guideline (§4B1.1) sets the offense level, and the "
                f"range stays {amended_range}: {words}")
    cell = amended.result.guideline_range
    if amended.result.statutory_range is not None and cell.months < amended_range.months:
        return (f"the statutory minimum keeps the range at {amended_range} (§5G1.1; the "
                f"Sentencing Table gives {cell}): {words} (comment. (n.1(A)): \"because of "
                f"the operation of another guideline or statutory provision (e.g., a "
                f"statutory mandatory minimum term of imprisonment)\")")
    return f"the range stays {amended_range} (it was {original_range}): {words}"


def substantial_assistance(case: Case) -> bool:
    """A term below the range "pursuant to a government motion to reflect the defendant's
    substantial assistance to authorities" (§1B1.10(b)(2)(B)): "§5K1.1 ..., 18 U.S.C.
    § 3553(e) ..., and Fed. R. Crim. P. 35(b)" (comment. (n.3)): stated in [reduction], or a
    departure under §5K1.1, or a § 3553(e) motion."""
    return bool((case.reduction is not None and case.reduction.substantial_assistance)
                or any(d.section.replace(" ", "").startswith("§5K1.1") for d in case.departures)
                or case.statutory.substantial_assistance_motion)


def _limits(case: Case, policy: Version, day: dt.date, original: Computation,
            original_range: GuidelineRange, amended: Computation,
            amended_range: GuidelineRange, imposed: GuidelineRange | None,
            without_5g1: bool) -> tuple[list[Step], int | None]:
    """(b)(2)(A)/(B), the statutory minimum, (b)(2)(C): the lowest term, each a step."""
    steps: list[Step] = []
    cite = policy.citation
    lowest: int | None = None
    assert amended_range.min_months is not None  # lowered: not life
    if policy["floor"] == "amended_minimum":
        lowest = amended_range.min_months
        steps.append(Step("chapter_five", "§1B1.10(b)(2)(A)", "Limitation",
                          f"amended range {amended_range}", f"{lowest} months",
                          reason=policy["floor_text"], source=cite))
        below = (imposed is not None and imposed.min_months is not None
                 and original_range.min_months is not None
                 and imposed.min_months < original_range.min_months)
        exception = policy["exception"]
        assisted = substantial_assistance(case)
        if below and (exception == "below_range"
                      or exception == "substantial_assistance" and assisted):
            assert imposed is not None and imposed.min_months is not None
            assert original_range.min_months is not None
            comparable = int((Decimal(lowest) * imposed.min_months / original_range.min_months)
                             .quantize(Decimal(1), rounding=ROUND_HALF_UP))
            lowest = comparable
            percent = (Decimal(100) * (original_range.min_months - imposed.min_months)
                       / original_range.min_months).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            steps.append(Step("chapter_five", "§1B1.10(b)(2)(B)",
                              "Exception for substantial assistance"
                              if exception == "substantial_assistance" else "Exception",
                              f"imposed {imposed.min_months} months, about {percent} percent "
                              f"below the minimum of {original_range}",
                              f"{comparable} months",
                              reason=f"{policy['exception_text']} (comment. (n.3): about "
                                     f"{percent} percent below {amended_range.min_months})",
                              source=cite))
    else:
        steps.append(Step("chapter_five", "§1B1.10(b)", "No floor below the amended range",
                          f"amended range {amended_range}", "none",
                          reason=policy["text_b"], source=cite))
    if without_5g1:
        steps.append(Step("chapter_five", "§1B1.10(c)", "Mandatory minimum and substantial "
                          "assistance", "18 U.S.C. § 3553(e) motion", "range without §5G1.1",
                          reason=policy["minimum_text"], source=cite))
    else:
        binding = [c for c in amended.result.counts if c.minimum_binds and not c.consecutive]
        minimum = max((LIFE if c.mandatory_life else c.minimum_months for c in binding),
                      default=0)
        if minimum and (lowest is None or minimum > lowest):
            lowest = minimum
            steps.append(Step("statute", "18 U.S.C. § 3582(c)(2)", "Statutory minimum",
                              f"{minimum} months", f"{minimum} months",
                              reason="a reduction under § 3582(c)(2) cannot go below the "
                                     "statutory minimum, which neither § 3553(e) nor the "
                                     "safety valve lifted"))
    served = _months_served(case, day)
    if policy["time_served"] and served is not None:
        changed = lowest is None or served > lowest
        steps.append(Step("chapter_five", "§1B1.10(b)(2)(C)", "Prohibition",
                          f"custody since {format_date(case.reduction.custody_began)}: "
                          f"{served} months served by {format_date(day)}",
                          f"{served} months" if changed else "no change",
                          reason=policy["time_served_text"], source=cite))
        if changed:
            lowest = served
    return steps, lowest


def _months_served(case: Case, day: dt.date) -> int | None:
    """Whole months from the start of custody to ``day`` (a month not complete is not
    counted)."""
    began = case.reduction.custody_began if case.reduction else None
    if began is None:
        return None
    months = (day.year - began.year) * 12 + day.month - began.month
    if day.day < began.day:
        months -= 1
    return max(months, 0)


def changed_steps(original: Computation, amended: Computation
                  ) -> list[tuple[Step | None, Step | None]]:
    """The steps that differ: each (original, amended), matched by section, title and
    scope (None where a step is in one computation only)."""
    def keyed(steps: list[Step]) -> dict[tuple, Step]:
        seen: dict[tuple, int] = {}
        out = {}
        for step in steps:
            key = (step.section, step.title, step.scope)
            seen[key] = seen.get(key, 0) + 1
            out[(*key, seen[key])] = step
        return out

    before, after = keyed(original.steps), keyed(amended.steps)
    pairs = []
    for key in list(before) + [k for k in after if k not in before]:
        a, b = before.get(key), after.get(key)
        if a is None or b is None or (a.input, a.change, a.source) != (
                b.input, b.change, b.source):
            pairs.append((a, b))
    return pairs


def level_chain(computation: Computation) -> str:
    """The offense level as a sum, e.g. "38 + 2 + 4 = 44 → 43"."""
    parts: list[str] = []
    level = None
    for step in computation.steps:
        if not step.changes_level or step.chapter == "edition":
            continue
        if step.change.startswith("="):
            parts = [str(step.level)]
        elif step.change.startswith("→"):
            if parts and len(parts) > 1:
                parts.append(f"= {level}")
            parts.append(f"→ {step.level}")
        elif step.delta is not None:
            parts.append(f"+ {step.delta}" if step.delta >= 0 else f"− {-step.delta}")
        level = step.level
    if parts and not parts[-1].startswith(("=", "→")) and len(parts) > 1:
        parts.append(f"= {level}")
    return " ".join(parts)


@dataclass
class ImpactSummary:
    """Many motions counted, as the Commission's retroactivity impact analyses count them:
    how many are eligible, the reasons of the others (by the subsection that says so), and
    the distribution of the largest reduction §1B1.10 allows (``most_months``) among the
    eligible. Kept as counts, so memory does not grow with the number of motions."""

    motions: int = 0
    eligible: int = 0
    not_computed: int = 0  # lines refused or not read (bad input, ussg refuses)
    reasons: dict[str, int] = field(default_factory=dict)  # reason section -> motions
    months: dict[int, int] = field(default_factory=dict)  # most_months -> motions

    def add(self, result: dict | None) -> None:
        """One motion's `ussg reduce --format json` object, or None for one not computed."""
        self.motions += 1
        if result is None:
            self.not_computed += 1
            return
        if not result["eligible"]:
            section = result["reason_section"]
            self.reasons[section] = self.reasons.get(section, 0) + 1
            return
        self.eligible += 1
        most = result.get("most_months")
        if most is not None:
            self.months[most] = self.months.get(most, 0) + 1

    @property
    def counted(self) -> int:
        return sum(self.months.values())

    def quantile(self, q: Decimal) -> Decimal | None:
        """The ``q`` quantile of the reductions (the median at 1/2: the mean of the two
        middle values for an even count), exactly."""
        total = self.counted
        if not total:
            return None
        ordered = sorted(self.months.items())

        def at(index: int) -> int:  # the index-th smallest, from 0
            seen = 0
            for value, count in ordered:
                seen += count
                if index < seen:
                    return value
            raise IndexError(index)

        position = q * (total - 1)
        low = int(position)
        fraction = position - low
        if fraction == 0:
            return Decimal(at(low))
        return Decimal(at(low)) + (Decimal(at(low + 1)) - Decimal(at(low))) * fraction

    @property
    def mean(self) -> Decimal | None:
        total = self.counted
        if not total:
            return None
        return Decimal(sum(v * c for v, c in self.months.items())) / total
