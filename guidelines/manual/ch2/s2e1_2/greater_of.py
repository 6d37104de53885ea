""""Base Offense Level (Apply the greater): (1) N; or (2) the offense level applicable to the
underlying ..." — what §2E1.2 (6), §2E1.3 (12) and §2E1.4 (32; 23 before Nov. 1, 1990) share
with §2E1.1 (whose own rules, s2e1_1/racketeering.py, stay as they are).

The underlying offense's level is computed through the registry from the count's facts (its
guideline's facts table beside the guideline's own, or §2D1.1 from ``[offense] drugs``) or
stated (``"other"``), as for §2X3.1 (``underlying_level``). (a)(2) greater: its steps are adopted
(Chapter Three is then determined in respect to its guideline, §1B1.5(c)) and (a)(1) is shown
set aside; otherwise (a)(1), the alternative minimum (a tie keeps (a)(1): the same level), the
underlying steps set aside.

Where the version's Note 1 compares the two subsections after Chapter Three, Parts A-D
(§2E1.2 from June 15, 1988, Amendment 27), a case where (a)(1) would be chosen but a Chapter
Three finding belongs to the underlying guideline alone is refused, as for §2E1.1; more than one
underlying offense (Note 1: each "as if contained in a separate count of conviction") is
refused. §§2E1.3 and 2E1.4 have no such note: their base offense levels are compared.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2e1_1.racketeering import refuse_differing_chapter_three
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"


def apply_the_greater(sheet: Worksheet, given: registry.ChapterTwoCase, version, section: str,
                      title: str) -> None:
    """(a): the greater of (1) the version's ``minimum`` and (2) the underlying offense's
    level."""
    facts = given.facts
    source = sheet.note_version(version)
    offenses = getattr(facts, "underlying_offenses", 1)
    if offenses > 1:
        raise CaseError(f"{given.facts_field}.underlying_offenses",
                        f"{section}, comment. (n.1): “{version['note_1']}” ussg computes one "
                        f"underlying offense in a count; with {offenses}, compute the "
                        f"comparison by hand and state the count's level (guideline = "
                        f"\"other\" with offense_level)")
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    minimum = version["minimum"]
    a1 = f"“{version['heading']} (1) {minimum}”"
    a2 = f"“{version['heading']} ... (2) {version['text_a2']}”"
    if level > minimum:
        sheet.steps.extend(steps)
        sheet.set_level(CH, f"{section}(a)(2)", title, words, level,
                        f"{a2}: {level} is greater than {minimum}", source)
        sheet.note(CH, f"{section}(a)(1)", title, f"level {minimum}", "set aside",
                   f"(a)(1), {minimum}, is not greater than (a)(2), {level}", source)
        return
    if version.get("note_1_compares"):
        refuse_differing_chapter_three(sheet, given, version, steps, level,
                                       section=section, what="underlying offense's")
    why = f"{a1}: {level} is not greater"
    if version.get("note_minimum"):
        why += f" (comment.: “{version['note_minimum']}”)"
    sheet.set_level(CH, f"{section}(a)(1)", title, f"the alternative minimum ({words})",
                    minimum, why, source)
    sheet.note(CH, f"{section}(a)(2)", title, words, "set aside",
               f"(a)(2), {level}, is not greater than (a)(1), {minimum}", source)
