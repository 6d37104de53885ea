"""§2J1.6 (Failure to Appear by Defendant) in the Chapter Two registry, as it stood in each
edition from Nov. 1, 1987 (tables/failure_to_appear.toml).

2025 text (GLM2025_fulltext.txt lines 13017-13056): "(a) Base Offense Level: (1) 11, if the
offense constituted a failure to report for service of sentence; or (2) 6, otherwise.
(b)(1) If the base offense level is determined under subsection (a)(1), and the defendant—
(A) voluntarily surrendered within 96 hours of the time he was originally scheduled to
report, decrease by 5 levels; or (B) was ordered to report to a community corrections
center, community treatment center, “halfway house,” or similar facility, and subdivision
(A) above does not apply, decrease by 2 levels. Provided, however, that this reduction shall
not apply if the defendant, while away from the facility, committed any federal, state, or
local offense punishable by a term of imprisonment of one year or more. (2) If the base
offense level is determined under subsection (a)(2), and the underlying offense is— (A)
punishable by death or imprisonment for a term of fifteen years or more, increase by 9
levels; or (B) punishable by a term of imprisonment of five years or more, but less than
fifteen years, increase by 6 levels; or (C) a felony punishable by a term of imprisonment of
less than five years, increase by 3 levels."

Before Nov. 1, 1990 (Amendment 329) (a) was a single level 6 and the three increases applied
to every failure to appear, with no decrease. Comment. (n.2) ((n.3) before Nov. 1, 1991):
§3C1.1 (before Nov. 1, 2013, Chapter Three, Part C) does not apply unless the defendant
obstructed the investigation or trial of the failure to appear count.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import Version, format_date
from ussg.guidelines.engine.term import AmbiguousTerm, Term, compare, parse_term
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import (
    base_level_by_finding, obstruction_adjustment_withheld, refuse_finding_of_a_single_level,
    refuse_paragraphs_not_in_edition, set_base_level_by_finding)
from ussg.guidelines.manual.ch2.s2j1_6.facts import DEATH, FailureToAppearFacts

CH = "chapter_two"
TABLE = "failure_to_appear"
SECTION = "§2J1.6"
REPORT = "failure_to_report_for_service_of_sentence"
MAXIMUM = "underlying_statutory_maximum"
#: 18 U.S.C. § 3559(a): an offense is a felony where its maximum term is "more than one year"
#: (Class E: "less than five years but more than one year"); one year or less, a misdemeanor.
FELONY_MORE_THAN = Term(months=12)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.6(a): 11 for a failure to report for service of sentence, 6 otherwise (from Nov.
    1, 1990); a single level 6 before."""
    facts: FailureToAppearFacts = given.facts
    version = sheet.manual.table(TABLE)
    refuse_finding_of_a_single_level(sheet, version, SECTION, given.facts_field, REPORT,
                                     getattr(facts, REPORT), "added by Amendment 329 (Nov. "
                                     "1, 1990), gives 11 for a failure to report for service "
                                     "of sentence")
    refuse_paragraphs_not_in_edition(sheet, version, given.facts_field, tuple(
        ("surrender", name, getattr(facts, name))
        for name in ("surrendered_within_96_hours", "ordered_to_community_corrections",
                     "offense_while_away")))
    set_base_level_by_finding(sheet, version, SECTION, "Base offense level", REPORT,
                              getattr(facts, REPORT), "failure_to_report",
                              given.offense.description or "failure to appear")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(b)(1) (from Nov. 1, 1990, under (a)(1)), the increase by the underlying offense's
    maximum ((b)(2) under (a)(2); (b)(1)-(3) before), then the note on §3C1.1."""
    facts: FailureToAppearFacts = given.facts
    version = sheet.manual.table(TABLE)
    base = base_level_by_finding(version, getattr(facts, REPORT), "failure_to_report")
    if version["surrender"].get("exists", True):
        _surrender(sheet, version, facts, base)
    _underlying(sheet, given, version, facts, base)
    obstruction_adjustment_withheld(sheet, given, version, SECTION,
                                    "obstructed_the_failure_to_appear_count")


def _surrender(sheet: Worksheet, version: Version, facts: FailureToAppearFacts,
               base: dict) -> None:
    """(b)(1): (A) -5 or, where (A) does not apply, (B) -2; neither where the defendant
    committed an offense of a year or more while away (the proviso); only under (a)(1)."""
    paragraph = version["surrender"]
    source = sheet.note_version(version)
    title = "Voluntary surrender; community corrections center"
    if facts.surrendered_within_96_hours:
        clause, words = paragraph["surrendered"], "surrendered_within_96_hours = true"
    elif facts.ordered_to_community_corrections:
        clause, words = paragraph["community_corrections"], "ordered_to_community_corrections = true"
    else:
        return
    section = f"{SECTION}{paragraph['paragraph']}{clause['clause']}"
    if base["applies_to"] != "failure_to_report":
        sheet.note(CH, section, title, words, "not applied", f"the base offense level is "
                   f"determined under {base['paragraph']}: “{paragraph['text']}”", source)
        return
    if facts.offense_while_away:
        sheet.note(CH, section, title, f"{words}, offense_while_away = true", "not applied",
                   f"“{paragraph['proviso']}”", source)
        return
    sheet.adjust(CH, section, title, words, clause["levels"],
                 f"“{paragraph['text']} {clause['clause']} {clause['text']}”", source)


def _underlying(sheet: Worksheet, given: registry.ChapterTwoCase, version: Version,
                facts: FailureToAppearFacts, base: dict) -> None:
    """The increase by the underlying offense's statutory maximum: the first tier (from the
    greatest) it reaches; a maximum of one year or less (not a felony) reaches none."""
    underlying = version["underlying"]
    source = sheet.note_version(version)
    field = f"{given.facts_field}.{MAXIMUM}"
    stated = getattr(facts, MAXIMUM)
    title = "Statutory maximum of the underlying offense"
    first = underlying["tiers"][0]["paragraph"]
    opening = f"{underlying['text']} " if underlying["text"] else ""
    if underlying["applies_to"] == "otherwise" and base["applies_to"] == "failure_to_report":
        if stated is not None:
            sheet.note(CH, f"{SECTION}{first[:first.rindex('(')]}", title,
                       f"{MAXIMUM} = \"{stated}\"", "not applied", f"the base offense level "
                       f"is determined under {base['paragraph']}: “{underlying['text']}”",
                       source)
        return
    if stated is None:
        raise CaseError(field, f"{SECTION} in the Guidelines Manual in force on "
                               f"{format_date(sheet.manual.in_force)} increases the level by "
                               f"the underlying offense's statutory maximum "
                               f"(“{opening}{underlying['tiers'][0]['text']}”): state it "
                               f"(\"20 years\", \"6 months\", \"life\" or \"death\")")
    words = f"{MAXIMUM} = \"{stated}\""
    tier = _tier_reached(underlying["tiers"], stated, field)
    if tier is None:
        sheet.note(CH, f"{SECTION}{underlying['tiers'][-1]['paragraph']}", title, words,
                   "no increase", f"a maximum of {stated} is not a felony (18 U.S.C. "
                   f"§ 3559(a): a maximum of more than one year); the least increase is for "
                   f"“{underlying['tiers'][-1]['text']}”", source)
        return
    sheet.adjust(CH, f"{SECTION}{tier['paragraph']}", title, words, tier["levels"],
                 f"“{opening}{tier['text']}”", source)


def _tier_reached(tiers: list[dict], stated: str, field: str) -> dict | None:
    """The first tier (greatest first) the maximum reaches: death; at least so many months
    (life reaches every term); a felony (more than one year)."""
    death = stated.strip().lower() == DEATH
    term = None if death else parse_term(stated)
    if death:
        return next(tier for tier in tiers if tier.get("death"))
    for tier in tiers:
        try:
            if tier.get("at_least_months") is not None:
                if compare(term, Term(months=tier["at_least_months"])) >= 0:
                    return tier
            elif compare(term, FELONY_MORE_THAN) > 0:
                return tier
        except AmbiguousTerm as error:
            raise CaseError(field, str(error)) from None
    return None
