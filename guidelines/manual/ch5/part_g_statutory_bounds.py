"""§5G1.1 and §5G1.2: the guideline range bounded by the statutes of conviction, and the
total punishment with terms that must run consecutively.

§5G1.1: "(a) Where the statutorily authorized maximum sentence is less than the minimum of
the applicable guideline range, the statutorily authorized maximum sentence shall be the
guideline sentence. (b) Where a statutorily required minimum sentence is greater than the
maximum of the applicable guideline range, the statutorily required minimum sentence shall be
the guideline sentence. (c) In any other case, the sentence may be imposed at any point
within the applicable guideline range, provided that the sentence— (1) is not greater than
the statutorily authorized maximum sentence, and (2) is not less than any statutorily
required minimum sentence."

§5G1.2, comment. (n.3(B)): with several counts, "where a statutorily required minimum
sentence on any count is greater than the maximum of the applicable guideline range, the
statutorily required minimum sentence on that count shall be the guideline sentence on all
counts", and the range is "restricted by that statutorily required minimum". Above, the
total punishment may reach the sum of the counts' maximums: §5G1.2(d), "the sentence imposed
on one or more of the other counts shall run consecutively, but only to the extent necessary
to produce a combined sentence equal to the total punishment". §5G1.2(a): a count whose
statute "specifies a term of imprisonment to be imposed" and requires it "to run
consecutively to any other term of imprisonment, shall be determined by that statute and
imposed independently".
"""

from __future__ import annotations

from dataclasses import dataclass

from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.statutes.penalties import Penalty
from ussg.guidelines.engine.worksheet_builder import Worksheet

LIFE = 10**9  # life imprisonment, for comparisons only


def _months(value: int | None) -> int:
    return LIFE if value is None else value


def _range(low: int, high: int) -> GuidelineRange:
    if low >= LIFE:
        return GuidelineRange(min_months=None, max_months=None, life=True)
    return GuidelineRange(min_months=low, max_months=None if high >= LIFE else high,
                          life=high >= LIFE)


def _words(months: int) -> str:
    return "life" if months >= LIFE else f"{months} months"


@dataclass(frozen=True)
class Bounds:
    minimum: int  # the binding statutory minimum (LIFE: mandatory life)
    minimum_count: str
    maximum: int  # the statutory maximum of the total punishment (LIFE: life)
    highest_maximum: int  # the highest maximum of any one count
    highest_count: str
    not_stated: tuple[str, ...] = ()  # counts whose maximum is not stated (no cap from it)


def statutory_bounds(penalties: list[Penalty]) -> Bounds:
    """Minimum and maximum of the total punishment on the counts sentenced under the
    guidelines (the §5G1.2(a) consecutive counts are added afterwards)."""
    counted = [p for p in penalties if not p.consecutive]
    binding = [(LIFE if p.mandatory_life else p.minimum, p.count or p.provision)
               for p in counted if not p.minimum_waived]
    minimum, minimum_count = max(binding, default=(0, ""), key=lambda pair: pair[0])
    highest, highest_count = max(((_months(p.maximum), p.count or p.provision)
                                  for p in counted),
                                 default=(LIFE, ""), key=lambda pair: pair[0])
    total = min(LIFE, sum(_months(p.maximum) for p in counted))
    not_stated = tuple(p.count or p.provision for p in counted if not p.maximum_stated)
    return Bounds(minimum, minimum_count, total, highest, highest_count, not_stated)


def bounded_guideline_range(sheet: Worksheet, cell: GuidelineRange,
                            penalties: list[Penalty], several: bool) -> GuidelineRange:
    """The range after §5G1.1 (one count) or §5G1.2 (several), shown as a step."""
    bounds = statutory_bounds(penalties)
    low, high = _months(cell.min_months), _months(cell.max_months)
    section = "§5G1.2(b)" if several else "§5G1.1"
    minimum_words = (f"statutory minimum {_words(bounds.minimum)} ({bounds.minimum_count})"
                     if bounds.minimum else "no statutory minimum")
    maximum_words = (f"statutory maximum {_words(bounds.maximum)}"
                     + (" (the counts' maximums together)" if several else ""))
    if bounds.not_stated:
        maximum_words = (f"statutory maximum not stated ({', '.join(bounds.not_stated)}): no "
                         f"cap from it")
    given = f"guideline range {cell}; {minimum_words}; {maximum_words}"
    if several:
        given += " (the §5G1.1 rules applied to the total punishment: §5G1.2, comment. (n.3(B)))"
    if bounds.maximum < low:
        result = _range(bounds.maximum, bounds.maximum)
        why = ("the statutorily authorized maximum sentence is less than the minimum of the "
               "guideline range: it is the guideline sentence")
        section += "" if several else "(a)"
    elif bounds.minimum > high:
        result = _range(bounds.minimum, bounds.minimum)
        why = ("a statutorily required minimum sentence is greater than the maximum of the "
               "guideline range: it is the guideline sentence")
        section += "" if several else "(b)"
    else:
        result = _range(max(low, bounds.minimum), min(high, bounds.maximum))
        restricted = (max(low, bounds.minimum), min(high, bounds.maximum)) != (low, high)
        why = ("the range is restricted to the statutory limits" if restricted else
               "the guideline range lies within the statutory limits")
        section += "" if several else "(c)"
    sheet.note("chapter_five", section, "Guideline range within the statutory limits", given,
               str(result), why)
    if several and sum(not p.consecutive for p in penalties) > 1:
        _concurrent_or_consecutive(sheet, result, bounds)
    return result


