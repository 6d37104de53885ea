"""Chapter Four, Part B: career offender (§4B1.1, §4B1.2), armed career criminal (§4B1.4) and
repeat and dangerous sex offender against minors (§4B1.5).

Each may replace the offense level by a table level "if greater than the offense level
otherwise applicable" and raise the criminal history category. Whether a prior offense was a
crime of violence or a controlled substance offense, whether the defendant is subject to
18 U.S.C. § 924(e), and the other §4B1.2 / statutory questions are facts the user states as
the court found them; the engine applies the edition's rules to them.

Acceptance of responsibility (§3E1.1). The table levels are "decrease[d] by the number of
levels corresponding to" any §3E1.1 adjustment (from 1992; by 2 levels from 1989; not at
all before). Every function here therefore takes the offense level *before* acceptance and
the acceptance decrease, and returns the level after both: e.g. §4B1.1(b) gives
max(table level - decrease, level before acceptance - acceptance). On the worksheet,
§3E1.1 (§1B1.1(a)(5)) comes before Chapter Four ((a)(6)), so the worksheet level these
functions see is the level *after* acceptance and ``acceptance`` is the decrease already
taken (guidelines/calculation.py measures it around acceptance_of_responsibility).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ussg.guidelines.manual.ch4.part_a_criminal_history import CriminalHistoryScore
from ussg.guidelines.engine.computation import GuidelineRange
from ussg.guidelines.case.criminal_record import (ArmedCareerCriminalFacts, CareerOffenderFacts,
                                                  CriminalHistory)
from ussg.guidelines.engine.edition_facts import not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch5.part_a_sentencing_table import CATEGORIES
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.term import Term, compare, parse_term
from ussg.guidelines.engine.worksheet_builder import Worksheet

if TYPE_CHECKING:
    from ussg.guidelines.manual.ch4.chapter_four import ChapterFour

CO = "criminal_history.career_offender"


def statutory_maximum_level(maximum: Term, rows: list[dict]) -> tuple[str, int]:
    """The row of an "Offense Statutory Maximum" table (§4B1.1(b), §4B1.5(a)) that applies."""
    for row in rows:
        if row.get("life"):
            if maximum.life:
                return row["label"], row["level"]
        elif "at_least" in row and compare(maximum, parse_term(row["at_least"])) >= 0:
            return row["label"], row["level"]
        elif "more_than" in row and compare(maximum, parse_term(row["more_than"])) > 0:
            return row["label"], row["level"]
    raise CaseError(f"{CO}.offense_statutory_maximum",
                    f"{maximum}: not more than one year, so the offense is not a felony and no "
                    f"row of the table applies")


def table_decrease(acceptance_rule: str, acceptance: int) -> int:
    """How much a §3E1.1 adjustment of ``acceptance`` levels lowers a Part B table level."""
    if acceptance_rule == "none":
        return 0
    if acceptance_rule == "2_levels":
        return 2 if acceptance else 0
    return acceptance


def career_offender_offense_level(level_before_acceptance: int, table_level: int,
                                  acceptance: int, acceptance_rule: str) -> int:
    """§4B1.1(b): "if the offense level for a career offender from the table ... is greater
    than the offense level otherwise applicable, the offense level from the table ... shall
    apply", the table level decreased per its footnote for any §3E1.1 adjustment."""
    return max(table_level - table_decrease(acceptance_rule, acceptance),
               level_before_acceptance - acceptance)


def age_at_instant_offense(record: CriminalHistory, committed: dt.date | None) -> int:
    if record.age_at_instant_offense is not None:
        return record.age_at_instant_offense
    if record.birth_date is not None and committed is not None:
        return committed.year - record.birth_date.year - (
            (committed.month, committed.day) < (record.birth_date.month, record.birth_date.day))
    raise CaseError("criminal_history.age_at_instant_offense",
                    "needed for §4B1.1(a)(1) (at least eighteen at the instant offense); give it, "
                    "or birth_date with instant_offense_began or "
                    "career_offender.instant_offense_committed")


