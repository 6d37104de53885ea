"""§5D1.1 and §5D1.2: whether a term of supervised release is required and its guideline
length, by the class of each count (18 U.S.C. § 3559) and any statutory minimum term.
Terms of supervised release on several counts run concurrently (18 U.S.C. § 3624(e)), so
the case's range is the longest of the counts'.

A term "may be up to life" for a sex offense or an offense listed in 18 U.S.C.
§ 2332b(g)(5)(B) that risked death or serious bodily injury (Nov. 1, 2002 - Oct. 31, 2025, as
each edition words it: :func:`up_to_life`); from Nov. 1, 2025 the class maximum yields to a
statute's term up to life. A sex offense's statutory maximum term is recommended (Nov. 1,
2001 - Oct. 31, 2025).
"""

from __future__ import annotations

from ussg.guidelines.case.counts import Conviction
from ussg.guidelines.engine.computation import SupervisedReleaseRange
from ussg.guidelines.engine.edition_facts import Where, not_in_edition
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


#: the case's finding for each ground on which an edition's term "may be up to life"
_UP_TO_LIFE = {"sex_offense": "supervised_release_sex_offense",
               "terrorism_risk": "supervised_release_terrorism_risk"}


def up_to_life(sheet: Worksheet, table: Version, penalty: Penalty, count: Conviction | None,
               term: tuple[int, int | None]) -> tuple[int, int | None]:
    """§5D1.2(b) (Nov. 1, 2004 - Oct. 31, 2025; the terrorism sentence of (a) from Nov. 1,
    2002): the term "shall be not less than the minimum term of years specified for the
    offense under subdivisions (a)(1) through (3) and may be up to life" for a sex offense or
    a § 2332b(g)(5)(B) offense that resulted in or risked death or serious bodily injury
    (``None`` maximum: life); (c)'s statutory minimum still binds (comment. (n.6)). From Nov.
    1, 2025, "Except as otherwise provided by statute": a statute's term up to life."""
    low, high = term
    if count is None:
        return term
    where = Where(count.field, sheet.manual.strict)
    label = penalty.count or penalty.provision
    grounds = table.get("up_to_life") or []
    for ground, name in _UP_TO_LIFE.items():
        if not getattr(count.facts, name):
            continue
        if ground in grounds:
            paragraph = table["up_to_life_paragraph"]
            which = "(2)" if ground == "sex_offense" and paragraph == "(b)" else (
                "(1)" if paragraph == "(b)" else "")
            words = ("a sex offense (comment. (n.1))" if ground == "sex_offense" else
                     "an offense listed in 18 U.S.C. § 2332b(g)(5)(B) that resulted in, or "
                     "created a foreseeable risk of, death or serious bodily injury")
            sheet.note("chapter_five", f"§5D1.2{paragraph}{which}", "Supervised release up to life",
                       f"{label}: {words}", f"{_years(low, None)}",
                       f"\"{table['text_up_to_life']}\"", sheet.note_version(table))
            high = None
        # a sex offense with the recommendation alone (Nov. 1, 2001 - Oct. 31, 2004) is
        # recommend()'s; any other finding the edition has no provision for is refused
        elif not (ground == "sex_offense" and table.get("sex_offense_recommendation")):
            not_in_edition(sheet, where, name, "§5D1.2", "Term of Supervised Release",
                           f"{label}: {name}",
                           f"§5D1.2 in the Manual in force ({table.citation}) has no "
                           f"term up to life for "
                           + ("a sex offense" if ground == "sex_offense" else
                              "an offense listed in 18 U.S.C. § 2332b(g)(5)(B)")
                           + (f": the class maximum holds \"{table['statute_sets_maximum']}"
                              f"\"; state the statute's term instead "
                              f"(supervised_release_maximum_life, "
                              f"supervised_release_minimum_years)"
                              if table.get("statute_sets_maximum") else ""),
                           sheet.note_version(table), chapter="chapter_five")
    if penalty.supervised_release_life and table.get("statute_sets_maximum") and high is not None:
        sheet.note("chapter_five", "§5D1.2(a)", "Supervised release up to life",
                   f"{label}: the statute authorizes any term of years or life",
                   _years(low, None), f"\"{table['statute_sets_maximum']}\"",
                   sheet.note_version(table))
        high = None
    return low, high


def recommend(sheet: Worksheet, table: Version, penalty: Penalty, count: Conviction | None,
              ) -> None:
    """§5D1.2's policy statement (Nov. 1, 2001 - Oct. 31, 2025): for a sex offense "the
    statutory maximum term of supervised release is recommended"."""
    if (count is None or not count.facts.supervised_release_sex_offense
            or not table.get("sex_offense_recommendation")):
        return
    maximum = ("life (the statute, as the case states it)" if penalty.supervised_release_life
               else "the statute's maximum term (not stated in the case: "
                    "supervised_release_maximum_life)")
    sheet.note("chapter_five", f"§5D1.2{table['recommendation_paragraph']}",
               "Supervised release recommended (policy statement)",
               f"{penalty.count or penalty.provision}: a sex offense", maximum,
               f"\"{table['sex_offense_recommendation']}\"", sheet.note_version(table))


def supervised_release(sheet: Worksheet, penalties: list[Penalty],
                       counts: list[Conviction] = ()) -> SupervisedReleaseRange | None:
    terms = sheet.manual.table("supervised_release_terms")
    imposition = sheet.manual.table("supervised_release_imposition")
    source = sheet.note_version(terms)
    sheet.note_version(imposition)
    found: list[tuple[int, int | None]] = []
    parts = []
    undetermined = []
    count_of = {c.name: c for c in counts}
    for penalty in penalties:
        if not penalty.felony_class:  # §5D1.2 goes by the class: not supplied
            undetermined.append(f"{penalty.count or penalty.provision}: class "
                                f"{CLASS_NOT_DETERMINED}, so its §5D1.2 term is not determined")
            continue
        term = count_term(terms, penalty)
        if term is None:
            continue
        count = count_of.get(penalty.count)
        term = up_to_life(sheet, terms, penalty, count, term)
        recommend(sheet, terms, penalty, count)
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
    high = None if any(t[1] is None for t in found) else max(t[1] for t in found)
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


def _years(low: int, high: int | None) -> str:
    if high is None:
        return "up to life" if low == 0 else f"{low} year{'s' if low != 1 else ''}–life"
    if low == high:
        return f"{low} year{'s' if low != 1 else ''}"
    if low == 0:
        return f"up to {high} years"
    return f"{low}–{high} years"
