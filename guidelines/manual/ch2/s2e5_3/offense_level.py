"""§2E5.3 (False Statements and Concealment of Facts in Relation to Documents Required by the
Employee Retirement Income Security Act; ...) in the Chapter Two registry
(tables/erisa_false_statements.toml): "(a) Base Offense Level (Apply the greater): (1) 6; or (2)
If the offense was committed to facilitate or conceal [an offense the edition names], apply
[its guideline], as applicable." The other guideline's level comes through the registry from
its facts table of the same count (§2E5.2, before Nov. 1, 1993, is not computed: its level is
stated). (a)(2) greater: its steps are adopted and (a)(1) is shown set aside; otherwise (a)(1),
6 (a tie keeps (a)(1)), the other steps set aside.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e5_3.facts import ErisaFalseStatementsFacts
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "erisa_false_statements"
SECTION = "§2E5.3"
TITLE = "Base offense level (false statements in ERISA documents)"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E5.3(a): the greater of (1) 6 and (2) the level under the guideline (a)(2) applies."""
    facts: ErisaFalseStatementsFacts = given.facts
    version = sheet.manual.table(TABLE)
    field = given.facts_field
    source = sheet.note_version(version)
    minimum = version["minimum"]
    a1 = f"“{version['heading']} (1) {minimum}”"
    kind = facts.facilitated_offense
    if kind is None:
        if facts.underlying_offense_level is not None:
            raise CaseError(f"{field}.underlying_offense_level",
                            "stated without facilitated_offense: (a)(2) applies only where the "
                            "offense was committed to facilitate or conceal another offense")
        sheet.set_level(CH, f"{SECTION}(a)(1)", TITLE, "no offense facilitated or concealed",
                        minimum, f"{a1} ((a)(2) does not apply)", source)
        return
    if kind in version["not_in_edition"]:
        raise CaseError(f"{field}.facilitated_offense",
                        f"{SECTION}(a)(2) in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} reads “{version['text_a2']}”: "
                        f"\"{kind}\": {version['not_in_edition'][kind]}")
    clause = next(c for c in version["facilitated"] if c["key"] == kind)
    guideline = clause["guideline"]
    if guideline == "2E5.2":
        if facts.underlying_offense_level is None:
            raise CaseError(f"{field}.underlying_offense_level",
                            f"{SECTION}(a)(2) in the Guidelines Manual in force on "
                            f"{format_date(sheet.manual.in_force)} applies §2E5.2 (Theft or "
                            f"Embezzlement from Employee Pension and Welfare Benefit Plans), "
                            f"which ussg does not compute: state its offense level")
        level, steps, words = underlying_level(sheet, given, "other",
                                               facts.underlying_offense_level, field)
        words = f"§2E5.2: level {level}, as determined"
    else:
        if facts.underlying_offense_level is not None:
            raise CaseError(f"{field}.underlying_offense_level",
                            f"{SECTION}(a)(2) applies §{guideline}, which ussg computes from its "
                            f"own facts table of this count: state those, not a level")
        level, steps, words = underlying_level(sheet, given, guideline, None, field)
    a2 = f"“{version['heading']} ... (2) {version['text_a2']}” ({clause['words']})"
    if level > minimum:
        sheet.steps.extend(steps)
        sheet.set_level(CH, f"{SECTION}(a)(2)", TITLE, words, level,
                        f"{a2}: {level} is greater than {minimum}", source)
        sheet.note(CH, f"{SECTION}(a)(1)", TITLE, f"level {minimum}", "set aside",
                   f"(a)(1), {minimum}, is not greater than (a)(2), {level}", source)
        return
    sheet.set_level(CH, f"{SECTION}(a)(1)", TITLE, f"the alternative minimum ({words})",
                    minimum, f"{a1}: {level} is not greater", source)
    sheet.note(CH, f"{SECTION}(a)(2)", TITLE, words, "set aside",
               f"(a)(2), {level}, is not greater than (a)(1), {minimum}", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E5.3 has none in any edition."""