@dataclass(frozen=True)
class CareerOffender:
    """What §4B1.1 decided: the category, whether (a) is met, and for a § 924(c) offender
    the (c)(3) table range with its citation, which Chapter Five weighs against (c)(2)(A)."""

    category: str
    met: bool
    firearm_table_range: tuple[GuidelineRange, str] | None = None


def career_offender(sheet: Worksheet, ctx: ChapterFour, category: str,
                    score: CriminalHistoryScore | None) -> CareerOffender:
    """§4B1.1: decide (a) and apply (b)."""
    facts = ctx.case.criminal_history.career_offender
    if facts is None:
        return CareerOffender(category, False)
    acceptance = ctx.acceptance
    table = sheet.manual.table("career_offender")
    source = sheet.note_version(table)
    if facts.career_offender:
        _as_found(sheet, facts, source)
    elif not _criteria_met(sheet, ctx, facts, table, score, source):
        return CareerOffender(category, False)
    firearm = None
    if facts.convicted_924c_or_929a or ctx.statute_924c:
        applies_b, firearm = firearm_count_career_offender(sheet, ctx, facts)
        if not applies_b:
            return CareerOffender(category, True, firearm)
    label, level, given = _table_level(facts, table)
    assert sheet.level is not None
    current = sheet.level
    before = current + acceptance
    result = career_offender_offense_level(before, level, acceptance, table["acceptance"])
    where = f"{table['subsection']}{label}"
    if result > current:
        sheet.move_to("chapter_four", where, "Career offender offense level", given, result,
                      f"the table level {level} is greater than the offense level otherwise "
                      f"applicable ({current})" + _acceptance_words(table, acceptance), source)
    else:
        sheet.note("chapter_four", where, "Career offender offense level", given,
                   f"level {current} stays",
                   f"the table level {level} is not greater than the offense level otherwise "
                   f"applicable ({current})", source)
    sheet.note("chapter_four", table["subsection"], "Career offender category",
               f"criminal history category {category} from Part A", table["category"],
               f"\"A career offender's criminal history category in every case ... shall be "
               f"Category {table['category']}\"", source)
    return CareerOffender(table["category"], True, firearm)


def _as_found(sheet: Worksheet, facts: CareerOffenderFacts, source: str) -> None:
    """§4B1.1(a) as the court found it: the status stated, the criteria not recomputed (the
    age and the prior record are then not needed)."""
    stated = [f"{facts.prior_felony_convictions} qualifying prior felony convictions"
              if facts.prior_felony_convictions is not None else "",
              f"instant offense: {facts.instant_offense.replace('_', ' ')}"
              if facts.instant_offense else ""]
    sheet.note("chapter_four", "§4B1.1(a)", "Career offender",
               "; ".join(["as found by the court", *filter(None, stated)]), "career offender",
               "the court found the defendant a career offender under §4B1.1(a); its criteria "
               "(age, instant offense, two prior felony convictions) are not recomputed", source)


def _criteria_met(sheet: Worksheet, ctx: ChapterFour, facts: CareerOffenderFacts,
                  table: Version, score: CriminalHistoryScore | None, source: str) -> bool:
    """§4B1.1(a)(1)-(3), decided from the facts stated; each criterion a step."""
    assert facts.instant_offense is not None  # the case model requires it here
    record = ctx.case.criminal_history
    committed = facts.instant_offense_committed or record.instant_offense_began
    age = age_at_instant_offense(record, committed)
    maximum, _ = _offense_statutory_maximum(facts, table)
    felony = compare(maximum, parse_term("1 year")) > 0
    predicates, predicate_note = _predicates(sheet, facts, record, score, committed)
    checks = [
        ("(a)(1)", f"age {age} at the instant offense", age >= table["minimum_age"],
         f"at least {table['minimum_age']} years old"),
        ("(a)(2)", f"instant offense: {facts.instant_offense.replace('_', ' ')}; statutory "
                   f"maximum {maximum}",
         felony and facts.instant_offense != "neither",
         "a felony that is a crime of violence or a controlled substance offense"),
        ("(a)(3)", predicate_note, predicates >= 2,
         "at least two prior felony convictions of a crime of violence or a controlled "
         "substance offense, counted separately (§4B1.2(c))"),
    ]
    for part, given, met, rule in checks:
        sheet.note("chapter_four", f"§4B1.1{part}", "Career offender criterion", given,
                   "met" if met else "not met", rule, source)
    if not all(met for _, _, met, _ in checks):
        sheet.note("chapter_four", "§4B1.1(a)", "Career offender", "criteria (a)(1)-(3)",
                   "not a career offender", "not every criterion of §4B1.1(a) is met", source)
        return False
    return True


