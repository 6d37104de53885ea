"""§2J1.1 (Contempt) in the Chapter Two registry (tables/contempt.toml).

From Nov. 1, 1989 (Amendment 170): "Apply §2X5.1 (Other Offenses)." The most analogous
guideline is the court's finding, named in the case (``analogous_guideline``), and §2X5.1's own
rules compute it as they do for a count under §2X5.1 (its edition's words, its refusals: no
sufficiently analogous guideline; a Class A misdemeanor from Nov. 1, 2006). Comment. (n.1)'s
sentence on §2J1.2 is quoted where §2J1.2 is named. Before, §2J1.1 gave no guideline range ("the
court shall impose a sentence based on stated reasons ..."): refused, quoting it.

§3C1.1's note (comment. (n.4), (n.6) from Nov. 1, 1990, (n.7) from Nov. 1, 1998): the
obstruction adjustment is not applied to an offense covered by §2J1.1 except where a
significant further obstruction occurred (``further_obstruction``).
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.offense_characteristics import obstruction_adjustment_withheld
from ussg.guidelines.manual.ch2.s2x5_1 import most_analogous

CH = "chapter_two"
TABLE = "contempt"
SECTION = "§2J1.1"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.1: "Apply §2X5.1 (Other Offenses)", then §2X5.1 with the most analogous
    guideline."""
    version = sheet.manual.table(TABLE)
    facts = given.facts
    when = format_date(sheet.manual.in_force)
    if not version["applies_2x5_1"]:
        raise CaseError(f"{given.field}.guideline",
                        f"{SECTION} (Contempt) in the Guidelines Manual in force on {when}: "
                        f"“{version['text']}” It gives no offense level, so there is no "
                        f"guideline range for ussg to compute (Amendment 170 made it “Apply "
                        f"§2X5.1 (Other Offenses).” on Nov. 1, 1989)")
    reason = f"“{version['text']}”"
    if facts.analogous_guideline == "2J1.2" and version.get("note_2j1_2"):
        reason += f" (comment. (n.1): “{version['note_2j1_2']}”)"
    sheet.note(CH, SECTION, "Contempt", f"analogous_guideline = \"{facts.analogous_guideline}\"",
               "applies §2X5.1", reason, sheet.note_version(version))
    most_analogous.base_offense_level(sheet, given)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2J1.1 has none (the most analogous guideline's are in its level); §3C1.1's note."""
    version = sheet.manual.table(TABLE)
    obstruction_adjustment_withheld(sheet, given, version, "§3C1.1", "further_obstruction")
