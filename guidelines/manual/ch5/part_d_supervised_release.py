"""§5D1.1 and §5D1.2: whether a term of supervised release is required and its guideline
length, by the class of each count (18 U.S.C. § 3559) and any statutory minimum term.
Terms of supervised release on several counts run concurrently (18 U.S.C. § 3624(e)), so
the case's range is the longest of the counts'.
"""

from __future__ import annotations

from ussg.guidelines.engine.computation import SupervisedReleaseRange
from ussg.guidelines.statutes.penalties import CLASS_NOT_DETERMINED, Penalty
from ussg.guidelines.engine.tables import Version
from ussg.guidelines.engine.worksheet_builder import Worksheet


def count_term(table: Version, penalty: Penalty) -> tuple[int, int] | None:
    """§5D1.2 for one count, in years: the class range, restricted by a statutory minimum.
    Before Nov. 1, 1995, a count under a statute requiring supervised release took "at least
    three years but not more than five years, or the minimum period required by statute,
    whichever is greater" (former (a)); from then "(c) The term ... shall be not less than any
    statutorily required term" (2025: "shall not be less than any statutorily required minimum
    term", with no guideline minimum)."""
    by_class = table["by_class"].get(penalty.felony_class)
    if by_class is None:
        return None  # Class B or C misdemeanor, infraction: no supervised release
    required = None if penalty.minimum_waived else penalty.supervised_release_minimum
    low, high = by_class
    if required is not None and "statutory_term" in table.data:
        low, high = table["statutory_term"]
    if required is not None:
        low, high = max(low, required), max(high, required)
    return low, high


def supervised_release(sheet: Worksheet, penalties: list[Penalty]) -> SupervisedReleaseRange | None:
    terms = sheet.manual.table("supervised_release_terms")
    imposition = sheet.manual.table("supervised_release_imposition")
    source = sheet.note_version(terms)
    sheet.note_version(imposition)
    found = []
    parts = []
    undetermined = []
    for penalty in penalties:
        if not penalty.felony_class:  # §5D1.2 goes by the class: not supplied
            undetermined.append(f"{penalty.count or penalty.provision}: class "
                                f"{CLASS_NOT_DETERMINED}, so its §5D1.2 term is not determined")
            continue
        term = count_term(terms, penalty)
        if term is None:
            continue
        found.append(term)
        statute = ("" if penalty.supervised_release_minimum is None or penalty.minimum_waived
                   else f", the statute requires at least {penalty.supervised_release_minimum} "
                        f"years")
        label = penalty.count or penalty.provision
        parts.append(f"{label} (Class {penalty.felony_class.replace('_', ' ')}{statute}): "
                     f"{_years(*term)}")
    if undetermined:
        sheet.note("chapter_five", "§5D1.2", "Supervised release (not determined)",
                   "; ".join(undetermined), "not determined",
                   "§5D1.2(a) sets the term by the class of offense (18 U.S.C. § 3559(a)), "
                   "which goes by the maximum term authorized"
                   + ("; the other counts' terms follow" if found else ""), source)
    if not found:
        return None
    low = max(t[0] for t in found)
    high = max(t[1] for t in found)
    by_statute = any(p.supervised_release_minimum is not None and not p.minimum_waived
                     for p in penalties)
    if by_statute:
        required = "required by statute (§5D1.1(a))"
    elif "required_above_months" in imposition.data:
        required = (f"required if a sentence of imprisonment of more than "
                    f"{imposition['required_above_months']} months is imposed (§5D1.1(a))")
    else:
        required = ("not required by statute: ordered when warranted by an individualized "
                    "assessment (§5D1.1(b))")
    why = "; ".join(parts)
    if len(found) > 1:
        why += "; terms on several counts run concurrently (18 U.S.C. § 3624(e))"
    sheet.note("chapter_five", "§5D1.2", "Supervised release", required, _years(low, high),
               why, source)
    return SupervisedReleaseRange(min_years=low, max_years=high, required=required)


def _years(low: int, high: int) -> str:
    if low == high:
        return f"{low} year{'s' if low != 1 else ''}"
    if low == 0:
        return f"up to {high} years"
    return f"{low}–{high} years"