def _table_level(facts: CareerOffenderFacts, table: Version) -> tuple[str, int, str]:
    """§4B1.1(b): the row of the table, from the offense statutory maximum or from the level
    the court found (which must be one of this edition's levels, and agree with the maximum
    where both are stated). Returns the row's label, its level and what was given."""
    if facts.offense_statutory_maximum is not None:
        maximum, maximum_note = _offense_statutory_maximum(facts, table)
        label, level = statutory_maximum_level(maximum, table["rows"])
        given = f"offense statutory maximum {maximum}{maximum_note}"
        if facts.offense_level is not None and facts.offense_level != level:
            raise CaseError(f"{CO}.offense_level",
                            f"level {facts.offense_level}, as found, is not the level of "
                            f"{table['subsection']}{label} for an offense statutory maximum of "
                            f"{maximum} ({level}) in this edition")
        if facts.offense_level is not None:
            given += f"; level {level} as found by the court"
        return label, level, given
    assert facts.offense_level is not None  # the case model requires one of the two
    rows = [row for row in table["rows"] if row["level"] == facts.offense_level]
    if not rows:
        levels = ", ".join(str(row["level"]) for row in table["rows"])
        raise CaseError(f"{CO}.offense_level",
                        f"{facts.offense_level} is not a level of this edition's "
                        f"{table['subsection']} table ({levels})")
    return rows[0]["label"], facts.offense_level, \
        f"level {facts.offense_level} as found by the court"


def firearm_count_career_offender(sheet: Worksheet, ctx: ChapterFour, facts: CareerOffenderFacts
                                  ) -> tuple[bool, tuple[GuidelineRange, str]]:
    """§4B1.1(c), for a career offender convicted under 18 U.S.C. § 924(c) or § 929(a).

    (c)(3) gives the table range by the §3E1.1 decrease; Chapter Five takes "the greater of"
    it and (c)(2)(A), the otherwise applicable range on the other counts plus the § 924(c)
    minimum (guidelines/manual/ch5/part_g_statutory_bounds.py). Comment. (n.3(C)): that otherwise applicable
    range is the (a)-(b) range where the other counts, alone, qualify the defendant as a
    career offender, and the Chapter Two-Three level with the Part A category where they do
    not. Returns whether (b) applies to the other counts, and the (c)(3) range with its
    citation."""
    field = f"{CO}.convicted_924c_or_929a"
    rule = sheet.manual.table("career_offender_924c")
    source = sheet.note_version(rule)
    if not rule["computable"]:
        raise CaseError(field, f"a career offender convicted under 18 U.S.C. § 924(c) or § 929(a) "
                        f"under the {sheet.edition.label}: §4B1.1(c) took effect Nov. 1, 2002 "
                        f"(Amendment 642), and the earlier treatment is not modelled; refused "
                        f"rather than guessed")
    if not ctx.statute_924c:
        raise CaseError(field, "list the 18 U.S.C. § 924(c) count in [[counts]] with its statute "
                        "(its mandatory minimum enters §4B1.1(c)(2)(A)); § 929(a) counts are "
                        "not modelled")
    if any(c.consecutive and c.statute.kind != "924c" for c in ctx.counts):
        raise CaseError("counts", "§4B1.1(c) with a consecutive term under a statute other than "
                        "§ 924(c) is not computed; refused rather than guessed")
    if facts.other_counts_qualify is None:
        raise CaseError(f"{CO}.other_counts_qualify", "needed for §4B1.1(c)(2) (comment. "
                        "(n.3(C))): do the counts other than § 924(c), without it, qualify the "
                        "defendant as a career offender? true or false")
    row = next((r for r in rule["table"] if r["reduction"] == ctx.acceptance), None)
    if row is None:
        raise CaseError("acceptance", f"the §4B1.1(c)(3) table has rows for a §3E1.1 reduction "
                        f"of 0, 2 or 3 levels, not {ctx.acceptance}")
    table_range = GuidelineRange(min_months=row["min"], max_months=row.get("max"),
                                 life=bool(row.get("life")))
    sheet.note("chapter_four", "§4B1.1(c)(3)", "Career offender table for § 924(c) offenders",
               f"§3E1.1: {row['label'].lower()}", str(table_range),
               f"\"{row['label']}\": {table_range}; Chapter Five takes the greater of this and "
               f"(c)(2)(A)", source)
    found = (table_range, source)
    if facts.other_counts_qualify:
        sheet.note("chapter_four", "§4B1.1(c)(2)(A)", "Otherwise applicable guideline range",
                   "the other counts qualify the defendant as a career offender",
                   "under §4B1.1(a)-(b)",
                   "comment. (n.3(C)(ii)): the range for those counts is the one determined "
                   "under §4B1.1(a) and (b)", source)
        return True, found
    sheet.note("chapter_four", "§4B1.1(c)(2)(A)", "Otherwise applicable guideline range",
               "the other counts do not qualify the defendant as a career offender",
               "Chapter Two-Three level, Part A category",
               "comment. (n.3(C)(i)): the range for those counts uses their Chapter Two and "
               "Three offense level and the category under §§4A1.1 and 4A1.2", source)
    return False, found


