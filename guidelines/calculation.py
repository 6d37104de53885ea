"""The calculation, in the order of §1B1.1 (Application Instructions).

(a)(1)-(3) Chapter Two and Chapter Three, Parts A-C, for each count; (a)(4) multiple counts
(Chapter Three, Part D); (a)(5) acceptance of responsibility (Part E); (a)(6) Chapter Four,
the criminal history category; (a)(7) the Sentencing Table (Chapter Five, Part A); (a)(8)
Chapter Five, Parts B-G: the statutes' limits (§5G1.1/§5G1.2), sentence options, supervised
release and fine. Departures are placed after the stage the court named; variances come
last, in months.
"""

from __future__ import annotations

from dataclasses import replace

from ussg.guidelines.manual.ch3.part_e_acceptance import acceptance_of_responsibility
from ussg.guidelines.case.model import Case, Stage
from ussg.guidelines.manual.ch4.chapter_four import (ChapterFourResult,
                                                     criminal_history_and_parts_b_c)
from ussg.guidelines.engine.computation import (Computation, CountResult, GroupResult,
                                                GuidelineRange, Result, Step)
from ussg.guidelines.case.counts import Conviction, convictions
from ussg.guidelines.manual.ch5.part_k_departures import depart
from ussg.guidelines.case.reading import computation_error
from ussg.guidelines.case.error import CaseFileError
from ussg.guidelines.engine.editions import Edition, EditionError
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.manual.ch5.part_e_fines import fine_range
from ussg.guidelines.manual.ch1.part_b_manual_in_effect import applicable_manual, asked_for
from ussg.guidelines.manual.ch3.part_d_multiple_counts import (Group, combined_offense_level,
                                                               format_units)
from ussg.guidelines.manual.offense_level import offense_level
from ussg.guidelines.manual.ch5.part_b_c_sentence_options import sentence_options
from ussg.guidelines.manual.ch5.part_a_sentencing_table import (cell_words, guideline_range,
                                                                minimum_guideline_sentence,
                                                                treat_outside_1_to_43, zone)
from ussg.guidelines.manual.ch5.part_g_statutory_bounds import (CountSentence,
                                                                bounded_guideline_range,
                                                                apportioned_among_the_counts,
                                                                career_offender_924c_range,
                                                                imposed_total_punishment,
                                                                sentence_on_each_count,
                                                                statutory_bounds,
                                                                with_consecutive_terms)
from ussg.guidelines.statutes.penalties import Penalty, statutory_penalties
from ussg.guidelines.manual.ch5.part_d_supervised_release import supervised_release
from ussg.guidelines.engine.manual import Manual, manual_of
from ussg.guidelines.engine.term import LIFE_MONTHS as LIFE
from ussg.guidelines.engine.tables import TableError
from ussg.guidelines.manual.ch2.s2k2_4.underlying_offense import (characteristics_withheld,
                                                                  fine_offense_level,
                                                                  range_absent_the_conviction,
                                                                  warn_about_stated_levels)
from ussg.guidelines.variances import apply_variances
from ussg.guidelines.manual.ch3.part_a_victim import terrorism_criminal_history
from ussg.guidelines.engine.worksheet_builder import Worksheet


def calculate(case: Case, where: str | None = None, *,
              assume_latest: bool = False) -> Computation:
    """Compute the guideline range for ``case``, every step cited, under the Manual that
    §1B1.11 makes applicable (see guidelines/manual/ch1/part_b_manual_in_effect.py). A date under a Manual
    ussg has not entered is refused, unless ``assume_latest``: then the newest edition
    entered is applied, and the computation is marked "not verified for this date".

    A fact the Manual applied cannot use raises :class:`~guidelines.CaseFileError` (the
    same exception as reading a case), naming the field, and the file ``where`` if given.
    """
    if not isinstance(case, Case):  # a program's mistake: say what to pass
        raise TypeError(f"calculate() takes a Case, not {type(case).__name__}: make it with "
                        f"load_case(path), parse_case(text) or case_from_dict(data, where)")
    try:
        return applicable_manual(case, calculate_under, assume_latest=assume_latest)
    except CaseFileError as error:  # the engine's CaseError: no file until told
        if not where:
            raise
        raise error.in_file(where) from None
    except (EditionError, TableError) as exc:  # the edition the case names or dates
        raise computation_error(exc, case, where or "") from None


