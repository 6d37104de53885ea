"""§2T1.9 (Conspiracy to Impede, Impair, Obstruct, or Defeat Tax) in the Chapter Two registry
(tables/tax_conspiracy.toml).

2025: "(a) Base Offense Level (Apply the greater): (1) Offense level determined from §2T1.1 or
§2T1.4, as appropriate; or (2) 10. (b) Specific Offense Characteristics If more than one
applies, use the greater: (1) If the offense involved the planned or threatened use of violence
to impede, impair, obstruct, or defeat the ascertainment, computation, assessment, or
collection of revenue, increase by 4 levels. (2) If the conduct was intended to encourage
persons other than or in addition to co-conspirators to violate the internal revenue laws or
impede, impair, obstruct, or defeat the ascertainment, computation, assessment, or collection of
revenue, increase by 2 levels. Do not, however, apply this adjustment if an adjustment from
§2T1.4(b)(1) is applied." Before Nov. 1, 1993 (Amendment 491) (a)(1) read "§2T1.1 or §2T1.3,
as applicable" and (b)(2) had no last sentence.

(a)(1)'s level is computed through the registry from the same count's facts table of the
guideline named, base offense level plus characteristics (comment. (n.2)), or stated. The
last sentence of (b)(2) is read as barring (b)(2) where the level (a)(1) takes is §2T1.4's with
an adjustment from its (b)(1): where (a)(2)'s 10 is greater, no §2T1.4 adjustment is applied.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2t1_9.facts import TaxConspiracyFacts
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "tax_conspiracy"
SECTION = "§2T1.9"
TITLE = "Base offense level (Conspiracy to Impede, Impair, Obstruct, or Defeat Tax)"
#: the paragraph of §2T1.4 whose adjustment bars (b)(2) from Nov. 1, 1993
_WITH_2T1_4_B1 = "§2T1.4(b)(1)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.9(a): the greater of (1) the offense level from §2T1.1 or §2T1.4 (§2T1.3 before
    Nov. 1, 1993) and (2) 10."""
    facts: TaxConspiracyFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    named = facts.underlying_guideline
    if named != "other" and named not in version["guidelines"]:
        names = " or ".join(f"§{g}" for g in version["guidelines"])
        raise CaseError(f"{given.facts_field}.underlying_guideline",
                        f"{SECTION}(a)(1) in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} reads “{version['text_a']}”: "
                        f"§{named} is not one it names ({names}; Amendment 491, Nov. 1, 1993, "
                        f"put §2T1.4 for §2T1.3)")
    level, steps, words = underlying_level(sheet, given, named, facts.underlying_offense_level,
                                           given.facts_field)
    if named == "other":
        names = " or ".join(f"§{g}" for g in version["guidelines"])
        words = f"the offense level from {names}: {level}, as determined"
    floor = version["floor"]
    if level > floor:
        sheet.steps.extend(steps)
        sheet.set_level(CH, f"{SECTION}(a)(1)", TITLE, words, level,
                        f"“{version['text_a']}” {level} is greater than {floor}", source)
        return
    sheet.set_level(CH, f"{SECTION}(a)(2)", TITLE, f"{words}; (2) {floor}", floor,
                    f"“{version['text_a']}” {level} is not greater than {floor}", source)


def _applied_2t1_4_b1(sheet: Worksheet, facts: TaxConspiracyFacts) -> bool:
    """(a)(1) took a level with an adjustment from §2T1.4(b)(1): the adopted §2T1.4 steps
    show it, or the stated level is said to include it."""
    if not any(step.section == f"{SECTION}(a)(1)" for step in sheet.steps):
        return False
    if facts.underlying_guideline == "other":
        return facts.stated_level_has_scheme_or_preparer_increase
    return any(step.section.startswith(_WITH_2T1_4_B1) and step.delta
               for step in sheet.steps)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2T1.9(b): (1) +4, (2) +2; if more than one applies, the greater; from Nov. 1, 1993
    (b)(2) not where an adjustment from §2T1.4(b)(1) is applied."""
    facts: TaxConspiracyFacts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    violence, encouraging = version["violence"], version["encouraging"]
    if facts.stated_level_has_scheme_or_preparer_increase and \
            not version.get("not_with_2t1_4_b1"):
        raise CaseError(f"{given.facts_field}.stated_level_has_scheme_or_preparer_increase",
                        f"{SECTION}(a)(1) in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} does not name §2T1.4 (Amendment "
                        f"491, Nov. 1, 1993)")
    if facts.encouraging_others and version.get("not_with_2t1_4_b1") and \
            _applied_2t1_4_b1(sheet, facts):
        sheet.note(CH, f"{SECTION}{encouraging['paragraph']}", encouraging["title"],
                   "encouraging others", "not applied",
                   f"an adjustment from §2T1.4(b)(1) is applied: “{encouraging['text']}”",
                   source)
        if not facts.violence:
            return
        sheet.adjust(CH, f"{SECTION}{violence['paragraph']}", violence["title"], "violence",
                     violence["levels"], f"“{violence['text']}”", source)
        return
    found = [(entry, words) for entry, words, stated in (
        (violence, "violence", facts.violence),
        (encouraging, "encouraging others", facts.encouraging_others)) if stated]
    if not found:
        return
    entry, words = max(found, key=lambda pair: pair[0]["levels"])
    why = f"“{entry['text']}”"
    if len(found) > 1:
        why += f" (both apply: “{version['text_b']}” {entry['levels']})"
    sheet.adjust(CH, f"{SECTION}{entry['paragraph']}", entry["title"], words, entry["levels"],
                 why, source)
