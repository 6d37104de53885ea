"""§2X5.1 (Other Felony Offenses; "Other Offenses" before Nov. 1, 2006, a policy statement
before June 15, 1988) in the Chapter Two registry: "If the offense is a felony for which no
guideline expressly has been promulgated, apply the most analogous offense guideline. If there
is not a sufficiently analogous guideline, the provisions of 18 U.S.C. § 3553 shall control"
(tables/other_offenses.toml).

Which guideline is most analogous, and whether one is sufficiently analogous, is the court's
determination (Background): the case names it (``analogous_guideline``). It is computed through
the registry from the count's facts (its facts table beside ``[offense.analogous]``, or
§2D1.1 from ``[offense] drugs``) or its level stated (``"other"``), and its steps are adopted
whole: the level is that guideline's, and Chapter Three is determined in respect to it
(§1B1.5(c)). ``"none"`` (no sufficiently analogous guideline) is refused: § 3553 controls and
there is no guideline range to compute.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

TABLE = "other_offenses"


def _refuse_not_in_edition(sheet: Worksheet, given: registry.ChapterTwoCase, version) -> None:
    facts, field = given.facts, given.facts_field
    when = format_date(sheet.manual.in_force)
    if facts.analogous_guideline == "none":
        raise CaseError(f"{field}.analogous_guideline",
                        f"{version['heading']} in the Guidelines Manual in force on {when}: "
                        f"“{version['text']}” With no sufficiently analogous guideline there is "
                        f"no guideline range for ussg to compute")
    if facts.class_a_misdemeanor and not version["class_a_misdemeanor"]:
        raise CaseError(f"{field}.class_a_misdemeanor",
                        f"{version['heading']} in the Guidelines Manual in force on {when} "
                        f"covers felonies only (Amendment 685, Nov. 1, 2006): “"
                        f"{version['text_2x5_2']}” (comment. (n.3)); give guideline = \"2X5.2\"")
    if facts.convicted_under_1841 and version.get("text_1841") is None:
        raise CaseError(f"{field}.convicted_under_1841",
                        f"{version['heading']} in the Guidelines Manual in force on {when} has "
                        f"no paragraph on 18 U.S.C. § 1841(a)(1) (Amendment 685 added it on "
                        f"Nov. 1, 2006): no such fact under it")


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X5.1: the most analogous guideline's level, its steps shown first."""
    facts = given.facts
    version = sheet.manual.table(TABLE)
    _refuse_not_in_edition(sheet, given, version)
    level, steps, words = underlying_level(sheet, given, facts.analogous_guideline,
                                           facts.analogous_offense_level, given.facts_field)
    if facts.analogous_guideline == "other":
        words = f"the most analogous guideline: level {level}, as determined"
    sheet.steps.extend(steps)
    where = f"§2X5.1{version.get('where', '')}"
    if facts.convicted_under_1841:
        reason = f"“{version['text_1841']}”"
        title = "Offense level (18 U.S.C. § 1841(a)(1): the guideline covering the conduct)"
    else:
        reason = f"“{version['text']}”"
        title = "Offense level (the most analogous offense guideline)"
    if facts.class_a_misdemeanor:
        reason += " (a Class A misdemeanor)"
    sheet.set_level("chapter_two", where, title, words, level, reason,
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X5.1 has none: the most analogous guideline's characteristics are in its level."""
