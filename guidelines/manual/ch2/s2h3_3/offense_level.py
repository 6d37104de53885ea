"""§2H3.3 (Obstructing Correspondence) in the Chapter Two registry
(tables/obstructing_correspondence.toml): (a)(1) 6; if the conduct was theft of mail, §2B1.1;
destruction of mail, §2B1.3 before Nov. 1, 2001, §2B1.1 from then (Amendment 617): that
guideline's level, its steps adopted.
"""

from __future__ import annotations

from ussg.guidelines.engine.errors import CaseError
from ussg.guidelines.engine.tables import format_date
from ussg.guidelines.engine.worksheet_builder import Worksheet
from ussg.guidelines.manual.ch2 import registry
from ussg.guidelines.manual.ch2.s2x3_1.accessory import underlying_level

CH = "chapter_two"
TABLE = "obstructing_correspondence"
SECTION = "§2H3.3"


def base_offense_level(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """(a): 6, or the guideline the edition applies to the theft or destruction of mail."""
    facts, version = given.facts, sheet.manual.table(TABLE)
    source, heading = sheet.note_version(version), version["heading"]
    if facts.mail_conduct is None:
        base = version["base"]
        sheet.set_level(CH, f"{SECTION}{base['paragraph']}", "Base offense level",
                        given.offense.description or "obstructing correspondence",
                        base["level"], f"“{heading} {base['text']}”", source)
        return
    rule = version[facts.mail_conduct]
    named = facts.property_guideline
    if named not in (rule["guideline"], "other"):
        raise CaseError(f"{given.facts_field}.property_guideline",
                        f"{SECTION}{rule['paragraph']} in the Guidelines Manual in force on "
                        f"{format_date(sheet.manual.in_force)} applies §{rule['guideline']} to "
                        f"the {facts.mail_conduct} of mail, not §{named}: “{rule['text']}”")
    level, steps, words = underlying_level(sheet, given, named, facts.property_offense_level,
                                           given.facts_field)
    if named == "other":
        words = f"§{rule['guideline']}: level {level}, as determined"
    sheet.steps.extend(steps)
    sheet.set_level(CH, f"{SECTION}{rule['paragraph']}", "Base offense level",
                    f"mail_conduct = {facts.mail_conduct}; {words}", level,
                    f"“{heading} ... {rule['text']}”", source)


def specific_offense_characteristics(sheet: Worksheet, given: registry.ChapterTwoCase) -> None:
    """§2H3.3 has none."""