def calculate_under(case: Case, edition: Edition | Manual, edition_steps: list[Step], *,
                    absent_2k2_4: bool = False) -> Computation:
    """Compute the case under one edition, whose choice ``edition_steps`` explain.
    ``absent_2k2_4``: as if there were no conviction under 18 U.S.C. § 924(c) (§ 929(a),
    § 844(h)) beside the underlying offense, i.e. with its weapon characteristics, which
    §2K2.4's fine instruction and range rules ask for (guidelines/manual/ch2/s2k2_4/underlying_offense.py)."""
    manual = edition if isinstance(edition, Manual) else manual_of(
        edition, compared=not asked_for(case, edition))
    edition = manual.edition
    # a class called with keywords builds a dict of them and unpacks it again for its
    # __init__ (a few µs a case): the records below are made positionally, in field order
    sheet = Worksheet(manual, absent_2k2_4=True) if absent_2k2_4 else Worksheet(manual)
    sheet.steps.extend(edition_steps)
    counts = convictions(case)
    several = bool(case.counts)

    # Chapter Two and Chapter Three, Parts A-D: one count, or the Groups combined
    groups: list[Group] = []
    if several:
        groups = combined_offense_level(sheet, case, counts)
    else:
        offense_level(sheet, case, counts, several=False)
    combined = sheet.level

    # Chapter Three, Part E (and, in 2025, Part F through a §5K3.1/§3F1.1 departure below)
    before_acceptance = sheet.level
    acceptance_of_responsibility(sheet, case.acceptance)
    assert before_acceptance is not None and sheet.level is not None

    # Chapter Four: the criminal history category (one place; see chapter_four below); its
    # Parts B and C may change the offense level, so it comes before departures from the total
    four = chapter_four(sheet, case, counts, acceptance=before_acceptance - sheet.level)
    category = four.category
    if case.departures:  # most cases: none to place
        depart(sheet, case.departures, Stage.total)
    total = sheet.level
    assert total is not None

    # Chapter Five, Part A
    bounds = manual.table("offense_level_bounds")
    table_level = treat_outside_1_to_43(total, bounds)
    if table_level != total:
        side = "more than 43" if total > table_level else "less than 1"
        sheet.move_to("chapter_five", "Ch.5 Pt.A, comment. (n.2)", "Offense level outside 1–43",
                      f"total offense level {total}", table_level,
                      f"a total offense level of {side} is treated as {table_level}",
                      sheet.note_version(bounds))
    table = manual.table("sentencing_table")
    cell = guideline_range(table, table_level, category)
    cell_zone = zone(table, table_level, category)
    sheet.note("chapter_five", "Ch.5 Pt.A", "Sentencing Table",
               *cell_words(table, table_level, category), sheet.note_version(table))
    cell = minimum_guideline_sentence(sheet, cell, cell_zone)  # §2F1.1(c)(1) and the like
    # Result(total_offense_level, table_offense_level, criminal_history_category, range,
    # zone)
    result = Result(total, table_level, category, cell, cell_zone)
    if several:
        result = replace(result, groups=tuple(_group_result(g) for g in groups),
                         combined_offense_level=combined)

    # Chapter Five, Parts B-G: only where the case states its statutes
    if any(c.statute.kind for c in counts):
        warn_about_stated_levels(sheet, case)
        absent = None
        if characteristics_withheld(sheet):  # §2K2.4: the weapon left out; the fine and range need it
            absent = calculate_under(case, manual, [], absent_2k2_4=True).result
        result = chapter_five_sentence(sheet, case, counts, groups, result, absent,
                                       four.firearm_career_offender_range)
    else:
        _no_statute(case)
        if case.sentence is not None:
            imposed, _ = _sentence_on_each_count(sheet, case, cell, None, [], False)
            result = replace(result, imposed=imposed)
        if case.variances:
            sheet.warn("no statute of conviction stated: the variance is not checked against "
                       "statutory limits")
            result = replace(result, sentence_after_variance=apply_variances(
                sheet, case.variances, cell, 0, LIFE))

    # Computation(case_name, manual, manual_in_force, edition, steps, result, warnings)
    return Computation(case.case.name, edition.label, edition.in_force, edition.edition,
                       sheet.steps, result, sheet.warnings)


def _no_statute(case: Case) -> None:
    """Statutory facts mean nothing without a statute: refuse them rather than ignore them."""
    if "statutory" in case.model_fields_set:
        raise CaseError("statutory", "statutory facts need the statute of conviction: give "
                                     "offense.statute (or each count's statute)")


def chapter_four(sheet: Worksheet, case: Case, counts: list[Conviction],
                 acceptance: int) -> ChapterFourResult:
    """Chapter Four (§1B1.1(a)(6)): the criminal history category, as the case states it or
    computed from the prior record, Parts B and C (guidelines/manual/ch4/chapter_four.py), with
    §3A1.4(b), which makes it Category VI where the terrorism adjustment applies.
    ``acceptance`` is the §3E1.1 decrease already taken (Part B's tables are reduced by it)."""
    if not any(c.adjustments.victim.terrorism for c in counts):  # most cases: §3A1.4(a)
        return criminal_history_and_parts_b_c(sheet, case, counts, acceptance=acceptance)
    return criminal_history_and_parts_b_c(
        sheet, case, counts, acceptance=acceptance,
        terrorism=lambda category: terrorism_criminal_history(sheet, True, category))


