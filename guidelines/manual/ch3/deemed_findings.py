"""Chapter Three findings that a Chapter Two special instruction deems.

§2A3.1(d)(1) (2025): "If the offense occurred in the custody or control of a prison or other
correctional facility and the victim was a prison official, the offense shall be deemed to have
an official victim for purposes of subsection (c)(2) of §3A1.2 (Official Victim)." The
guideline records the finding on its worksheet (``Worksheet.deem``); here Chapter Three takes
it as a finding of the case's ``[adjustments]``: where the case leaves the field out, the
deemed value is the finding; where it states the same value, that stands; where it states
another, the case contradicts the instruction and is refused, naming both fields. Each Part's
rule then applies the finding, citing the instruction and the provision it names
(:func:`deemed_for`).
"""

from __future__ import annotations

from ussg.guidelines.case.model import Adjustments
from ussg.guidelines.engine.edition_facts import Where
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import DeemedFinding, Worksheet


def with_deemed_findings(sheet: Worksheet, adjustments: Adjustments,
                         where: Where) -> tuple[Adjustments, dict[str, DeemedFinding]]:
    """``adjustments`` with the findings Chapter Two deemed for this offense put in, and
    those findings by their ``[adjustments]`` path ("victim.official_victim")."""
    found: dict[str, DeemedFinding] = {}
    if not sheet.deemed:  # most cases: Chapter Two deemed nothing
        return adjustments, found
    for finding in sheet.deemed_findings():
        part, name = finding.adjustment.split(".")
        facts = getattr(adjustments, part)
        stated = getattr(facts, name)
        if stated is not None and stated != finding.value:
            raise CaseError(where.field(finding.adjustment),
                            f"{finding.fact} = true: {finding.section} (in force on "
                            f"{format_date(sheet.manual.in_force)}): “{finding.text}” The "
                            f"offense is deemed to have {name} = \"{_word(finding.value)}\" "
                            f"({finding.provision}); the case states \"{_word(stated)}\": leave "
                            f"{name} out, or state \"{_word(finding.value)}\"")
        earlier = found.get(finding.adjustment)
        if earlier is not None and earlier.value != finding.value:
            raise CaseError(finding.fact, f"{finding.section} deems {name} = "
                            f"\"{_word(finding.value)}\", {earlier.section} "
                            f"\"{_word(earlier.value)}\" ({earlier.fact})")
        found[finding.adjustment] = finding
        if stated is None:
            adjustments = adjustments.model_copy(update={
                part: facts.model_copy(update={name: finding.value})})
    return adjustments, found


def deemed_for(finding: DeemedFinding, words: str) -> tuple[str, str]:
    """The input and reason of a Chapter Three step applying a finding a Chapter Two
    instruction deemed (``words``: the provision's own text)."""
    return (f"deemed by {finding.section} ({finding.fact} = true)",
            f"{finding.section}: “{finding.text}” {finding.provision}: “{words}”")


def _word(value: object) -> str:
    return str(getattr(value, "value", value))
