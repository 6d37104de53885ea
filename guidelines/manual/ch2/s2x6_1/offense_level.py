"""§2X6.1 (Use of a Minor in a Crime of Violence), from Nov. 1, 2004 (Amendment 674), in the
Chapter Two registry (tables/use_of_minor_crime_of_violence.toml): "(a) Base Offense Level: 4
plus the offense level from the guideline applicable to the underlying crime of violence."

The underlying crime of violence's level is computed through the registry from the count's
facts (its guideline's facts table beside ``[offense.minor_crime_of_violence]``) or stated
(``"other"``); its steps are shown, then (a) adds 4 (as Part D's "N plus the offense level from
§2D1.1"). Comment. (n.2): §3B1.4 is not applied (``[adjustments.role] used_minor`` refused).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "use_of_minor_crime_of_violence"
SECTION = "§2X6.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X6.1(a): 4 plus the underlying crime of violence's level."""
    version = sheet.manual.table(TABLE)
    if given.adjustments.role.used_minor:
        raise CaseError("adjustments.role.used_minor",
                        f"{SECTION}, comment. (n.2): “{version['note_3b1_4']}” (the use of the "
                        f"minor is in §2X6.1(a)'s 4 levels): leave used_minor out")
    facts = given.facts
    level, steps, words = underlying_level(sheet, given, facts.underlying_guideline,
                                           facts.underlying_offense_level, given.facts_field)
    if facts.underlying_guideline == "other":
        words = f"the underlying crime of violence: level {level}, as determined"
    sheet.steps.extend(steps)
    plus = version["plus"]
    sheet.set_level(CH, f"{SECTION}(a)", "Base offense level (use of a minor)", words,
                    level + plus, f"“{version['text_a']}” ({plus} + {level})",
                    sheet.note_version(version))


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2X6.1 has none: the underlying crime's characteristics are in its level."""