def _acceptance_words(table: Version, acceptance: int) -> str:
    if not acceptance:
        return ""
    return f"; §3E1.1 decrease of {table_decrease(table['acceptance'], acceptance)} applied"


def _offense_statutory_maximum(facts: CareerOffenderFacts, table: Version) -> tuple[Term, str]:
    """Comment. (n.2): which maximum the edition means (recidivist enhancements or not)."""
    plain = parse_term(facts.offense_statutory_maximum)
    enhanced = parse_term(facts.enhanced_statutory_maximum) if facts.enhanced_statutory_maximum \
        else None
    rule = table["statutory_maximum"]
    if enhanced is None or rule == "unenhanced":
        words = " (without recidivist enhancement, comment. (n.2) of this edition)" \
            if enhanced is not None else ""
        return plain, words
    if rule == "enhanced":
        return enhanced, " (including the recidivist enhancement, comment. (n.2))"
    return plain, (" (this edition's comment. (n.2) does not address recidivist enhancements; "
                   f"the unenhanced maximum is used, not {enhanced})")


def _predicates(sheet: Worksheet, facts: CareerOffenderFacts, record: CriminalHistory,
                score: CriminalHistoryScore | None, committed: dt.date | None) -> tuple[int, str]:
    """§4B1.2(c) and comment. (n.3) to §4A1.2: qualifying prior felony convictions, at most
    one from each single sentence, each independently receiving criminal history points."""
    if record.priors is None or score is None:
        if facts.prior_felony_convictions is None:
            raise CaseError(f"{CO}.prior_felony_convictions",
                            "needed with a stated category: the number of prior felony "
                            "convictions of a crime of violence or controlled substance offense "
                            "counted separately (or give the priors)")
        return facts.prior_felony_convictions, (f"{facts.prior_felony_convictions} qualifying "
                                                f"prior felony convictions, as stated")
    if facts.prior_felony_convictions is not None:
        raise CaseError(f"{CO}.prior_felony_convictions",
                        "computed from the priors; give one or the other")
    chosen: dict[int, str] = {}
    for result in score.priors:
        prior = record.priors[result.index]
        if not (prior.crime_of_violence or prior.controlled_substance_offense):
            continue
        if prior.kind.value != "felony" or prior.juvenile or result.group is None \
                or result.independent_points == 0:
            continue
        sustained = prior.conviction_date or prior.sentence_date
        if committed is not None and sustained is not None and sustained >= committed:
            if prior.conviction_date is None:
                raise CaseError(f"criminal_history.priors[{result.index}].conviction_date",
                                "needed for §4B1.2(c): was guilt established before the instant "
                                "offense was committed?")
            continue
        chosen.setdefault(result.group, f"prior {result.label}")
        rule = sheet.manual.table("single_sentence_predicates")
        if result.points == 0 and rule["predicate_without_points"] == "unsettled":
            warning = (f"§4B1.2(c): prior {result.label} is counted as a predicate although its "
                       f"single sentence carries its points on another prior ({rule.citation}: "
                       f"{rule['text']})")
            sheet.warn(warning)
    names = ", ".join(chosen.values()) or "none"
    when = f" before {format_date(committed)}" if committed else ""
    return len(chosen), (f"qualifying prior felony convictions sustained{when}, one per "
                         f"sentence counted separately: {names}")


