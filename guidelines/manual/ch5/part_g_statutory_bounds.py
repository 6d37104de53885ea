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

from dataclasses import replace

from ussg.guidelines.engine.records import frozen_record
from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.engine.term import LIFE_MONTHS, months_words
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.statutes.penalties import Penalty
from ussg.guidelines.engine.worksheet_builder import Worksheet

LIFE = LIFE_MONTHS  # life imprisonment among month counts (guidelines/engine/term.py)


def _months(value: int | None) -> int:
    return LIFE if value is None else value


_range = GuidelineRange.from_months
_words = months_words


@frozen_record
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
    added = consecutive_minimums(sheet, penalties, None)
    low = min(LIFE, _months(bounded.min_months) + added)
    high = min(LIFE, _months(bounded.max_months) + added)
    total = _range(low, high)
    sheet.note("chapter_five", "§5G1.2(a)", "Total punishment with consecutive terms",
               f"{bounded} + {_words(added)}", str(total),
               "the guideline range on the other counts plus the consecutive terms")
    return (None if added >= LIFE else added), total


def consecutive_minimums(sheet: Worksheet, penalties: list[Penalty], use: str | None) -> int:
    """The §5G1.2(a) counts, one step each: the minimum term each statute requires, and
    what ``use`` the guidelines make of it (None: the guideline sentence, as the count's
    guideline words it: :func:`guideline_sentence`). Returns their sum (LIFE: mandatory
    life)."""
    added = 0
    for penalty in penalties:
        if not penalty.consecutive:
            continue
        term = LIFE if penalty.mandatory_life else penalty.minimum
        added = min(LIFE, added + term)
        why, source = (use, "") if use is not None else guideline_sentence(sheet, penalty)
        sheet.note("chapter_five", "§5G1.2(a)", "Consecutive term", f"{penalty.count}: "
                   f"{penalty.provision}", f"{_words(term)} consecutive",
                   "the statute specifies the term and requires it to run consecutively to any "
                   f"other term; {why}", source)
    return added


def guideline_sentence(sheet: Worksheet, penalty: Penalty) -> tuple[str, str]:
    """What the guideline sentence on a consecutive count is, in the words of the count's
    guideline in the edition applied, and the table it was read from: §2K2.4 for § 924(c)
    (tables/firearm_924c_guideline_sentence.toml: "(§2K2.4)" 1987, "(a)" 1989, "(a)(2)"
    2000, "(b)" from 2002), §2B1.6(a) for § 1028A, §2A3.6's paragraph for the statute it
    names (§ 2250(c), from 2018 § 2250(d), § 2260A); any other statute stated as consecutive,
    §5G1.2(a)'s own rule (the term stated is the one added)."""
    if penalty.guideline == "2K2.4" and penalty.provision == "18 U.S.C. § 924(c)":
        version = sheet.manual.table("firearm_924c_guideline_sentence")
        return (f"“{version['text']}” (§2K2.4{version['subsection']}): the minimum is added",
                sheet.note_version(version))
    if penalty.guideline == "2B1.6":
        version = sheet.manual.table("aggravated_identity_theft")
        return ("“the guideline sentence is the term of imprisonment required by statute” "
                "(§2B1.6(a))", sheet.note_version(version))
    if penalty.guideline == "2A3.6":
        version = sheet.manual.table("aggravated_registration_offense")
        compact = penalty.statute.replace(" ", "")
        paragraph = next((p for p in version.get("statutes", ())
                          if p["statute"].replace(" ", "") in compact), None)
        if paragraph is not None:
            return (f"“{paragraph['text']}” (§2A3.6{paragraph['paragraph']})",
                    sheet.note_version(version))
    return ("“determined by that statute and imposed independently”: the term stated is "
            "added", "")


