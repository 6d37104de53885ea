"""§2S1.1 (Laundering of Monetary Instruments; Engaging in Monetary Transactions in Property
Derived from Unlawful Activity), Nov. 1, 2001 on.

(a)(1): "The offense level for the underlying offense from which the laundered funds were
derived, if (A) the defendant committed the underlying offense ...; and (B) the offense level
for that offense can be determined" — computed through the registry where ussg computes the
underlying guideline (§2D1.1, from the offense's drugs), else as the case states it;
(a)(2): "8 plus the number of offense levels from the table in §2B1.1 ... corresponding to
the value of the laundered funds, otherwise"; then (b)(1)-(3).
"""

from __future__ import annotations

from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2b1_1.offense_level import LOSS_TABLE, loss_table_line

TITLE = "Base offense level (Laundering of Monetary Instruments)"


def underlying_offense_applies(facts) -> bool:
    """§2S1.1(a)(1): the defendant committed the underlying offense and its level can be
    determined (ussg computes its guideline, or the case states the level)."""
    return facts.committed_underlying_offense and (
        facts.underlying_guideline is not None or facts.underlying_offense_level is not None)


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2S1.1(a)(1) or (a)(2)."""
    facts = given.facts
    version = sheet.manual.table("money_laundering")
    source = sheet.note_version(version)
    quoted = f"“{version['a1_text']}”"
    if underlying_offense_applies(facts) and facts.underlying_guideline is not None:
        section = facts.underlying_guideline
        level, steps = registry.offense_level_under(sheet, section, given.under(section))
        sheet.steps.extend(steps)
        sheet.set_level("chapter_two", "§2S1.1(a)(1)", TITLE,
                        f"underlying offense: §{section}, offense level {level} (above)",
                        level, quoted, source)
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


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2S1.1(b)(1), (b)(2) (apply the greatest), (b)(3)."""
    facts = given.facts
    version = sheet.manual.table("money_laundering")
    source = sheet.note_version(version)
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
            sheet.note("chapter_two", "§2S1.1(b)(3)", "Sophisticated laundering",
                       "sophisticated laundering", "not applied",
                       "subsection (b)(2)(B) does not apply ((b)(2)(C), the greatest, does)",
                       source)


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
    candidates = []
    if facts.convicted_under == "1957":
        candidates.append(("A", version["b2_1957"], "convicted under 18 U.S.C. § 1957"))
    if facts.convicted_under == "1956":
        candidates.append(("B", version["b2_1956"], "convicted under 18 U.S.C. § 1956"))
    if facts.in_business_of_laundering:
        if value_based:
            candidates.append(("C", version["b2_business"],
                               "in the business of laundering funds"))
        else:
            sheet.note("chapter_two", "§2S1.1(b)(2)(C)", "In the business of laundering funds",
                       "in the business of laundering funds", "not applied",
                       "(C) applies only if “(i) subsection (a)(2) applies”", source)
    if not candidates:
        return None
    letter, levels, words = max(candidates, key=lambda c: c[1])
    sheet.adjust("chapter_two", f"§2S1.1(b)(2)({letter})", "Statute of conviction or business "
                 "of laundering", words, levels, "apply the greatest of (b)(2)(A)-(C)", source)
    return letter