def armed_career_criminal(sheet: Worksheet, ctx: ChapterFour, category: str,
                          career: bool) -> tuple[str, bool]:
    """§4B1.4(b), (c): the greatest of the levels and categories listed."""
    facts = ctx.case.criminal_history.armed_career_criminal
    acceptance = ctx.acceptance
    if facts is None:
        return category, False
    table = sheet.manual.table("armed_career_criminal")
    source = sheet.note_version(table)
    if not facts.subject_to_924e:
        sheet.note("chapter_four", "§4B1.4(a)", "Armed career criminal",
                   "not subject to 18 U.S.C. § 924(e)", "not applicable",
                   "§4B1.4 applies only to a defendant subject to an enhanced sentence under "
                   "18 U.S.C. § 924(e)", source)
        return category, False
    if not table["exists"]:
        not_in_edition(sheet, ctx.where, "armed_career_criminal", "§4B1.4",
                       "Armed career criminal", "subject to 18 U.S.C. § 924(e)",
                       "§4B1.4 (Armed Career Criminal) was added Nov. 1, 1990 by Amendment 355",
                       source, chapter="chapter_four")
        return category, False
    excluded = (facts.convicted_844h_924c_or_929a or ctx.statute_924c) and \
        table["excluded_with_844h_924c_929a"]
    connected = _in_connection(facts, table, bool(excluded))
    level = table["level_in_connection"] if connected else table["level_otherwise"]
    part = "(b)(3)(A)" if connected else "(b)(3)(B)"
    why = ("comment. (n.2): with a sentence under 18 U.S.C. § 844(h), § 924(c) or § 929(a), "
           "(b)(3)(A) and (c)(2) do not apply" if excluded else
           "firearm used or possessed in connection with a crime of violence or controlled "
           "substance offense, or of a type described in 26 U.S.C. § 5845(a)" if connected else
           "otherwise")
    assert sheet.level is not None
    before = current = sheet.level
    result = max(level - table_decrease(table["acceptance"], acceptance), current)
    given = "subject to 18 U.S.C. § 924(e)"
    if facts.offense_level is not None:
        given += f"; level {facts.offense_level} as found by the court"
    given += "; career offender level included" if career else ""
    if result > current:
        sheet.move_to("chapter_four", f"§4B1.4{part}", "Armed career criminal offense level",
                      given, result, f"{why}: level {level}, greater than {before}", source)
    else:
        sheet.note("chapter_four", f"§4B1.4{part}", "Armed career criminal offense level", given,
                   f"level {before} stays", f"{why}: level {level}, not greater than {before}",
                   source)
    floor = table["category_in_connection"] if connected else table["category_minimum"]
    new = max(category, floor, key=CATEGORIES.index)
    sheet.note("chapter_four", "§4B1.4(c)" + ("(2)" if connected else "(3)"),
               "Armed career criminal category", f"criminal history category {category}", new,
               f"the greatest of the category from Part A or §4B1.1 ({category}) and Category "
               f"{floor}", source)
    return new, True


