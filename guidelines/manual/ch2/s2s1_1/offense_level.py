"""§2S1.1 (Laundering of Monetary Instruments; Engaging in Monetary Transactions in Property
Derived from Unlawful Activity), Nov. 1, 2001 on.

(a)(1): "The offense level for the underlying offense from which the laundered funds were
derived, if (A) the defendant committed the underlying offense ...; and (B) the offense level
for that offense can be determined" — computed through the registry where ussg computes the
underlying guideline (§2D1.1 from the offense's drugs, another from its facts table in the
same count), else as the case states it;
(a)(2): "8 plus the number of offense levels from the table in §2B1.1 ... corresponding to
the value of the laundered funds, otherwise"; then (b)(1)-(3).
"""

from __future__ import annotations

from ussg.guidelines.engine.edition_facts import Where, not_in_edition
from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2s1_1.facts import ProceedsOf
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import (LOSS_TABLE, loss_table_line,
                                                           table_increase)

TITLE = "Base offense level (Laundering of Monetary Instruments)"


def underlying_offense_applies(facts) -> bool:
    """§2S1.1(a)(1): the defendant committed the underlying offense and its level can be
    determined (ussg computes its guideline, or the case states the level)."""
    return facts.committed_underlying_offense and (
        facts.underlying_guideline is not None or facts.underlying_offense_level is not None)


def _in_force(sheet: Worksheet):
    """The version of §2S1.1 applied and its citation."""
    version = sheet.manual.table("money_laundering")
    return version, sheet.note_version(version), version.get("era") == "before_2001"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2S1.1(a)(1) or (a)(2)."""
    facts = given.facts
    version, source, before_2001 = _in_force(sheet)
    if before_2001:
        base_offense_level_before_2001(sheet, given, version, source)
        return
    quoted = f"“{version['a1_text']}”"
    if underlying_offense_applies(facts) and facts.underlying_guideline is not None:
        section = facts.underlying_guideline
        other = registry.computed_guideline(given, section, given.facts_field,
                                            "underlying offense")
        level, steps = registry.offense_level_under(
            sheet, section, given.under(section, other.facts_of(given.offense)))
        sheet.steps.extend(steps)
        sheet.set_level("chapter_two", "§2S1.1(a)(1)", TITLE,
                        f"underlying offense: §{section}, offense level {level} (above)",
                        level, quoted, source)
        # comment. (n.2(C)): "Notwithstanding §1B1.5(c), in cases in which subsection (a)(1)
        # applies, application of any Chapter Three adjustment shall be determined based on
        # the offense covered by this guideline" (GLM2016 line 9145)
        sheet.refer_to("2S1.1")
        return
    if underlying_offense_applies(facts):
        level = facts.underlying_offense_level
        sheet.set_level("chapter_two", "§2S1.1(a)(1)", TITLE,
                        f"underlying offense level {level} (as determined)", level, quoted,
                        source)
        return
    table = sheet.manual.table(LOSS_TABLE)
    letter, add, line = loss_table_line(table, facts.value_laundered,
                                        f"{given.facts_field}.value_laundered")
    level = version["value_plus"] + add
    why = "the level of the underlying offense cannot be determined" \
        if facts.committed_underlying_offense else "the defendant did not commit the " \
        "underlying offense (§2S1.1(a)(1)(A))"
    sheet.set_level("chapter_two", "§2S1.1(a)(2)", TITLE,
                    f"value of the laundered funds {facts.value_laundered!s}", level,
                    f"{version['value_plus']} plus §2B1.1(b)(1) {line} "
                    f"({sheet.note_version(table)}); {why}", source)


#: the facts of the 2001 guideline the earlier §2S1.1 lacks
_FROM_2001 = {"committed_underlying_offense": "the underlying offense ((a)(1))",
              "underlying_guideline": "the underlying offense's guideline",
              "underlying_offense_level": "the underlying offense level",
              "in_business_of_laundering": "in the business of laundering funds",
              "sophisticated_laundering": "sophisticated laundering",
              "conspiracy_1956h_sole_object_1957": "a conspiracy under 18 U.S.C. § 1956(h) "
              "whose sole object was a § 1957 offense (Comment. (n.3(C)))"}


def base_offense_level_before_2001(sheet: Worksheet, given: registry.ChapterTwoCase,
                                   version, source: str) -> None:
    """§2S1.1(a) before Nov. 1, 2001: "(1) 23, if convicted under 18 U.S.C.
    § 1956(a)(1)(A), (a)(2)(A), or (a)(3)(A) [(a)(3)(A) from Nov. 1, 1991]; (2) 20,
    otherwise." A conviction under § 1957 was sentenced under §2S1.2."""
    facts = given.facts
    where = Where(given.facts_field, sheet.manual.strict)
    for name, words in _FROM_2001.items():
        if getattr(facts, name):
            not_in_edition(sheet, where, name, "§2S1.1", "Laundering of Monetary Instruments",
                           words, "§2S1.1 has it from Amendment 634, eff. Nov. 1, 2001",
                           source, chapter="chapter_two")
    if facts.convicted_under == "1957":
        raise CaseError(f"{given.facts_field}.convicted_under",
                        "before Nov. 1, 2001 a conviction under 18 U.S.C. § 1957 is sentenced "
                        "under §2S1.2 (guideline = \"2S1.2\"), not §2S1.1")
    if facts.value_laundered is None:
        raise CaseError(f"{given.facts_field}.value_laundered",
                        f"§2S1.1(b)(2) in the {format_date(sheet.edition.edition)} Manual: give "
                        f"the value of the funds")
    subsection = facts.convicted_under_1956_subsection
    if subsection is None:
        raise CaseError(f"{given.facts_field}.convicted_under_1956_subsection",
                        f"§2S1.1(a) in the {format_date(sheet.edition.edition)} Manual: "
                        f"“{version['a1_text']}”; 20 otherwise: give the subsection of "
                        f"18 U.S.C. § 1956 of conviction")
    title = "Base offense level (Laundering of Monetary Instruments)"
    words = f"convicted under 18 U.S.C. § 1956{subsection}" if subsection != "other" \
        else "convicted under another subsection of 18 U.S.C. § 1956"
    if subsection in version["a1_subsections"]:
        sheet.set_level("chapter_two", "§2S1.1(a)(1)", title, words, version["a1_level"],
                        f"“{version['a1_text']}”", source)
    else:
        sheet.set_level("chapter_two", "§2S1.1(a)(2)", title, words, version["a2_level"],
                        f"not a subsection (a)(1) names (“{version['a1_text']}”): “20, "
                        f"otherwise”", source)


