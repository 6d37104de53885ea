"""§2E1.1 (Unlawful Conduct Relating to Racketeer Influenced and Corrupt Organizations) in the
Chapter Two registry: "(a) Base Offense Level (Apply the greater): (1) 19; or (2) the offense
level applicable to the underlying racketeering activity" (every edition;
tables/racketeering_rico.toml).

The underlying racketeering activity's level is computed through the registry from the
count's facts (its guideline's facts table beside ``[offense.racketeering]``, or §2D1.1 from
``[offense] drugs``), or stated (``"other"``), as for §2X3.1 (whose ``underlying_level`` this
reuses). (a)(2) adopts its steps (Chapter Three is then determined in respect to its
guideline, §1B1.5(c)); (a)(1) sets them aside.

Comment. (n.1) (from June 15, 1988, Amendment 26) compares (a)(1) and (a)(2) after Chapter
Three, Parts A, B, C and D. With one underlying offense the same Part A-C adjustments add to
both, so the greater Chapter Two level gives the greater result; the two differ only where a
Chapter Three finding belongs to the underlying guideline alone (a finding its special
instruction deems; §3A1.2(b)'s Part A guideline), which is refused where (a)(1) is not
plainly the greater. More than one underlying offense (each "as if contained in a separate
count of conviction") is refused.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "racketeering_rico"
TITLE = "Base offense level (racketeering)"


def refuse_differing_chapter_three(sheet: Worksheet, given: registry.ChapterTwoCase,
                                   version, steps: list, level: int, *,
                                   section: str = "§2E1.1",
                                   what: str = "underlying activity's") -> None:
    """(a)(1) would be chosen, but a Chapter Three finding applies to (a)(2) only: comment.
    (n.1)'s comparison after Chapter Three is not the comparison of the Chapter Two levels.
    §§2E1.2-2E1.4 (``s2e1_2.greater_of``) refuse the same, in their own section's name and
    of the "underlying offense's" level."""
    guideline = given.facts.underlying_guideline
    deemed = [d for d in sheet.deemed if any(step is d.step for step in steps)]
    part_a = guideline.startswith("2A") and given.adjustments.victim.official_victim is not None
    if not (deemed or part_a):
        return
    why = (f"{deemed[0].section} deems {deemed[0].adjustment} for §{guideline}" if deemed
           else f"§3A1.2(b) reads the Chapter Two guideline (§{guideline}, Part A, under (a)(2))")
    raise CaseError(f"{given.facts_field}.underlying_guideline",
                    f"{section}, comment. (n.1) in the Guidelines Manual in force on "
                    f"{format_date(sheet.manual.in_force)}: “{version['note_1']}” The "
                    f"{what} level {level} is not greater than {version['minimum']}, "
                    f"and {why}: the two subsections may differ after Chapter Three, which ussg "
                    f"does not compare; compute the count under the subsection the court found "
                    f"greater (guideline = \"other\" with offense_level)")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.1(a): the greater of 19 and the underlying racketeering activity's level."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    source = sheet.note_version(version)
    if facts.underlying_offenses > 1:
        raise CaseError(f"{given.facts_field}.underlying_offenses",
                        f"§2E1.1, comment. (n.1): “{version['note_1']}” ussg computes one "
                        f"underlying offense in a count; with {facts.underlying_offenses}, "
                        f"compute the comparison by hand and state the count's level "
                        f"(guideline = \"other\" with offense_level)")
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    minimum = version["minimum"]
    a1 = f"“{version['heading']} (1) {version['text_a1']}”"
    a2 = f"“{version['heading']} ... (2) {version['text_a2']}”"
    if level > minimum:
        sheet.steps.extend(steps)
        sheet.set_level(CH, "§2E1.1(a)(2)", TITLE, words, level,
                        f"{a2}: {level} is greater than {minimum}", source)
        sheet.note(CH, "§2E1.1(a)(1)", TITLE, f"level {minimum}", "set aside",
                   f"(a)(1), {minimum}, is not greater than (a)(2), {level}", source)
        return
    refuse_differing_chapter_three(sheet, given, version, steps, level)
    sheet.set_level(CH, "§2E1.1(a)(1)", TITLE, f"the alternative minimum ({words})", minimum,
                    f"{a1}: {level} is not greater (comment. (n.3): “{version['note_3']}”)",
                    source)
    sheet.note(CH, "§2E1.1(a)(2)", TITLE, words, "set aside",
               f"(a)(2), {level}, is not greater than (a)(1), {minimum}", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2E1.1 has none: the underlying activity's characteristics are in its level."""