def _in_connection(facts: ArmedCareerCriminalFacts, table: Version, excluded: bool) -> bool:
    """§4B1.4(b)(3)(A) or (B): from the firearm fact, or from the level the court found (this
    edition's (A) or (B) level; where both are stated they must agree)."""
    field = "criminal_history.armed_career_criminal.offense_level"
    found = facts.offense_level
    levels = {table["level_in_connection"]: True, table["level_otherwise"]: False}
    if found is not None and found not in levels:
        raise CaseError(field, f"{found} is not a §4B1.4(b)(3) level of this edition "
                               f"({table['level_in_connection']} under (A), "
                               f"{table['level_otherwise']} under (B))")
    if found is not None and levels[found] and excluded:
        raise CaseError(field, f"{found} is the (b)(3)(A) level, which comment. (n.2) excludes "
                               f"with a sentence under 18 U.S.C. § 844(h), § 924(c) or § 929(a)")
    if found is not None and facts.firearm_stated \
            and levels[found] != (facts.firearm_in_connection and not excluded):
        raise CaseError(field, f"level {found} as found does not agree with "
                               f"firearm_in_connection = "
                               f"{'true' if facts.firearm_in_connection else 'false'}")
    if found is not None:
        return levels[found]
    return bool(facts.firearm_in_connection) and not excluded


def repeat_sex_offender(sheet: Worksheet, ctx: ChapterFour, category: str,
                        career: bool) -> tuple[str, bool]:
    """§4B1.5(a) (a prior sex offense conviction) or (b) (a pattern of prohibited sexual
    conduct), neither if §4B1.1 applies."""
    facts = ctx.case.criminal_history.repeat_sex_offender
    acceptance = ctx.acceptance
    if facts is None:
        return category, False
    table = sheet.manual.table("repeat_sex_offender")
    source = sheet.note_version(table)
    where = "criminal_history.repeat_sex_offender"
    if not table["exists"]:
        not_in_edition(sheet, ctx.where, "repeat_sex_offender", "§4B1.5",
                       "Repeat and dangerous sex offender", "facts stated",
                       "§4B1.5 was added Nov. 1, 2001 by Amendment 615", source,
                       chapter="chapter_four")
        return category, False
    assert sheet.level is not None
    before = current = sheet.level
    reason = ("not a covered sex crime" if not facts.covered_sex_crime else
              "§4B1.1 (Career Offender) applies" if career else "")
    if reason or not (facts.prior_sex_offense_conviction
                      or facts.pattern_of_prohibited_sexual_conduct):
        sheet.note("chapter_four", "§4B1.5", "Repeat and dangerous sex offender",
                   "covered sex crime" if facts.covered_sex_crime else "instant offense",
                   "not applicable", reason or "no prior sex offense conviction and no pattern "
                   "of prohibited sexual conduct", source)
        return category, False
    if facts.prior_sex_offense_conviction:
        if facts.offense_statutory_maximum is None:
            raise CaseError(f"{where}.offense_statutory_maximum", "needed for §4B1.5(a)(1)(B)")
        maximum = parse_term(facts.offense_statutory_maximum)
        label, level = statutory_maximum_level(maximum, table["rows"])
        result = max(level - acceptance, current)
        text = f"§4B1.5(a)(1)(B){label}"
        if result > current:
            sheet.move_to("chapter_four", text, "Repeat sex offender offense level",
                          f"offense statutory maximum {maximum}", result,
                          f"table level {level} greater than {before}", source)
        else:
            sheet.note("chapter_four", text, "Repeat sex offender offense level",
                       f"offense statutory maximum {maximum}", f"level {before} stays",
                       f"table level {level} not greater than {before}", source)
        new = max(category, table["category_minimum_a"], key=CATEGORIES.index)
        sheet.note("chapter_four", "§4B1.5(a)(2)", "Repeat sex offender category",
                   f"criminal history category {category}", new,
                   f"the greater of the Part A category and Category "
                   f"{table['category_minimum_a']}", source)
        return new, True
    after = current + table["pattern_increase"]
    result = after if after >= table["pattern_floor"] else table["pattern_floor"] - acceptance
    sheet.move_to("chapter_four", "§4B1.5(b)(1)", "Repeat sex offender offense level",
                  "pattern of activity involving prohibited sexual conduct", result,
                  f"{table['pattern_increase']} plus the Chapters Two and Three level, but not "
                  f"less than level {table['pattern_floor']} (less any §3E1.1 decrease)", source)
    return category, True