def narcotics_and_value_before_2001(sheet: Worksheet, given: registry.ChapterTwoCase,
                                    version, source: str) -> None:
    """§2S1.1 before Nov. 1, 2001: (b)(1) narcotics proceeds (+3) and (b)(2) the value of
    the funds."""
    facts = given.facts
    if ProceedsOf.controlled_substance in facts.proceeds_of:
        sheet.adjust("chapter_two", "§2S1.1(b)(1)", "Narcotics proceeds",
                     "knew the funds were the proceeds of a controlled substance offense",
                     version["b1_levels"], f"“{version['b1_text']}”", source)
    others = [p.value.replace("_", " ") for p in facts.proceeds_of
              if p is not ProceedsOf.controlled_substance]
    if others:
        sheet.note("chapter_two", "§2S1.1(b)(1)", "Narcotics proceeds",
                   "knew the funds were the proceeds of: " + ", ".join(others), "not applied",
                   "(b)(1) of this edition names only narcotics or other controlled substances",
                   source)
    table_increase(sheet, "§2S1.1(b)(2)", "Value of the funds",
                   f"value of the funds {facts.value_laundered!s}",
                   sheet.manual.table("laundering_value_table"), facts.value_laundered,
                   f"{given.facts_field}.value_laundered")


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2S1.1(b)(1), (b)(2) (apply the greatest), (b)(3); before Nov. 1, 2001 (b)(1)
    narcotics and (b)(2) the value of the funds."""
    facts = given.facts
    version, source, before_2001 = _in_force(sheet)
    if before_2001:
        narcotics_and_value_before_2001(sheet, given, version, source)
        return
    value_based = not underlying_offense_applies(facts)
    _proceeds(sheet, facts, version, source, value_based)
    chosen = _conviction_or_business(sheet, facts, version, source, value_based)
    if facts.sophisticated_laundering:
        if chosen == "B":
            sheet.adjust("chapter_two", "§2S1.1(b)(3)", "Sophisticated laundering",
                         "sophisticated laundering", version["b3_levels"],
                         "“If (A) subsection (b)(2)(B) applies; and (B) the offense involved "
                         "sophisticated laundering, increase by 2 levels.”", source)
        else:
            why = "(Comment. (n.3(C)): “" + version["n3c_text"] + "”)" \
                if facts.conspiracy_1956h_sole_object_1957 \
                else "((b)(2)(C), the greatest, does)"
            sheet.note("chapter_two", "§2S1.1(b)(3)", "Sophisticated laundering",
                       "sophisticated laundering", "not applied",
                       f"subsection (b)(2)(B) does not apply {why}", source)


def _proceeds(sheet: Worksheet, facts, version, source: str, value_based: bool) -> None:
    if not facts.proceeds_of:
        return
    named = [p.value for p in facts.proceeds_of]
    words = "knew or believed the funds were the proceeds of: " + ", ".join(
        n.replace("_", " ") for n in named)
    listed = [n for n in named if n in version["b1_offenses"]]
    if not value_based:
        sheet.note("chapter_two", "§2S1.1(b)(1)", "Proceeds of listed offenses", words,
                   "not applied", "(b)(1) applies only if “(A) subsection (a)(2) applies”",
                   source)
        return
    if not listed:
        sheet.note("chapter_two", "§2S1.1(b)(1)", "Proceeds of listed offenses", words,
                   "not applied", f"not among the offenses (b)(1)(B) names in the "
                   f"{format_date(sheet.edition.edition)} Manual (“terrorism” was struck by "
                   f"Amendment 655, Nov. 1, 2003)", source)
        return
    sheet.adjust("chapter_two", "§2S1.1(b)(1)", "Proceeds of listed offenses", words,
                 version["b1_levels"], f"“{version['b1_text']}”", source)


def _conviction_or_business(sheet: Worksheet, facts, version, source: str,
                            value_based: bool) -> str | None:
    """§2S1.1(b)(2) "(Apply the Greatest)": (A) § 1957 +1, (B) § 1956 +2, (C) in the business
    of laundering funds, if (a)(2) applies, +4. Returns the letter applied."""
    candidates = []  # (letter, levels, input, reason)
    greatest = "apply the greatest of (b)(2)(A)-(C)"
    if facts.convicted_under == "1957":
        candidates.append(("A", version["b2_1957"], "convicted under 18 U.S.C. § 1957",
                           greatest))
    if facts.convicted_under == "1956" and facts.conspiracy_1956h_sole_object_1957:
        conspiracy = ("convicted of a conspiracy under 18 U.S.C. § 1956(h) whose sole object "
                      "was an offense set forth in § 1957")
        sheet.note("chapter_two", "§2S1.1(b)(2)(B)", "Statute of conviction or business of "
                   "laundering", conspiracy, "not applied",
                   f"Comment. (n.3(C)): “{version['n3c_text']}”", source)
        candidates.append(("A", version["b2_1957"], conspiracy,
                           f"(b)(2)(A) “If the defendant was convicted under 18 U.S.C. § 1957”, "
                           f"with §1B1.3's commentary: “{version['conspiracy_text']}” (a "
                           f"§ 1956(h) conspiracy to commit a § 1957 offense is one in respect "
                           f"to § 1957); {greatest}"))
    elif facts.convicted_under == "1956":
        candidates.append(("B", version["b2_1956"], "convicted under 18 U.S.C. § 1956",
                           greatest))
    if facts.in_business_of_laundering:
        if value_based:
            candidates.append(("C", version["b2_business"],
                               "in the business of laundering funds", greatest))
        else:
            sheet.note("chapter_two", "§2S1.1(b)(2)(C)", "In the business of laundering funds",
                       "in the business of laundering funds", "not applied",
                       "(C) applies only if “(i) subsection (a)(2) applies”", source)
    if not candidates:
        return None
    letter, levels, words, reason = max(candidates, key=lambda c: c[1])
    sheet.adjust("chapter_two", f"§2S1.1(b)(2)({letter})", "Statute of conviction or business "
                 "of laundering", words, levels, reason, source)
    return letter