def _concurrent_or_consecutive(sheet: Worksheet, bounded: GuidelineRange, bounds: Bounds) -> None:
    top = LIFE if bounded.life else _months(bounded.max_months)
    if bounds.not_stated:
        return  # §5G1.2(c)/(d) compare the counts' maximums: not all of them are stated
    if bounds.highest_maximum >= top:
        sheet.note("chapter_five", "§5G1.2(c)", "Concurrent sentences",
                   f"highest statutory maximum {_words(bounds.highest_maximum)} "
                   f"({bounds.highest_count})", "concurrent",
                   "the count carrying the highest statutory maximum can carry the whole total "
                   "punishment; the sentences on all counts run concurrently, each limited to "
                   "its own statutory maximum")
    else:
        sheet.note("chapter_five", "§5G1.2(d)", "Consecutive sentences to the extent necessary",
                   f"highest statutory maximum {_words(bounds.highest_maximum)} "
                   f"({bounds.highest_count})", "partly consecutive",
                   f"a total punishment above {_words(bounds.highest_maximum)} requires "
                   "sentences on other counts to run consecutively, but only to the extent "
                   "necessary")


def with_consecutive_terms(sheet: Worksheet, bounded: GuidelineRange,
                           penalties: list[Penalty]) -> tuple[int | None, GuidelineRange]:
    """§5G1.2(a): add each consecutive count's term, "determined by that statute and imposed
    independently" (§2K2.4(b): the minimum the statute requires). Returns the months added
    (None if none) and the total range."""
    if not any(p.consecutive for p in penalties):
        return None, bounded
    added = consecutive_minimums(sheet, penalties, "the guideline sentence is the minimum it "
                                 "requires (§2K2.4(b))")
    low = min(LIFE, _months(bounded.min_months) + added)
    high = min(LIFE, _months(bounded.max_months) + added)
    total = _range(low, high)
    sheet.note("chapter_five", "§5G1.2(a)", "Total punishment with consecutive terms",
               f"{bounded} + {_words(added)}", str(total),
               "the guideline range on the other counts plus the consecutive terms")
    return (None if added >= LIFE else added), total


def consecutive_minimums(sheet: Worksheet, penalties: list[Penalty], use: str) -> int:
    """The §5G1.2(a) counts, one step each: the minimum term each statute requires, and
    what ``use`` the guidelines make of it. Returns their sum (LIFE: mandatory life)."""
    added = 0
    for penalty in penalties:
        if not penalty.consecutive:
            continue
        term = LIFE if penalty.mandatory_life else penalty.minimum
        added = min(LIFE, added + term)
        sheet.note("chapter_five", "§5G1.2(a)", "Consecutive term", f"{penalty.count}: "
                   f"{penalty.provision}", f"{_words(term)} consecutive",
                   "the statute specifies the term and requires it to run consecutively to any "
                   f"other term; {use}")
    return added


def career_offender_924c_range(sheet: Worksheet, otherwise: GuidelineRange,
                               penalties: list[Penalty], table_range: GuidelineRange,
                               source: str) -> tuple[int | None, GuidelineRange]:
    """§4B1.1(c)(2): "the greater of— (A) the guideline range that results by adding the
    mandatory minimum consecutive penalty required by the 18 U.S.C. § 924(c) or § 929(a)
    count(s) to the minimum and the maximum of the otherwise applicable guideline range ...
    and (B) the guideline range determined using the table in subsection (c)(3)";
    comment. (n.3(B)): "the guideline range with the highest minimum term of imprisonment".

    ``otherwise`` is the Sentencing Table range of the other counts (comment. (n.3(C)): from
    their offense level and category, as in the Manual's example, n.3(E)), not bounded by
    their statutory maximum: §5G1.2, comment. (n.4(B)(iii)) (2016) adds 360 months to the
    100-125 of a count whose maximum is 120 months and gives "applicable guideline range of
    460-485 months". This range replaces §5G1.2(a)'s sum of the minimums: "Except for certain
    career offender situations in which subsection (c) of §4B1.1 ... applies, the term of
    years to be imposed consecutively is the minimum required by the statute" (§5G1.2,
    comment. (n.2(A))), and §5G1.2(e) apportions it among the counts. Returns the months of
    the consecutive minimums (None: life) and the applicable guideline range."""
    added = consecutive_minimums(sheet, penalties, "its minimum enters §4B1.1(c)(2)(A), and "
                                 "the sentence on it is apportioned under §5G1.2(e)")
    with_924c = _range(min(LIFE, _months(otherwise.min_months) + added),
                       min(LIFE, _months(otherwise.max_months) + added))
    a_low, b_low = _months(with_924c.min_months), _months(table_range.min_months)
    if a_low != b_low:
        chosen, which = (with_924c, "(A)") if a_low > b_low else (table_range, "(B)")
        why = f"{which} has the higher minimum (comment. (n.3(B)))"
    else:
        # The Manual names no tie-break; both ranges start at the same month.
        a_high, b_high = _months(with_924c.max_months), _months(table_range.max_months)
        chosen, which = (with_924c, "(A)") if a_high > b_high else (table_range, "(B)")
        why = (f"the minimums are equal (comment. (n.3(B)) names no tie-break); ussg shows "
               f"{which}, whose maximum is not lower (an interpretation)")
    sheet.note("chapter_five", "§4B1.1(c)(2)", "Career offender guideline range (§ 924(c))",
               f"(A) {otherwise} + {_words(added)} = {with_924c}; (B) {table_range}",
               str(chosen), why + "; the applicable guideline range", source)
    sheet.warn("§4B1.1(c), comment. (n.3(D)): the sentence is imposed under §5G1.2(e), which "
               "apportions the total punishment between the § 924(c) count and the others; "
               "ussg does not compute that apportionment")
    return (None if added >= LIFE else added), chosen
