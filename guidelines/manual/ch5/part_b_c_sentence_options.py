"""§5B1.1 (probation) and §5C1.1 (imprisonment): which kinds of sentence the guidelines
allow for the range, by zone (from Nov. 1, 1992) or by the minimum of the range (before),
and the statutory bars of §5B1.1(b).
"""

from __future__ import annotations

from ussg.guidelines.engine.computation import GuidelineRange, SentenceOptions
from ussg.guidelines.statutes.penalties import CLASS_NOT_DETERMINED, Penalty
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet

_IMPRISONMENT = {
    "": "imprisonment not required (a fine or probation may be the sentence)",
    "one_month": "imprisonment, or imprisonment of at least one month plus community "
                 "confinement or home detention, or probation with confinement conditions",
    "half_minimum": "imprisonment, or imprisonment of at least one-half of the minimum term plus "
                    "community confinement or home detention",
    "half_minimum_at_least_one_month": "imprisonment, or probation with confinement "
                                       "conditions, or imprisonment of at least one-half of the "
                                       "minimum term (not less than one month) plus community "
                                       "confinement or home detention",
    "imprisonment": "the minimum term must be satisfied by imprisonment",
}


def _band(table: Version, zone: str | None, cell: GuidelineRange) -> dict:
    if table["zones"]:
        return next(b for b in table["bands"] if b["zone"] == zone)
    low = cell.months[0]
    return next(b for b in table["bands"]
                if b["from"] <= low and ("to" not in b or low <= b["to"]))


def sentence_options(sheet: Worksheet, zone: str | None, cell: GuidelineRange,
                     bounded: GuidelineRange, penalties: list[Penalty]) -> SentenceOptions:
    """§5B1.1(a), §5C1.1(b)-(f); §5B1.1(b): "A sentence of probation may not be imposed in the
    event: (1) the offense of conviction is a Class A or B felony ... (2) the offense of
    conviction expressly precludes probation ..."."""
    table = sheet.manual.table("sentence_options")
    bar_table = sheet.manual.table("probation_statutory_bar")
    band = _band(table, zone, cell)
    imprisonment = _IMPRISONMENT[band["split_sentence"] or ("" if band["probation"] ==
                                                             "authorized" else "imprisonment")]
    bars = []
    barred = [p.count or p.provision for p in penalties
              if p.felony_class in bar_table["barred_classes"]]
    if barred:
        bars.append(f"Class A or B felony ({', '.join(barred)}): §5B1.1(b)(1), "
                    "18 U.S.C. § 3561(a)(1)")
    unknown = [p.count or p.provision for p in penalties if not p.felony_class]
    if unknown:  # §5B1.1(b)(1) goes by the class; not supplied where the maximum is unknown
        bars.append(f"whether {', '.join(unknown)} is a Class A or B felony (§5B1.1(b)(1)) is "
                    f"{CLASS_NOT_DETERMINED}")
    binding = [p for p in penalties if (p.minimum or p.mandatory_life) and not p.minimum_waived]
    if binding:
        bars.append("a statutory minimum term of imprisonment applies "
                    f"({', '.join(p.count or p.provision for p in binding)}), which probation "
                    "cannot satisfy")
    for section, months, _, _ in sheet.minimum_guideline_sentences[:1]:  # a special instruction
        imprisonment = (f"{section}: the minimum guideline sentence is {months} months' "
                        f"imprisonment (the Manual has no note on how it meets the zone's "
                        f"options, which follow); " + imprisonment)
    if bounded.min_months != cell.min_months:
        imprisonment = f"at least {bounded} under the statutes (§5G1.1); " + imprisonment
    probation = "not_authorized" if barred or binding else band["probation"]
    where = f"Zone {zone}" if zone else f"minimum of the range {cell.min_months} months"
    words = {"authorized": "probation authorized",
             "with_confinement_conditions": "probation only with intermittent confinement, "
                                            "community confinement or home detention",
             "not_authorized": "probation not authorized"}[probation]
    sheet.note("chapter_five", f"{band['probation_subsection']}, {band['subsection']}",
               "Sentence options", where, words, imprisonment
               + (f"; {'; '.join(bars)}" if bars else ""), sheet.note_version(table))
    return SentenceOptions(zone=zone, probation=probation, imprisonment=imprisonment,
                           statutory_bar="; ".join(bars))