def career_offender_924c_range(sheet: Worksheet, otherwise: GuidelineRange,
                               penalties: list[Penalty], table_range: GuidelineRange,
                               source: str, *, apportioned: bool = False
                               ) -> tuple[int | None, GuidelineRange]:
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
    comment. (n.2(A))), and §5G1.2(e) apportions it among the counts (``apportioned``: the
    court's sentence is stated, see :func:`apportioned_among_the_counts`). Returns the months
    of the consecutive minimums (None: life) and the applicable guideline range."""
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
    if not apportioned:
        sheet.warn("§4B1.1(c), comment. (n.3(D)): the sentence is imposed under §5G1.2(e), "
                   "which apportions the total punishment between the § 924(c) count and the "
                   "others; state the total punishment the court imposed ([sentence] "
                   "imposed_months) to see that apportionment")
    return (None if added >= LIFE else added), chosen


# §5G1.2(b)-(d): the sentence on each count ------------------------------------------------

# §5G1.2(b) as each edition words it: tables/sentence_on_each_count.toml (Amendment 767, 2012).


@frozen_record
class CountSentence:
    """The sentence on one count, how it runs, and what limited it."""

    sentence: GuidelineRange
    # "concurrently" | "consecutively" | "consecutively_as_necessary"; None: the count
    # carrying the highest statutory maximum, which the others run consecutively to (§5G1.2(d))
    runs: str | None
    note: str = ""


def imposed_total_punishment(sheet: Worksheet, imposed: int, applicable: GuidelineRange,
                             penalties: list[Penalty], field: str, *,
                             with_consecutive: bool = False) -> GuidelineRange:
    """§5G1.2(b): "the court shall determine the total punishment" — the sentence the court
    chose, checked against the statutes (at least the binding minimum, at most the counts'
    maximums together: §5G1.2(d)) and placed against the ``applicable`` guideline range.
    ``imposed`` in months (LIFE: life). ``with_consecutive``: the total punishment includes
    the § 924(c) counts' terms (§4B1.1(c), apportioned under §5G1.2(e)). Without
    ``penalties`` (no statute of conviction stated) nothing is checked against a statute: the
    sentence is placed against the guideline range alone, and the worksheet warns."""
    if not penalties:
        sheet.warn("no statute of conviction stated: the sentence imposed is not checked "
                   "against statutory limits")
        return _placed(sheet, imposed, applicable)
    bounds = statutory_bounds(penalties)
    minimum, minimum_count, maximum = bounds.minimum, bounds.minimum_count, bounds.maximum
    if with_consecutive:
        terms = [p for p in penalties if p.consecutive]
        minimum = min(LIFE, minimum + sum(LIFE if p.mandatory_life else p.minimum
                                          for p in terms))
        minimum_count = "the counts' minimums together"
        maximum = min(LIFE, maximum + sum(_months(p.maximum) for p in terms))
    if imposed < minimum or imposed > maximum:
        limits = (f"at least {_words(minimum)} ({minimum_count})" if imposed < minimum else
                  f"at most {_words(maximum)}, the counts' statutory maximums together")
        raise CaseError(field, f"a total punishment of {_words(imposed)} is outside the "
                               f"statutes: it must be {limits}")
    return _placed(sheet, imposed, applicable)


def _placed(sheet: Worksheet, imposed: int, applicable: GuidelineRange) -> GuidelineRange:
    """§5G1.2(b)'s step: the court's sentence placed against the guideline range."""
    low, high = _months(applicable.min_months), _months(applicable.max_months)
    where = ("within the guideline range" if low <= imposed <= high else
             "outside the guideline range (a departure or variance the court imposed)")
    total = _range(imposed, imposed)
    sheet.note("chapter_five", "§5G1.2(b)", "Total punishment imposed",
               f"the court's sentence, {_words(imposed)}; guideline range {applicable}",
               str(total), f"\"the court shall determine the total punishment\"; {where}")
    return total


def sentence_on_each_count(sheet: Worksheet, total: GuidelineRange,
                           penalties: list[Penalty]) -> dict[str, CountSentence]:
    """The sentence on each count, one step each.

    §5G1.2(b) (the edition's text): the total punishment on each count not covered by (a),
    "except to the extent otherwise required by law" — each count's statutory maximum.
    (c): "If the sentence imposed on the count carrying the highest statutory maximum is
    adequate to achieve the total punishment, then the sentences on all counts shall run
    concurrently". (d): "If the sentence imposed on the count carrying the highest statutory
    maximum is less than the total punishment, then the sentence imposed on one or more of the
    other counts shall run consecutively, but only to the extent necessary to produce a
    combined sentence equal to the total punishment." (a): a count whose statute specifies a
    consecutive term carries that term (its minimum, comment. (n.2(A))), consecutively.

    ``total`` is the total punishment on the counts under (b): the court's sentence (a point)
    or the guideline range within the statutory limits. Where (d) applies to a point, the
    counts after the one with the highest maximum (highest maximum first, then in the order
    of the case) each take what is still needed, up to their maximum (the Manual names no
    order: "one or more of the other counts"; an interpretation, shown as such)."""
    rule = sheet.manual.table("sentence_on_each_count")["text_b"]
    low, high = _months(total.min_months), _months(total.max_months)
    counted = sorted((p for p in penalties if not p.consecutive),
                     key=lambda p: -_months(p.maximum))
    highest = _months(counted[0].maximum)
    sentences: dict[str, CountSentence] = {}
    reasons: dict[str, str] = {}
    needed = high - highest if low == high and high > highest else 0
    for place, penalty in enumerate(counted):
        ceiling = _months(penalty.maximum)
        if place and needed:  # §5G1.2(d), the court's sentence apportioned
            part = min(ceiling, needed)
            needed -= part
            sentence = CountSentence(_range(part, part), "consecutively",
                                     "the statutory maximum" if part == ceiling else
                                     "the balance of the total punishment")
            why = (f"§5G1.2(d): {_words(part)} consecutively, \"only to the extent necessary "
                   f"to produce a combined sentence equal to the total punishment\" ({total}); "
                   f"ussg apportions it to the counts with the highest maximums first, in the "
                   f"order of the case (the Manual says \"one or more of the other counts\": an "
                   f"interpretation)")
        else:
            limited = _range(min(low, ceiling), min(high, ceiling))
            capped = high > ceiling
            runs: str | None = "concurrently"
            if high > highest and not place:
                runs = None
            elif high > highest and low < high:  # a range: how much depends on the point
                runs = "consecutively_as_necessary"
            sentence = CountSentence(limited, runs, "the statutory maximum" if capped and
                                     limited.min_months == limited.max_months else
                                     "within the statutory maximum" if capped else "")
            why = (f"§5G1.2(b): \"{rule}\"; the total punishment ({total})"
                   + (f" limited by the statutory maximum, {_words(ceiling)}" if capped else ""))
            why += {"concurrently": "; concurrently",
                    None: "; the count carrying the highest statutory maximum: the others run "
                          "consecutively to it to the extent necessary (§5G1.2(d))",
                    "consecutively_as_necessary": "; §5G1.2(d): consecutively to the extent "
                    "necessary, which depends on the total punishment the court imposes "
                    "([sentence])"}[runs]
        sentences[penalty.count], reasons[penalty.count] = sentence, why
    for penalty in penalties:
        if penalty.consecutive:
            continue
        sentence = sentences[penalty.count]
        sheet.for_scope(penalty.count).note(
            "chapter_five", "§5G1.2(d)" if sentence.runs == "consecutively" else "§5G1.2(b)",
            "Sentence on the count", f"{penalty.provision}: {penalty.range_text}",
            str(sentence.sentence), reasons[penalty.count])
    for penalty in penalties:
        if penalty.consecutive:  # §5G1.2(a)
            term = LIFE if penalty.mandatory_life else penalty.minimum
            sentences[penalty.count] = CountSentence(_range(term, term), "consecutively",
                                                     "the statutory minimum (§5G1.2(a))")
    return sentences


def apportioned_among_the_counts(sheet: Worksheet, total: GuidelineRange,
                                 penalties: list[Penalty]) -> dict[str, CountSentence]:
    """§5G1.2(e): "In a case in which subsection (c) of §4B1.1 (Career Offender) applies, to
    the extent possible, the total punishment is to be apportioned among the counts of
    conviction, except that (1) the sentence to be imposed on a count requiring a minimum
    term of imprisonment shall be at least the minimum required by statute; and (2) the
    sentence to be imposed on the 18 U.S.C. § 924(c) or § 929(a) count shall be imposed to
    run consecutively to any other count."

    As comment. (n.4(A)) says: "imposing the statutory minimum term of imprisonment on the
    18 U.S.C. § 924(c) or § 929(a) count, subtracting that minimum term of imprisonment from
    the total punishment ..., and then imposing the balance of the total punishment on the
    other counts" (§5G1.2(b)-(d) among them); where their maximums cannot carry the balance,
    "a consecutive term of imprisonment longer than the minimum required by 18 U.S.C.
    § 924(c) or § 929(a) will be necessary": the rest goes to the first such count (as in
    the illustrations, n.4(B)(ii) and, 2025, (iii)). ``total`` is the court's sentence."""
    terms = [p for p in penalties if p.consecutive]
    minimums = {p.count: LIFE if p.mandatory_life else p.minimum for p in terms}
    imposed = _months(total.min_months)
    balance = max(0, imposed - sum(minimums.values()))
    carried = min(balance, sum(_months(p.maximum) for p in penalties if not p.consecutive))
    others = _range(carried, carried)
    sheet.note("chapter_five", "§5G1.2(e)", "Total punishment apportioned",
               f"{total} less the § 924(c) minimums, "
               f"{_words(min(LIFE, sum(minimums.values())))}", str(others),
               "the balance of the total punishment on the other counts (comment. (n.4(A)))")
    sentences = sentence_on_each_count(sheet, others, penalties)
    rest = balance - carried
    for penalty in penalties:  # held to its maximum, the rest going to a § 924(c) count
        if rest and not penalty.consecutive:
            sentences[penalty.count] = replace(sentences[penalty.count],
                                               note="the statutory maximum")
    for penalty in terms:
        term = minimums[penalty.count] + rest
        note = ("the statutory minimum" if not rest else
                f"the statutory minimum and {_words(rest)} more, the balance the other counts' "
                f"maximums cannot carry")
        sentences[penalty.count] = CountSentence(_range(term, term), "consecutively", note)
        sheet.for_scope(penalty.count).note(
            "chapter_five", "§5G1.2(e)", "Sentence on the count",
            f"{penalty.provision}: {penalty.range_text}", _words(term),
            f"{note}; consecutively to any other count (§5G1.2(e)(2))")
        rest = 0
    return sentences
