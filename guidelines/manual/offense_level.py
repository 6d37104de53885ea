"""The offense level of one count, or of counts taken together: Chapter Two and Chapter
Three, Parts A-C (§1B1.1(a)(1)-(3)), with the departures the court placed among them.

For several §2D1.1 counts grouped under §3D1.2(d), §3D1.3(b) uses "the offense level
corresponding to the aggregated quantity", and the specific offense characteristics and
Chapter Three adjustments "apply based upon the combined offense behavior taken as a whole"
(comment. (n.3)): the quantities are added and the counts' facts are taken together.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel

from ussg.guidelines.case.model import Adjustments, Case, Offense, Stage, offense_of
from ussg.guidelines.case.counts import Conviction
from ussg.guidelines.manual.ch5.part_k_departures import depart
from ussg.guidelines.case.drug_offense_facts import DRUG_TRAFFICKING_FACTS
from ussg.guidelines.manual.ch2.registry import (ChapterTwoCase, OffenseGuideline,
                                                 chapter_two_guideline, chapter_two_guidelines,
                                                 guideline_in_force)
from ussg.guidelines.engine.edition_facts import Where
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch3.part_c_obstruction import (obstruction_adjustments,
                                                           offense_committed_on_release)
from ussg.guidelines.manual.ch3.part_b_role import (
    abuse_of_trust_or_special_skill,
    aggravating_role,
    body_armor,
    mitigating_role,
    use_of_minor,
)
from ussg.guidelines.manual.ch3.part_a_victim import victim_related_adjustments
from ussg.guidelines.manual.ch3.deemed_findings import with_deemed_findings
from ussg.guidelines.engine.worksheet_builder import Worksheet


def offense_level(sheet: Worksheet, case: Case, counts: Sequence[Conviction],
                  several: bool, guideline_applied: str | None = None) -> int:
    """Compute, on ``sheet``, the offense level of ``counts`` (one count, or counts grouped
    by aggregate drug quantity, §3D1.2(d)). ``guideline_applied``: for such counts under
    different guidelines, the one applied to the aggregated quantity (§3D1.3(b)), with the
    facts of its own counts. Departures naming one of the counts (or, in the single-count
    form, all departures) are placed after the stage the court named."""
    departures = case.departures
    names = {c.name for c in counts} if several else None
    if guideline_applied is not None:  # errors about its facts name its first count
        counts = sorted(counts, key=lambda c: c.guideline != guideline_applied)
    own_drugs = set()
    if several and len(counts) > 1:
        applying = chapter_two_guideline(guideline_applied or counts[0].guideline)
        hook = getattr(applying.load_rules(), "facts_defaulting_to_own_drugs", None) \
            if applying is not None and applying.rules else None
        own_drugs = hook(sheet.manual) if hook is not None else set()
    facts, adjustments = _taken_together(counts, guideline_applied, own_drugs)
    if guideline_applied is not None:  # one of several guidelines of a Group (§3D1.3(b))
        applied = chapter_two_guideline(guideline_applied)
        hook = getattr(applied.load_rules(), "adjustments_when_grouped", None) \
            if applied is not None and applied.rules else None
        if hook is not None:
            adjustments = hook(sheet, adjustments)
    # the §2D1.1 functions read the offense and the role from a case: this count's
    view = case if not several else case.model_copy(
        update={"offense": facts, "adjustments": adjustments})

    # Chapter Two: the guideline's base offense level, its characteristics, its cross
    # references (guidelines/manual/ch2/registry.py), or the level the case states
    field = counts[0].field
    guideline = chapter_two_guideline(facts.guideline)
    rules = guideline.load_rules() if guideline is not None and guideline.rules else None
    given = ChapterTwoCase(view, facts, guideline.facts_of(facts) if guideline else None,
                           field, adjustments)
    sheet.drugs_read = False  # this count's Chapter Two reads its drugs, or not (below)
    try:
        if rules is not None:
            assert guideline is not None
            guideline_in_force(guideline, sheet.manual, f"{field}.guideline")
            rules.base_offense_level(sheet, given)
        else:
            stated_offense_level(sheet, counts)
        if departures:  # each placed after the stage the court named (most cases: none)
            depart(sheet, departures, Stage.base_offense_level, names)
        if rules is not None:
            rules.specific_offense_characteristics(sheet, given)
        offense_committed_on_release(sheet, adjustments.obstruction, "chapter_two")
        if rules is not None and hasattr(rules, "cross_references"):
            rules.cross_references(sheet, given)
        if guideline is not None and len(counts) == 1:
            refuse_drug_facts_unread(sheet, guideline, facts, field)
    except CaseError as error:
        raise _located(error, counts) from None
    # the guideline in respect to which Chapter Three is determined: the count's own, or
    # the one a cross reference (or an instruction to use another guideline's offense level)
    # adopted (§1B1.5(c)); §3A1.2(b) reads it
    applied = sheet.finish_chapter_two(facts.guideline)
    if departures:
        depart(sheet, departures, Stage.chapter_two, names)

    # Chapter Three, Parts A-C
    where = Where(counts[0].adjustments_field if len(counts) == 1 else _stating(counts),
                  sheet.manual.strict)
    chapter_three_adjustments(sheet, adjustments, where, applied)
    if departures:
        depart(sheet, departures, Stage.chapter_three, names)
    assert sheet.level is not None
    return sheet.level


def refuse_drug_facts_unread(sheet: Worksheet, guideline: OffenseGuideline, facts: Offense,
                             field: str) -> None:
    """A guideline outside Chapter Two, Part D reads a count's §2D1.1 facts only by
    computing §2D1.1 from them (another offense's level it applies or compares: §2S1.1(a)(1),
    §2K2.1(c)(1), §2X1.1's substantive offense). Where this computation did not (no such
    offense named, or one ussg does not compute: "other"), the facts stated would change
    nothing: refused, naming the first, as every fact a guideline does not read is, and
    the guideline's key that names the other offense (its ``applies_facts_of``).
    (Part D's own guidelines read the drugs themselves and refuse what they do not read.)"""
    section = guideline.section
    if section.startswith("2D") or sheet.drugs_read:
        return
    stated = (["drugs"] * bool(facts.drugs)
              + sorted(facts.model_fields_set.intersection(DRUG_TRAFFICKING_FACTS)))
    if stated:
        key = guideline.key_naming("2D1.1")
        raise CaseError(f"{field}.{stated[0]}",
                        f"a §2D1.1 fact, but §{section} did not compute §2D1.1 here: it reads "
                        f"the drugs only where it applies the level of an offense under "
                        f"§2D1.1 that the case names ("
                        + (f"{key} = \"2D1.1\"" if key else "\"2D1.1\" as the other or "
                           "underlying offense's guideline") + "); leave it out")



def chapter_three_adjustments(sheet: Worksheet, adjustments: Adjustments, where: Where,
                              guideline: str | None = None) -> None:
    """Chapter Three, Parts A (victim), B (role) and C (obstruction), in the Manual's order;
    ``guideline``: the Chapter Two guideline in respect to which they are determined
    (``Worksheet.finish_chapter_two``; §3A1.2(b) asks for Part A); with the
    findings a Chapter Two special instruction deemed for this offense
    (manual/ch3/deemed_findings.py)."""
    adjustments, deemed = with_deemed_findings(sheet, adjustments, where)
    victim_related_adjustments(sheet, adjustments.victim, where, guideline, deemed)
    role = adjustments.role
    aggravating_role(sheet, role)
    mitigating_role(sheet, role)
    abuse_of_trust_or_special_skill(sheet, role)
    use_of_minor(sheet, role, where)
    body_armor(sheet, role, where)
    obstruction_adjustments(sheet, adjustments.obstruction, where)


def _stating(counts: Sequence[Conviction]) -> str:
    """The adjustments table of aggregated counts: the first count that states one."""
    return next((c.adjustments_field for c in counts if c.adjustments_stated),
                counts[0].adjustments_field)


def stated_offense_level(sheet: Worksheet, counts: Sequence[Conviction]) -> None:
    """The level the case states for a count under a guideline ussg does not compute
    (``guideline = "other"``)."""
    (count,) = counts
    words = count.facts.description or f"offense under {count.statute.text or 'the statute'}"
    sheet.set_level("chapter_two", "Chapter Two", "Offense level (stated)", words,
                    count.facts.offense_level,
                    "the Chapter Two offense level as the case states it (ussg does not compute "
                    "this guideline)")


@cache
def _facts_tables() -> frozenset[str]:
    """The keys of the guidelines' own facts tables ([offense.<facts_key>])."""
    return frozenset(g.facts_key for g in chapter_two_guidelines() if g.facts_key)


_STATUTE_FACTS = {"statute", "statutory_quantity", "statutory_minimum_months",
                  "statutory_maximum_months", "statutory_maximum_life", "statutory_mandatory_life",
                  "firearm_conduct", "firearm_type", "second_or_subsequent"}


def _as_offense(count: Conviction) -> Offense:
    facts = count.facts
    if type(facts) is Offense:  # a Count is an Offense too (its subclass)
        return facts
    keep = facts.model_fields_set & {"guideline", "drugs", "offense_level", "description",
                                     *DRUG_TRAFFICKING_FACTS, *_facts_tables()}
    if facts.guideline != "2D1.1":  # the statute: read by guidelines that depend on it
        keep |= facts.model_fields_set & _STATUTE_FACTS
    return offense_of({name: getattr(facts, name) for name in keep})


def _taken_together(counts: Sequence[Conviction], guideline_applied: str | None = None,
                    own_drugs: set[str] = frozenset()) -> tuple[Offense, Adjustments]:
    """One count's facts, or the combined facts of counts grouped by aggregate quantity
    (§3D1.2(d)) read under ``guideline_applied`` (default: the counts' own guideline, one
    for all): the drugs of every count, the §2D1.1 facts taken together, and that guideline's
    own facts ([counts.<facts_key>]) from its counts (:func:`_own_facts_together`)."""
    applied = guideline_applied or counts[0].guideline
    if len(counts) == 1 and applied == counts[0].guideline:
        return _as_offense(counts[0]), counts[0].adjustments
    stated = [c for c in counts if c.adjustments_stated]
    adjustments = stated[0].adjustments if stated else counts[0].adjustments
    for other in stated[1:]:
        if other.adjustments != adjustments:
            raise CaseError(other.adjustments_field,
                            f"{other.name} is grouped with {stated[0].name} by aggregate "
                            f"quantity (§3D1.2(d)); Chapter Three adjustments then apply to the "
                            f"combined offense behavior taken as a whole (§3D1.3, comment. "
                            f"(n.3)), but the two counts state different adjustments")
    data: dict = {"guideline": applied, "drugs": [d for c in counts for d in c.facts.drugs]}
    found = [c for c in counts if c.facts.base_offense_level is not None]
    if found and data["drugs"]:
        other = next(c for c in counts if c.facts.drugs)
        raise CaseError(f"{found[0].field}.base_offense_level",
                        f"{found[0].name} is grouped with {other.name} by aggregate quantity "
                        f"(§3D1.2(d)): the base offense level as found is that of the combined "
                        f"quantity; give it instead of the drugs of every such count, or give "
                        f"the drugs")
    # each count's facts stated, read once (the §2D1.1 facts are some twenty: most counts
    # state none of them but the weapon)
    stated_by = [(c, c.facts.model_fields_set) for c in counts]
    for name in DRUG_TRAFFICKING_FACTS:
        stating = [c for c, names in stated_by if name in names]
        if not stating:
            continue
        values = [getattr(c.facts, name) for c in stating]
        if isinstance(values[0], bool):
            data[name] = any(values)
        elif isinstance(values[0], list):
            data[name] = list(dict.fromkeys(v for value in values for v in value))
        elif any(value != values[0] for value in values):
            other = next(c for c, v in zip(stating, values) if v != values[0])
            raise CaseError(f"{other.field}.{name}",
                            f"{other.name} is grouped with {stating[0].name} by aggregate "
                            f"quantity (§3D1.2(d)); the characteristics apply to the combined "
                            f"offense behavior taken as a whole (§3D1.3, comment. (n.3)), but "
                            f"the two counts state different values: conflicting facts")
        else:
            data[name] = values[0]
    data.update(_own_facts_together(counts, applied, own_drugs))
    return offense_of(data), adjustments


def _own_facts_together(counts: Sequence[Conviction], applied: str,
                        own_drugs: set[str]) -> dict:
    """The facts table of the guideline applied (``[counts.<facts_key>]``), combined from the
    counts under that guideline, as the §2D1.1 facts are (§3D1.3, comment. (n.3)): a yes/no
    finding on any count holds, lists are joined, other values must agree. A fact in
    ``own_drugs`` that a count leaves out is that count's own drugs (§2D1.2(a)(1)'s
    ``directly_involved_drugs``: left out, "the whole quantity directly involved it", the
    count's quantity, not the other counts')."""
    guideline = chapter_two_guideline(applied)
    if guideline is None or guideline.facts_key is None or guideline.facts is None:
        return {}
    key = guideline.facts_key
    own = [c for c in counts if c.guideline == applied]
    if not own or not (own_drugs or any(getattr(c.facts, key, None) is not None for c in own)):
        return {}
    combined: dict = {}
    for name in guideline.facts.model_fields:
        values = []
        for count in own:
            stated = getattr(count.facts, key, None)
            if stated is not None and name in stated.model_fields_set:
                values.append((count, getattr(stated, name)))
            elif name in own_drugs:
                values.append((count, _own_drugs(count, key, name)))
        values = [(c, v) for c, v in values if v is not None]
        if values:
            combined[name] = _combined(values, f"{key}.{name}")
    return {key: guideline.facts(**combined)}


def _combined(values: list[tuple[Conviction, Any]], path: str) -> Any:
    """One fact as the counts state it, taken together: a yes/no finding on any count holds,
    lists are joined, a table of findings (§2D1.13's ``listed_chemical``: the §2D1.11 facts)
    is combined key by key the same way, other values must agree."""
    first = values[0][1]
    if isinstance(first, bool):
        return any(v for _, v in values)
    if isinstance(first, list):
        return [item for _, value in values for item in value]
    if isinstance(first, BaseModel) and all(type(v) is type(first) for _, v in values):
        fields = {}
        for name in type(first).model_fields:
            stated = [(c, getattr(v, name)) for c, v in values if name in v.model_fields_set]
            stated = [(c, v) for c, v in stated if v is not None]
            if stated:
                fields[name] = _combined(stated, f"{path}.{name}")
        return type(first)(**fields)
    if any(v != first for _, v in values):
        other = next(c for c, v in values if v != first)
        raise CaseError(f"{other.field}.{path}",
                        f"{other.name} is grouped with {values[0][0].name} by aggregate "
                        f"quantity (§3D1.2(d)); the facts apply to the combined offense "
                        f"behavior taken as a whole (§3D1.3, comment. (n.3)), but the two "
                        f"counts state different values: conflicting facts")
    return first


def _own_drugs(count: Conviction, key: str, name: str) -> list[dict] | None:
    """A count's own drugs as the quantity fact ``name`` it leaves out (§2D1.2: the quantity
    "directly involving a protected location or an underage or pregnant individual")."""
    entries = []
    for i, drug in enumerate(count.facts.drugs):
        if drug.also_contains:
            raise CaseError(f"{count.field}.{key}.{name}",
                            f"{count.name} is grouped with other counts by aggregate quantity "
                            f"(§3D1.2(d)) and its drugs[{i}] is a mixture (also_contains): "
                            f"state {name} (its own drugs are not taken for it)")
        entries.append(drug.model_dump(exclude_unset=True, exclude={"also_contains"}))
    return entries or None


def _located(error: CaseError, counts: Sequence[Conviction]) -> CaseError:
    """Re-aim an error about "offense.…" at the count (and drug entry) it concerns."""
    if counts[0].field == "offense" or not error.field.startswith("offense."):
        return error
    rest = error.field.removeprefix("offense.")
    if rest.startswith("drugs["):
        entries = [(c, j) for c in counts for j in range(len(c.facts.drugs))]
        index = int(rest[len("drugs["):rest.index("]")])
        count, j = entries[index]
        return CaseError(count.drug_field(j) + rest[rest.index("]") + 1:], error.message)
    name = rest.split(".")[0].split("[")[0]
    stating = next((c for c in counts if name in c.facts.model_fields_set), counts[0])
    return CaseError(f"{stating.field}.{rest}", error.message)
