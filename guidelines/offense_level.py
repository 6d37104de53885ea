"""The offense level of one count, or of counts taken together: Chapter Two and Chapter
Three, Parts A-C (§1B1.1(a)(1)-(3)), with the departures the court placed among them.

For several §2D1.1 counts grouped under §3D1.2(d), §3D1.3(b) uses "the offense level
corresponding to the aggregated quantity", and the specific offense characteristics and
Chapter Three adjustments "apply based upon the combined offense behavior taken as a whole"
(comment. (n.3)): the quantities are added and the counts' facts are taken together.
"""

from __future__ import annotations

from collections.abc import Sequence

from .case import Adjustments, Departure, Offense, Stage
from .counts import Conviction
from .departures import depart
from .drug_trafficking import base_offense_level_from_quantity, dangerous_weapon, mitigating_role_cap
from .errors import CaseError
from .obstruction import obstruction_adjustments, offense_committed_on_release
from .role import (
    abuse_of_trust_or_special_skill,
    aggravating_role,
    body_armor,
    mitigating_role,
    use_of_minor,
)
from .victim_adjustments import victim_related_adjustments
from .worksheet_builder import Worksheet


def offense_level(sheet: Worksheet, counts: Sequence[Conviction],
                  departures: list[Departure], several: bool) -> int:
    """Compute, on ``sheet``, the offense level of ``counts`` (one count, or §2D1.1 counts
    whose quantities are aggregated). Departures naming one of the counts (or, in the
    single-count form, all departures) are placed after the stage the court named."""
    names = {c.name for c in counts} if several else None
    facts, adjustments = _taken_together(counts)

    # Chapter Two
    chapter_two_offense_level(sheet, counts, facts)
    if facts.guideline == "2D1.1":
        mitigating_role_cap(sheet, adjustments.role)
    depart(sheet, departures, Stage.base_offense_level, names)
    if facts.guideline == "2D1.1":
        dangerous_weapon(sheet, facts)
    offense_committed_on_release(sheet, adjustments.obstruction, "chapter_two")
    depart(sheet, departures, Stage.chapter_two, names)

    # Chapter Three, Parts A-C
    chapter_three_adjustments(sheet, adjustments)
    depart(sheet, departures, Stage.chapter_three, names)
    assert sheet.level is not None
    return sheet.level


def chapter_three_adjustments(sheet: Worksheet, adjustments: Adjustments) -> None:
    """Chapter Three, Parts A (victim), B (role) and C (obstruction), in the Manual's order."""
    victim_related_adjustments(sheet, adjustments.victim)
    role = adjustments.role
    aggravating_role(sheet, role)
    mitigating_role(sheet, role)
    abuse_of_trust_or_special_skill(sheet, role)
    use_of_minor(sheet, role)
    body_armor(sheet, role)
    obstruction_adjustments(sheet, adjustments.obstruction)


def chapter_two_offense_level(sheet: Worksheet, counts: Sequence[Conviction],
                              facts: Offense) -> None:
    """§2D1.1(c) from the (aggregated) quantity, or the level the case states for a count
    under a guideline ussg does not compute."""
    if facts.guideline == "2D1.1":
        try:
            base_offense_level_from_quantity(sheet, facts)
        except CaseError as error:
            raise _located(error, counts) from None
        return
    (count,) = counts
    words = count.facts.description or f"offense under {count.statute.text or 'the statute'}"
    sheet.set_level("chapter_two", "Chapter Two", "Offense level (stated)", words,
                    count.facts.offense_level,
                    "the Chapter Two offense level as the case states it (ussg does not compute "
                    "this guideline)")


def _taken_together(counts: Sequence[Conviction]) -> tuple[Offense, Adjustments]:
    """One count's facts, or the combined facts of aggregated §2D1.1 counts."""
    if len(counts) == 1:
        count = counts[0]
        facts = count.facts
        if not isinstance(facts, Offense):
            facts = Offense(guideline=facts.guideline, drugs=facts.drugs,
                            dangerous_weapon=facts.dangerous_weapon,
                            offense_level=facts.offense_level, description=facts.description)
        return facts, count.adjustments
    stated = [c for c in counts if c.adjustments_stated]
    adjustments = stated[0].adjustments if stated else counts[0].adjustments
    for other in stated[1:]:
        if other.adjustments != adjustments:
            raise CaseError(other.adjustments_field,
                            f"{other.name} is grouped with {stated[0].name} by aggregate "
                            f"quantity (§3D1.2(d)); Chapter Three adjustments then apply to the "
                            f"combined offense behavior taken as a whole (§3D1.3, comment. "
                            f"(n.3)), but the two counts state different adjustments")
    drugs = [drug for c in counts for drug in c.facts.drugs]
    weapon = any(c.facts.dangerous_weapon for c in counts)
    return Offense(guideline="2D1.1", drugs=drugs, dangerous_weapon=weapon), adjustments


def _located(error: CaseError, counts: Sequence[Conviction]) -> CaseError:
    """Re-aim an error about "offense.drugs[i]" at the count whose entry it is."""
    if not error.field.startswith("offense.drugs"):
        return error
    entries = [(c, j) for c in counts for j in range(len(c.facts.drugs))]
    rest = error.field.removeprefix("offense.drugs")
    if rest.startswith("["):
        index = int(rest[1:rest.index("]")])
        count, j = entries[index]
        return CaseError(count.drug_field(j) + rest[rest.index("]") + 1:], error.message)
    return CaseError(f"{counts[0].field}.drugs", error.message)