def chapter_five_sentence(sheet: Worksheet, case: Case, counts: list[Conviction],
                          groups: list[Group], result: Result,
                          absent: Result | None = None,
                          firearm_career_offender: tuple[GuidelineRange, str] | None = None
                          ) -> Result:
    """§5G1.1/§5G1.2, §5B1.1/§5C1.1, §5D1.2, §5E1.2, then variances. ``absent``: the result
    without §2K2.4's note (the weapon applied), where the note left a characteristic out;
    ``firearm_career_offender``: §4B1.1(c)(3)'s range and citation, where Chapter Four found it."""
    penalties = statutory_penalties(sheet, case, counts)
    several = bool(case.counts)
    if absent is not None:
        result = replace(result, range=range_absent_the_conviction(
            sheet, case, result.range, absent, penalties,
            firearm_career_offender=firearm_career_offender is not None))
    bounded = bounded_guideline_range(sheet, result.range, penalties, several)
    applicable = None
    if firearm_career_offender is not None:  # §4B1.1(c)(2) instead of §5G1.2(a)'s sum
        consecutive, total = career_offender_924c_range(sheet, result.range, penalties,
                                                        *firearm_career_offender,
                                                        apportioned=case.sentence is not None)
        applicable = total
    else:
        consecutive, total = with_consecutive_terms(sheet, bounded, penalties)
    options = sentence_options(sheet, result.zone, result.range, bounded, penalties)
    release = supervised_release(sheet, penalties, counts)
    fine = fine_range(sheet, case, fine_offense_level(sheet, case, result.table_offense_level,
                                                      absent), penalties)
    limits = statutory_bounds(penalties)
    added = sum(LIFE if p.mandatory_life else p.minimum for p in penalties if p.consecutive)
    after_variance = apply_variances(sheet, case.variances, total,
                                     min(LIFE, limits.minimum + added),
                                     min(LIFE, limits.maximum + added))
    imposed, sentences = _sentence_on_each_count(sheet, case, bounded, applicable, penalties,
                                                 several)
    group_of = {c.name: g.name for g in groups for c in g.counts}
    return replace(
        result,
        counts=tuple(_count_result(p, group_of.get(p.count), sentences.get(p.count))
                     for p in penalties),
        imposed=imposed,
        statutory_range=bounded,
        consecutive_months=consecutive,
        total_range=total if consecutive is not None or total != bounded else None,
        applicable_range=applicable,
        sentence_options=options,
        supervised_release=release,
        fine=fine,
        sentence_after_variance=after_variance,
    )


def _sentence_on_each_count(sheet: Worksheet, case: Case, bounded: GuidelineRange,
                            applicable: GuidelineRange | None, penalties: list[Penalty],
                            several: bool
                            ) -> tuple[GuidelineRange | None, dict[str, CountSentence]]:
    """§5G1.2(b): the total punishment the court imposed, where the case states it, and
    (several counts) the sentence on each count: §5G1.2(a)-(d), or, where §4B1.1(c) applies
    (``applicable``), the court's total punishment apportioned under §5G1.2(e) (without the
    court's sentence there is nothing to apportion)."""
    imposed = None
    if case.sentence is not None:
        months = LIFE if case.sentence.imposed_life else case.sentence.imposed_months
        assert months is not None
        field = "sentence.imposed_life" if case.sentence.imposed_life else "sentence.imposed_months"
        imposed = imposed_total_punishment(sheet, months, applicable or bounded, penalties,
                                           field, with_consecutive=applicable is not None)
    if applicable is not None:
        return imposed, ({} if imposed is None else
                         apportioned_among_the_counts(sheet, imposed, penalties))
    if not several:
        return imposed, {}
    return imposed, sentence_on_each_count(sheet, imposed or bounded, penalties)


def _group_result(group: Group) -> GroupResult:
    assert group.level is not None and group.units is not None
    return GroupResult(name=group.name, counts=tuple(c.name for c in group.counts),
                       grouped_under=", ".join(f"({s})" for s in sorted(group.subsections)),
                       offense_level=group.level, units=format_units(group.units))


def _count_result(penalty: Penalty, group: str | None,
                  sentence: CountSentence | None) -> CountResult:
    return CountResult(
        name=penalty.count, statute=penalty.statute, provision=penalty.provision,
        felony_class=penalty.felony_class, minimum_months=penalty.minimum,
        maximum_months=penalty.maximum, mandatory_life=penalty.mandatory_life,
        minimum_binds=not penalty.minimum_waived, consecutive=penalty.consecutive,
        supervised_release_minimum_years=penalty.supervised_release_minimum,
        maximum_fine=penalty.maximum_fine, group=group, maximum_stated=penalty.maximum_stated,
        sentence=None if sentence is None else sentence.sentence,
        runs=None if sentence is None else sentence.runs,  # type: ignore[arg-type]
        sentence_note="" if sentence is None else sentence.note)

